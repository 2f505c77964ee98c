#include "fleet_credentials.h"
#include "fleet_plan.h"
#include "fleet_stats.h"
#include "profiles/device_profile.h"
#include "scenario/endpoint_pattern.h"
#include "scenario/scenario_loader.h"
#include "scenario/server_uri.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace hangar;
using namespace hangar::devicesim;
using namespace std::chrono_literals;

namespace {

const std::string kFile = "fleet.json";

/// A valid one-group scenario with `group` merged into the group object.
QByteArray scenarioWithGroup(const std::string& groupFields)
{
    return QByteArray::fromStdString(R"({"server": "coap://127.0.0.1:5683", "groups": [{"name": "g", "count": 2, )" +
                                     groupFields + "}]}");
}

std::string errorOf(const QByteArray& json)
{
    auto spec = parseScenario(json, kFile);
    if (spec)
        return "(parsed without error)";
    return spec.error().message;
}

} // namespace

TEST_CASE("the example plant scenario parses into its documented groups", "[scenario]")
{
    auto spec = loadScenario(QStringLiteral(HANGAR_SIM_EXAMPLES_DIR "/plant.json"));
    REQUIRE(spec.has_value());
    REQUIRE(spec->server.has_value());
    CHECK(spec->server->uri() == "coap://127.0.0.1:5683");
    CHECK(spec->seed == 42);
    CHECK(spec->duration == 3600s);
    REQUIRE(spec->groups.size() == 5);
    CHECK(spec->deviceCount() == 68);

    const GroupSpec& climate = spec->groups[0];
    CHECK(climate.name == "climate");
    CHECK(climate.profile == "temperature-humidity");
    CHECK(climate.lifetimeSec == 300u);
    CHECK(climate.devicesPerSec == Approx(20.0));
    CHECK_FALSE(climate.needsRelay());

    const GroupSpec& pumps = spec->groups[1];
    CHECK(pumps.devicesPerSec == Approx(2.0)); // 8 devices over 4 s
    CHECK(pumps.faults.network.lossPercent == Approx(5.0));
    CHECK(pumps.faults.network.duplicatePercent == Approx(1.0));
    CHECK(pumps.faults.network.latency == 40ms);
    CHECK(pumps.faults.network.jitter == 20ms);
    CHECK(pumps.faults.network.partitionStart == 600s);
    CHECK(pumps.faults.network.partitionEnd == 720s);
    CHECK(pumps.faults.device.responseDelay == 150ms);
    CHECK(pumps.faults.device.errorPercent == Approx(1.0));
    CHECK(pumps.needsRelay());

    const GroupSpec& meters = spec->groups[2];
    CHECK(meters.security.mode == DeviceSecurity::Psk);
    CHECK(meters.security.keys == KeySource::Derived);
    REQUIRE(meters.server.has_value());
    CHECK(meters.server->secure);
    CHECK(meters.server->port == 5684);

    const GroupSpec& trackers = spec->groups[3];
    CHECK(trackers.queueMode == true);
    CHECK(trackers.lwm2mVersion == "1.0");
    CHECK(trackers.awakeTime == 10s);
    CHECK(trackers.faults.device.rebootEvery == 900s);
    CHECK(trackers.faults.device.clockSkew == -30s);

    const GroupSpec& mixed = spec->groups[4];
    CHECK(mixed.profile == kMixedProfileName);
    CHECK(mixed.relay);

    auto plan = planFleet(*spec);
    REQUIRE(plan.has_value());
    REQUIRE(plan->size() == 68);
    CHECK(plan->front().endpoint == "plant3-climate-0001");
    CHECK((*plan)[40].endpoint == "plant3-pump-0001");
    CHECK((*plan)[48].endpoint == "plant3-meter-001");
    CHECK(plan->back().endpoint == "plant3-dev-10");
    CHECK((*plan)[48].pskKey == derivePskKey(42, "plant3-meter-001"));
    CHECK(fleetCredentials(*spec, *plan).size() == 6);
}

TEST_CASE("a group's lwm2mVersion 1.2 reaches its devices; no version gives the 1.1 default", "[scenario]")
{
    for (const auto& [fields, expected] : {std::pair<std::string, std::string>{R"("lwm2mVersion": "1.2")", "1.2"},
                                           std::pair<std::string, std::string>{R"("queueMode": false)", "1.1"}}) {
        CAPTURE(fields);
        auto spec = parseScenario(scenarioWithGroup(fields), kFile);
        REQUIRE(spec.has_value());
        REQUIRE(validateFleet(*spec, true).has_value());
        auto plan = planFleet(*spec);
        REQUIRE(plan.has_value());
        CHECK(deviceConfigFor(*spec, plan->front(), "127.0.0.1", 5683).lwm2mVersion == expected);
    }
}

