#include "scenario/scenario_loader.h"

#include "fleet_credentials.h"
#include "fleet_plan.h"
#include "scenario/json_reader.h"
#include "scenario/server_uri.h"

#include <QFile>
#include <QJsonDocument>

namespace hangar::devicesim {
namespace {

using namespace std::chrono;

constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;
constexpr std::int64_t kMaxGroupDevices = 100000;
constexpr std::int64_t kMaxGroups = 1000;
constexpr std::int64_t kMaxSeed = (std::int64_t{1} << 53); // exact in a JSON number
constexpr double kMaxSeconds = 366.0 * 24 * 3600;
constexpr double kMaxDelayMs = 600000.0;

// Reads a field into `target`, returning the error from the enclosing function on failure.
#define HANGAR_READ(target, expression)                  \
    do {                                                 \
        auto hangarRead = (expression);                  \
        if (!hangarRead)                                 \
            return std::unexpected(hangarRead.error());  \
        target = std::move(*hangarRead);                 \
    } while (false)

Expected<ServerAddress> readServer(JsonReader& reader, const char* key, const std::string& uri)
{
    auto server = parseServerUri(uri);
    if (!server)
        return std::unexpected(reader.error(key, server.error().message));
    return server;
}

Expected<NetworkFaults> readNetworkFaults(JsonReader& reader)
{
    NetworkFaults faults;
    std::optional<double> number;
    HANGAR_READ(number, reader.number("lossPercent", 0.0, 100.0));
    faults.lossPercent = number.value_or(0.0);
    HANGAR_READ(number, reader.number("duplicatePercent", 0.0, 100.0));
    faults.duplicatePercent = number.value_or(0.0);
    HANGAR_READ(number, reader.number("latencyMs", 0.0, kMaxDelayMs));
    faults.latency = milliseconds(static_cast<std::int64_t>(number.value_or(0.0)));
    HANGAR_READ(number, reader.number("jitterMs", 0.0, kMaxDelayMs));
    faults.jitter = milliseconds(static_cast<std::int64_t>(number.value_or(0.0)));
    std::optional<JsonReader> partition;
    HANGAR_READ(partition, reader.object("partition"));
    if (partition) {
        std::optional<double> start;
        std::optional<double> duration;
        HANGAR_READ(start, partition->number("startSec", 0.0, kMaxSeconds));
        HANGAR_READ(duration, partition->number("durationSec", 0.001, kMaxSeconds));
        if (!duration)
            return std::unexpected(partition->error("durationSec", "missing: how long the partition lasts"));
        if (auto unknown = partition->rejectUnknown(); !unknown)
            return std::unexpected(unknown.error());
        faults.partitionStart = milliseconds(static_cast<std::int64_t>(start.value_or(0.0) * 1000.0));
        faults.partitionEnd = faults.partitionStart + milliseconds(static_cast<std::int64_t>(*duration * 1000.0));
    }
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    return faults;
}

Expected<DeviceFaults> readDeviceFaults(JsonReader& reader)
{
    DeviceFaults faults;
    std::optional<double> number;
    std::optional<std::int64_t> whole;
    HANGAR_READ(number, reader.number("rebootEverySec", 0.0, kMaxSeconds));
    faults.rebootEvery = milliseconds(static_cast<std::int64_t>(number.value_or(0.0) * 1000.0));
    HANGAR_READ(whole, reader.integer("clockSkewSec", -static_cast<std::int64_t>(kMaxSeconds) * 10,
                                      static_cast<std::int64_t>(kMaxSeconds) * 10));
    faults.clockSkew = seconds(whole.value_or(0));
    HANGAR_READ(number, reader.number("responseDelayMs", 0.0, kMaxDelayMs));
    faults.responseDelay = milliseconds(static_cast<std::int64_t>(number.value_or(0.0)));
    HANGAR_READ(number, reader.number("errorPercent", 0.0, 100.0));
    faults.errorPercent = number.value_or(0.0);
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    return faults;
}

Expected<FaultSettings> readFaults(JsonReader& reader)
{
    FaultSettings faults;
    std::optional<JsonReader> network;
    std::optional<JsonReader> device;
    HANGAR_READ(network, reader.object("network"));
    HANGAR_READ(device, reader.object("device"));
    if (network)
        HANGAR_READ(faults.network, readNetworkFaults(*network));
    if (device)
        HANGAR_READ(faults.device, readDeviceFaults(*device));
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    return faults;
}

Expected<std::vector<std::uint8_t>> readKey(JsonReader& reader, const char* key, const QJsonValue& value)
{
    if (!value.isString())
        return std::unexpected(reader.error(key, "expected the key as a hex string, found " + JsonReader::describe(value)));
    auto bytes = parsePskHex(value.toString().toStdString());
    if (!bytes)
        return std::unexpected(reader.error(key, bytes.error().message));
    return bytes;
}

Expected<SecuritySpec> readSecurity(JsonReader& group)
{
    SecuritySpec security;
    const QJsonValue value = group.raw("security");
    if (value.isUndefined())
        return security;
    std::optional<JsonReader> object;
    std::string mode;
    if (value.isString()) {
        mode = value.toString().toStdString();
    } else if (value.isObject()) {
        object.emplace(value.toObject(), group.pathOf("security"));
        std::optional<std::string> given;
        HANGAR_READ(given, object->string("mode"));
        if (!given)
            return std::unexpected(object->error("mode", "missing: \"none\" or \"psk\""));
        mode = *given;
    } else {
        return std::unexpected(group.error("security", "expected \"none\", \"psk\" or an object {\"mode\": ...}, found " +
                                                           JsonReader::describe(value)));
    }
    if (mode == "none") {
        security.mode = DeviceSecurity::NoSec;
    } else if (mode == "psk") {
        security.mode = DeviceSecurity::Psk;
    } else {
        const std::string where = object ? "mode" : "security";
        return std::unexpected((object ? *object : group).error(where.c_str(), "unknown security mode \"" + mode +
                                                                                 "\"; use \"none\" or \"psk\""));
    }
    if (!object)
        return security;
    const QJsonValue shared = object->raw("key");
    const QJsonValue keys = object->raw("keys");
    if (security.mode == DeviceSecurity::NoSec && (!shared.isUndefined() || !keys.isUndefined()))
        return std::unexpected(object->error(shared.isUndefined() ? "keys" : "key", "keys need \"mode\": \"psk\""));
    if (!shared.isUndefined() && !keys.isUndefined())
        return std::unexpected(object->error("key", "give either one \"key\" for the group or \"keys\" per device, not both"));
    if (!shared.isUndefined()) {
        security.keys = KeySource::Shared;
        HANGAR_READ(security.sharedKey, readKey(*object, "key", shared));
    } else if (keys.isString() && keys.toString() == u"derived") {
        security.keys = KeySource::Derived;
    } else if (keys.isObject()) {
        security.keys = KeySource::PerDevice;
        JsonReader perDevice(keys.toObject(), object->pathOf("keys"));
        const QJsonObject listed = keys.toObject();
        for (auto it = listed.begin(); it != listed.end(); ++it) {
            const std::string endpoint = it.key().toStdString();
            std::vector<std::uint8_t> key;
            HANGAR_READ(key, readKey(perDevice, endpoint.c_str(), it.value()));
            security.deviceKeys.emplace(endpoint, std::move(key));
        }
    } else if (!keys.isUndefined()) {
        return std::unexpected(object->error("keys", "expected \"derived\" or an object {\"endpoint\": \"hexkey\"}, found " +
                                                         JsonReader::describe(keys)));
    }
    if (auto unknown = object->rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    return security;
}

Expected<double> readRamp(JsonReader& reader, std::uint32_t count)
{
    std::optional<double> rate;
    std::optional<double> total;
    HANGAR_READ(rate, reader.number("devicesPerSec", 0.001, 1e6));
    HANGAR_READ(total, reader.number("totalSec", 0.001, kMaxSeconds));
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    if (rate && total)
        return std::unexpected(reader.error("give either \"devicesPerSec\" or \"totalSec\", not both"));
    if (rate)
        return *rate;
    if (total)
        return static_cast<double>(count) / *total;
    return std::unexpected(reader.error("missing: \"devicesPerSec\" (start rate) or \"totalSec\" (whole ramp)"));
}

Expected<GroupSpec> readGroup(JsonReader& reader)
{
    GroupSpec group;
    std::optional<std::string> text;
    std::optional<std::int64_t> whole;
    std::optional<double> number;
    std::optional<bool> flag;

    HANGAR_READ(text, reader.string("description"));
    HANGAR_READ(text, reader.string("name"));
    if (!text || text->empty())
        return std::unexpected(reader.error("name", text ? "empty; give the group a name" : "missing; give the group a name"));
    group.name = *text;
    HANGAR_READ(text, reader.string("profile"));
    group.profile = text.value_or(group.profile);
    HANGAR_READ(whole, reader.integer("count", 1, kMaxGroupDevices));
    if (!whole)
        return std::unexpected(reader.error("count", "missing: how many devices the group has"));
    group.count = static_cast<std::uint32_t>(*whole);
    HANGAR_READ(text, reader.string("endpoint"));
    group.endpointPattern = text.value_or(group.name + "-{n:04}");
    HANGAR_READ(text, reader.string("server"));
    if (text)
        HANGAR_READ(group.server, readServer(reader, "server", *text));
    HANGAR_READ(group.security, readSecurity(reader));
    HANGAR_READ(whole, reader.integer("lifetimeSec", 1, 0xffffffffLL));
    if (whole)
        group.lifetimeSec = static_cast<std::uint32_t>(*whole);
    HANGAR_READ(group.queueMode, reader.boolean("queueMode"));
    HANGAR_READ(text, reader.string("lwm2mVersion"));
    group.lwm2mVersion = text.value_or("");
    HANGAR_READ(number, reader.number("awakeSec", 0.001, kMaxSeconds));
    if (number)
        group.awakeTime = milliseconds(static_cast<std::int64_t>(*number * 1000.0));
    std::optional<JsonReader> sub;
    HANGAR_READ(sub, reader.object("ramp"));
    if (sub)
        HANGAR_READ(group.devicesPerSec, readRamp(*sub, group.count));
    HANGAR_READ(sub, reader.object("faults"));
    if (sub)
        HANGAR_READ(group.faults, readFaults(*sub));
    HANGAR_READ(flag, reader.boolean("relay"));
    group.relay = flag.value_or(false);
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    return group;
}

Expected<FleetSpec> readFleet(JsonReader& reader)
{
    FleetSpec spec;
    std::optional<std::string> text;
    std::optional<std::int64_t> whole;
    std::optional<double> number;
    HANGAR_READ(text, reader.string("description"));
    HANGAR_READ(text, reader.string("server"));
    if (text)
        HANGAR_READ(spec.server, readServer(reader, "server", *text));
    HANGAR_READ(whole, reader.integer("seed", 0, kMaxSeed));
    spec.seed = static_cast<std::uint64_t>(whole.value_or(1));
    HANGAR_READ(number, reader.number("durationSec", 1.0, kMaxSeconds));
    if (number)
        spec.duration = seconds(static_cast<std::int64_t>(*number));
    std::optional<QJsonArray> groups;
    HANGAR_READ(groups, reader.array("groups"));
    if (!groups)
        return std::unexpected(reader.error("groups", "missing: list the device groups"));
    if (groups->isEmpty())
        return std::unexpected(reader.error("groups", "empty: list at least one device group"));
    if (groups->size() > kMaxGroups)
        return std::unexpected(reader.error("groups", "more than " + std::to_string(kMaxGroups) + " groups"));
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const QJsonValue value = groups->at(i);
        const std::string path = indexPath("groups", i);
        if (!value.isObject())
            return fail(ErrorCode::InvalidArgument,
                        path + ": expected a group object {...}, found " + JsonReader::describe(value));
        JsonReader group(value.toObject(), path);
        GroupSpec parsed;
        HANGAR_READ(parsed, readGroup(group));
        spec.groups.push_back(std::move(parsed));
    }
    if (auto unknown = reader.rejectUnknown(); !unknown)
        return std::unexpected(unknown.error());
    if (auto valid = validateFleet(spec, false); !valid)
        return std::unexpected(valid.error());
    return spec;
}

#undef HANGAR_READ

std::pair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Expected<FleetSpec> parseScenario(const QByteArray& json, const std::string& fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return fail(ErrorCode::InvalidArgument, fileName + ": line " + std::to_string(line) + ", column " +
                                                    std::to_string(column) + ": not valid JSON (" +
                                                    parseError.errorString().toStdString() + ")");
    }
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, fileName + ": (top level): expected an object {\"groups\": [...]}");
    JsonReader reader(document.object(), "");
    auto spec = readFleet(reader);
    if (!spec)
        return fail(ErrorCode::InvalidArgument, fileName + ": " + spec.error().message);
    spec->source = fileName;
    return spec;
}

Expected<FleetSpec> loadScenario(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, "cannot read the scenario file " + path.toStdString() + ": " +
                                              file.errorString().toStdString());
    if (file.size() > kMaxScenarioBytes)
        return fail(ErrorCode::LimitExceeded, path.toStdString() + ": the scenario file is over 16 MiB");
    return parseScenario(file.readAll(), path.toStdString());
}

} // namespace hangar::devicesim