TEST_CASE("endpoint patterns number devices with optional zero padding", "[scenario]")
{
    CHECK(EndpointPattern::parse("plant3-pump-{n:04}")->format(7) == "plant3-pump-0007");
    CHECK(EndpointPattern::parse("plant3-pump-{n:4}")->format(12345) == "plant3-pump-12345");
    CHECK(EndpointPattern::parse("dev{n}")->format(42) == "dev42");
    CHECK(EndpointPattern::parse("{n:02}-of-{n}")->format(3) == "03-of-3");
    CHECK(EndpointPattern::parse("urn:dev:{{{n}}}")->format(5) == "urn:dev:{5}");
    CHECK(EndpointPattern::parse("single")->format(1) == "single");
    CHECK_FALSE(EndpointPattern::parse("single")->numbered());

    for (const char* bad : {"", "pump-{m}", "pump-{n", "pump-}", "pump {n}", "pump-{n:x}", "pump-{n:99}"}) {
        CAPTURE(bad);
        auto pattern = EndpointPattern::parse(bad);
        REQUIRE_FALSE(pattern.has_value());
        CHECK_THAT(pattern.error().message, Catch::Contains("endpoint pattern"));
    }
}

TEST_CASE("server URIs give scheme, host and default ports; names resolve before use", "[scenario]")
{
    auto plain = parseServerUri("coap://127.0.0.1");
    REQUIRE(plain.has_value());
    CHECK_FALSE(plain->secure);
    CHECK(plain->port == 5683);
    CHECK(plain->address == "127.0.0.1");

    auto secure = parseServerUri("coaps://[::1]:6000/");
    REQUIRE(secure.has_value());
    CHECK(secure->secure);
    CHECK(secure->host == "::1");
    CHECK(secure->port == 6000);
    CHECK(secure->uri() == "coaps://[::1]:6000");

    auto named = parseServerUri("coap://localhost:5690");
    REQUIRE(named.has_value());
    CHECK(named->address.empty());
    REQUIRE(resolveServer(*named).has_value());
    CHECK(isNumericAddress(named->address));

    auto unknown = parseServerUri("coap://no-such-host.invalid");
    REQUIRE(unknown.has_value());
    auto resolved = resolveServer(*unknown);
    REQUIRE_FALSE(resolved.has_value());
    CHECK_THAT(resolved.error().message, Catch::Contains("no-such-host.invalid"));

    for (const char* bad : {"http://127.0.0.1", "127.0.0.1:5683", "coap://", "coap://127.0.0.1:99999",
                            "coap://127.0.0.1/rd?x=1"}) {
        CAPTURE(bad);
        auto parsed = parseServerUri(bad);
        REQUIRE_FALSE(parsed.has_value());
        CHECK_THAT(parsed.error().message, Catch::Contains("coap://HOST"));
    }
}

TEST_CASE("a malformed scenario names the file, the field and the reason", "[scenario]")
{
    struct Case
    {
        QByteArray json;
        std::string field;
        std::string reason;
    };
    const std::vector<Case> cases = {
        {R"({"groups": [)", "line 1, column", "not valid JSON"},
        {R"([1, 2])", "(top level)", "expected an object"},
        {R"({"server": "coap://127.0.0.1"})", "groups", "missing"},
        {R"({"groups": []})", "groups", "empty"},
        {R"({"sever": "coap://127.0.0.1", "groups": [{"name": "g", "count": 1}]})", "sever", "unknown field"},
        {R"({"server": "http://127.0.0.1", "groups": [{"name": "g", "count": 1}]})", "server", "not coap or coaps"},
        {R"({"seed": -1, "groups": [{"name": "g", "count": 1}]})", "seed", "whole number"},
        {R"({"durationSec": "long", "groups": [{"name": "g", "count": 1}]})", "durationSec", "expected a number"},
        {R"({"groups": [{"name": "a", "count": 1}, {"name": "b", "count": 1}, {"name": "c", "count": -3}]})",
         "groups[2].count", "found -3"},
        {R"({"groups": [{"name": "g", "count": 2.5}]})", "groups[0].count", "whole number"},
        {R"({"groups": [{"name": "g", "count": "ten"}]})", "groups[0].count", "the string \"ten\""},
        {R"({"groups": [{"name": "g"}]})", "groups[0].count", "missing"},
        {R"({"groups": [{"count": 1}]})", "groups[0].name", "missing"},
        {R"({"groups": [7]})", "groups[0]", "expected a group object"},
        {scenarioWithGroup(R"("profile": "toaster")"), "groups[0].profile", "unknown profile \"toaster\""},
        {scenarioWithGroup(R"("endpoint": "pump")"), "groups[0].endpoint", "put {n} in it"},
        {scenarioWithGroup(R"("endpoint": "pump-{x}")"), "groups[0].endpoint", "unknown placeholder {x}"},
        {scenarioWithGroup(R"("colour": "red")"), "groups[0].colour", "unknown field"},
        {scenarioWithGroup(R"("security": "tls")"), "groups[0].security", "unknown security mode \"tls\""},
        {scenarioWithGroup(R"("security": "psk")"), "groups[0].security", "need a coaps:// server"},
        {scenarioWithGroup(R"("server": "coaps://127.0.0.1", "security": {"mode": "psk", "key": "12x4"})"),
         "groups[0].security.key", "not hex"},
        {scenarioWithGroup(R"("server": "coaps://127.0.0.1", "security": {"mode": "psk", "keys": {"g-0001": "0011"}})"),
         "groups[0].security.keys", "no key for device \"g-0002\""},
        {scenarioWithGroup(R"("server": "coaps://127.0.0.1", "security": {"mode": "psk", "kind": "x"})"),
         "groups[0].security.kind", "unknown field"},
        {scenarioWithGroup(R"("lifetimeSec": 0)"), "groups[0].lifetimeSec", "whole number from 1"},
        {scenarioWithGroup(R"("queueMode": "yes")"), "groups[0].queueMode", "true or false"},
        {scenarioWithGroup(R"("lwm2mVersion": "2.0")"), "groups[0].lwm2mVersion", "use \"1.0\", \"1.1\" or \"1.2\""},
        {scenarioWithGroup(R"("ramp": {"devicesPerSec": 5, "totalSec": 3})"), "groups[0].ramp", "not both"},
        {scenarioWithGroup(R"("ramp": {})"), "groups[0].ramp", "missing"},
        {scenarioWithGroup(R"("faults": {"network": {"lossPercent": 150}})"), "groups[0].faults.network.lossPercent",
         "from 0 to 100"},
        {scenarioWithGroup(R"("faults": {"network": {"los": 5}})"), "groups[0].faults.network.los", "unknown field"},
        {scenarioWithGroup(R"("faults": {"network": {"partition": {"startSec": 5}}})"),
         "groups[0].faults.network.partition.durationSec", "missing"},
        {scenarioWithGroup(R"("faults": {"device": {"errorPercent": -1}})"), "groups[0].faults.device.errorPercent",
         "from 0 to 100"},
        {scenarioWithGroup(R"("faults": {"disk": {}})"), "groups[0].faults.disk", "unknown field"},
        {R"({"groups": [{"name": "g", "count": 1}, {"name": "g", "count": 1, "endpoint": "h{n}"}]})",
         "groups[1].name", "also the name of groups[0]"},
        {R"({"groups": [{"name": "a", "count": 3, "endpoint": "dev-{n}"}, {"name": "b", "count": 2, "endpoint": "dev-{n}"}]})",
         "groups[1].endpoint", "\"dev-1\" is also made by groups[0].endpoint"},
    };
    for (const Case& bad : cases) {
        CAPTURE(bad.json.toStdString());
        const std::string message = errorOf(bad.json);
        CHECK_THAT(message, Catch::StartsWith(kFile + ": "));
        CHECK_THAT(message, Catch::Contains(bad.field + (bad.field.starts_with("line") ? "" : ": ")));
        CHECK_THAT(message, Catch::Contains(bad.reason));
    }
}

TEST_CASE("an unknown field is reported with the fields allowed there", "[scenario]")
{
    const std::string message = errorOf(scenarioWithGroup(R"("cuont": 3)"));
    CHECK_THAT(message, Catch::Contains("groups[0].cuont: unknown field"));
    CHECK_THAT(message, Catch::Contains("count"));
    CHECK_THAT(message, Catch::Contains("endpoint"));
}

TEST_CASE("a scenario file that cannot be read is named in the error", "[scenario]")
{
    auto spec = loadScenario(QStringLiteral("/nonexistent/fleet.json"));
    REQUIRE_FALSE(spec.has_value());
    CHECK_THAT(spec.error().message, Catch::Contains("/nonexistent/fleet.json"));
}

TEST_CASE("a scenario may leave the server to the command line but not a PSK mismatch", "[scenario]")
{
    auto spec = parseScenario(R"({"groups": [{"name": "g", "count": 3, "profile": "mixed"}]})", kFile);
    REQUIRE(spec.has_value());
    CHECK_FALSE(spec->server.has_value());
    CHECK(spec->seed == 1);
    auto planned = planFleet(*spec);
    REQUIRE_FALSE(planned.has_value());
    CHECK_THAT(planned.error().message, Catch::Contains("groups[0].server: no server"));
    CHECK(spec->groups[0].endpointPattern == "g-{n:04}");
}

TEST_CASE("per-device and shared PSK keys reach the planned devices", "[scenario]")
{
    auto spec = parseScenario(R"({"server": "coaps://127.0.0.1", "seed": 9, "groups": [
        {"name": "a", "count": 2, "endpoint": "a{n}", "security": {"mode": "psk", "keys": {"a1": "0102", "a2": "A0B0"}}},
        {"name": "b", "count": 1, "endpoint": "b{n}", "security": {"mode": "psk", "key": "ffee"}},
        {"name": "c", "count": 1, "endpoint": "c{n}", "security": "psk"}]})",
                              kFile);
    REQUIRE(spec.has_value());
    auto plan = planFleet(*spec);
    REQUIRE(plan.has_value());
    REQUIRE(plan->size() == 4);
    CHECK((*plan)[0].pskKey == std::vector<std::uint8_t>{0x01, 0x02});
    CHECK((*plan)[1].pskKey == std::vector<std::uint8_t>{0xa0, 0xb0});
    CHECK((*plan)[2].pskKey == std::vector<std::uint8_t>{0xff, 0xee});
    CHECK((*plan)[3].pskKey == derivePskKey(9, "c1"));
    CHECK((*plan)[3].pskKey.size() == 16);
    CHECK(derivePskKey(9, "c1") != derivePskKey(10, "c1"));
    CHECK(derivePskKey(9, "c1") != derivePskKey(9, "c2"));

    const DeviceConfig config = deviceConfigFor(*spec, (*plan)[2], "127.0.0.1", 6000);
    CHECK(config.security == DeviceSecurity::Psk);
    CHECK(config.pskIdentity == "b1");
    CHECK(config.pskKey == std::vector<std::uint8_t>{0xff, 0xee});
    CHECK(config.serverPort == 6000);
    CHECK(config.profile != nullptr);
}

TEST_CASE("credential lists use the import format and are written mode 0600", "[scenario]")
{
    const std::vector<DeviceCredential> credentials = {{"dev-1", "dev-1", {0x00, 0xab}},
                                                       {"dev-2", "dev-2", {0x10, 0x20, 0x30}}};
    auto csv = formatCredentials(credentials, CredentialFileFormat::Csv);
    REQUIRE(csv.has_value());
    CHECK(csv->toStdString() == "endpoint,identity,key\ndev-1,dev-1,00ab\ndev-2,dev-2,102030\n");
    auto lines = formatCredentials(credentials, CredentialFileFormat::JsonLines);
    REQUIRE(lines.has_value());
    CHECK(lines->toStdString() == "{\"endpoint\":\"dev-1\",\"identity\":\"dev-1\",\"key\":\"00ab\"}\n"
                                  "{\"endpoint\":\"dev-2\",\"identity\":\"dev-2\",\"key\":\"102030\"}\n");
    CHECK_FALSE(formatCredentials({{"a,b", "a,b", {1}}}, CredentialFileFormat::Csv).has_value());
    CHECK(credentialFormatFor("keys.jsonl") == CredentialFileFormat::JsonLines);
    CHECK(credentialFormatFor("keys.csv") == CredentialFileFormat::Csv);

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("keys.csv")).toStdString();
    {
        QFile existing(QString::fromStdString(path));
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("old content that is longer than the new one, to see it truncated............");
        existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    REQUIRE(writeCredentialFile(path, credentials, CredentialFileFormat::Csv).has_value());
    struct stat info{};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    QFile written(QString::fromStdString(path));
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == *csv);

    CHECK(parsePskHex("00FFa1").value() == std::vector<std::uint8_t>{0x00, 0xff, 0xa1});
    CHECK_FALSE(parsePskHex("abc").has_value());
    CHECK_FALSE(parsePskHex("zz").has_value());
    CHECK_FALSE(parsePskHex("").has_value());
}

TEST_CASE("stats print as a human line and as one JSON object", "[scenario]")
{
    SimulatorStats stats;
    stats.elapsed = 12500ms;
    stats.total = {500, 500, 480, 478, 1200, 3400, 7, 2, 0};
    stats.groups.push_back({"pumps", stats.total});
    CHECK(formatStatsLine(stats) == "[12.5s] 480/500 registered, 478 online, 1200 requests served, "
                                    "3400 notifications sent, 7 retransmissions, 2 errors");
    const QByteArray json = statsJson(stats, true);
    CHECK_FALSE(json.contains('\n'));
    for (const char* field : {"\"registered\":480", "\"online\":478", "\"requestsServed\":1200",
                              "\"notificationsSent\":3400", "\"retransmissions\":7", "\"errors\":2",
                              "\"elapsedSec\":12.5", "\"final\":true", "\"name\":\"pumps\""}) {
        CAPTURE(field);
        CHECK(json.contains(field));
    }
}
