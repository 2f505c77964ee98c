// Crash safety of the whole daemon: SIGKILL under continuous write load, restart on the same data
// dir, and everything the API had returned before the kill is still there.
#include "hangard_runner.h"
#include "probe_device.h"

#include "lwm2m/ddf_loader.h"
#include "store/sqlite_database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#ifdef HANGARD_BINARY

using namespace hangar;
using namespace hangar::api::test;
using namespace std::chrono_literals;

namespace {

constexpr int kDevices = 20;
constexpr int kRounds = 3;
const lwm2m::LwM2mPath kTemperature(3303, 0, 5700);

std::string endpointName(int index) { return "crash-" + std::to_string(index); }

/// A raw device that accepts the engine's observation of /3303/0/5700 and then streams NON
/// notifications with values that never repeat.
struct StreamingDevice
{
    explicit StreamingDevice(const lwm2m::ObjectRegistry& models, double firstValue)
        : probe(models), next(firstValue)
    {
        probe.setHandler([this](const coap::IncomingRequest& request) {
            if (request.method != coap::Method::Get)
                return ProbeDevice::code(coap::ResponseCode::Changed);
            coap::Answer answer = probe.valuesAnswer(request, values(next++));
            if (request.observation != 0) {
                observation = request.observation;
                format = request.accept ? lwm2m::contentFormatFromNumber(*request.accept).value_or(format) : format;
                answer.acceptObservation = true;
            }
            return answer;
        });
    }

    static lwm2m::PathValues values(double value)
    {
        return {{kTemperature, lwm2m::Value::floating(value), std::nullopt}};
    }

    void notifyNext()
    {
        if (observation != 0)
            probe.notify(observation, format, kTemperature, values(next++));
    }

    ProbeDevice probe;
    double next;
    coap::ObservationId observation = 0;
    lwm2m::ContentFormat format = lwm2m::ContentFormat::Tlv;
};

/// What the API returned before a kill: endpoints, and (time, value) samples per endpoint.
struct Acknowledged
{
    std::set<QString> endpoints;
    std::map<std::string, std::set<std::pair<qint64, double>>> samples;
};

QString telemetryPath(const std::string& endpoint, const QString& query)
{
    return QStringLiteral("/api/v1/devices/%1/telemetry/3303/0/5700?%2")
        .arg(QString::fromStdString(endpoint), query);
}

void rememberDevices(ApiClient& client, Acknowledged& acknowledged)
{
    const HttpAnswer answer = client.get(QStringLiteral("/api/v1/devices?limit=100"));
    if (answer.status != 200)
        return;
    for (const auto item : answer.json()[QStringLiteral("items")].toArray())
        acknowledged.endpoints.insert(item.toObject()[QStringLiteral("endpoint")].toString());
}

void rememberSamples(ApiClient& client, const std::string& endpoint, Acknowledged& acknowledged)
{
    const HttpAnswer answer = client.get(telemetryPath(endpoint, QStringLiteral("order=desc&limit=200")));
    if (answer.status != 200)
        return;
    for (const auto item : answer.json()[QStringLiteral("items")].toArray()) {
        const QJsonObject sample = item.toObject();
        acknowledged.samples[endpoint].emplace(sample[QStringLiteral("time")].toInteger(),
                                               sample[QStringLiteral("value")].toDouble());
    }
}

/// Every remembered device and sample is served again.
void checkStillServed(ApiClient& client, const Acknowledged& acknowledged)
{
    for (const QString& endpoint : acknowledged.endpoints) {
        INFO(endpoint.toStdString());
        CHECK(client.get(QStringLiteral("/api/v1/devices/") + endpoint).status == 200);
    }
    for (const auto& [endpoint, remembered] : acknowledged.samples) {
        if (remembered.empty())
            continue;
        const qint64 from = remembered.begin()->first;
        const qint64 to = std::prev(remembered.end())->first;
        std::set<std::pair<qint64, double>> served;
        const HttpAnswer answer = client.get(
            telemetryPath(endpoint, QStringLiteral("from=%1&to=%2&limit=10000").arg(from).arg(to)));
        REQUIRE(answer.status == 200);
        for (const auto item : answer.json()[QStringLiteral("items")].toArray()) {
            const QJsonObject sample = item.toObject();
            served.emplace(sample[QStringLiteral("time")].toInteger(), sample[QStringLiteral("value")].toDouble());
        }
        std::size_t missing = 0;
        for (const auto& sample : remembered)
            missing += served.contains(sample) ? 0u : 1u;
        INFO(endpoint << ": " << missing << " of " << remembered.size() << " acknowledged samples are gone");
        CHECK(missing == 0);
    }
}

std::string integrityCheck(const QString& dataDir)
{
    auto database = store::Database::open((dataDir + QStringLiteral("/hangar.db")).toStdString(),
                                          store::Database::Mode::ReadOnly);
    if (!database)
        return "cannot open: " + database.error().message;
    auto result = (*database)->queryText("PRAGMA integrity_check");
    return result ? *result : "integrity_check failed: " + result.error().message;
}

} // namespace

TEST_CASE("hangard killed with SIGKILL under write load restarts with every acknowledged sample",
          "[api][hangard]")
{
    lwm2m::ObjectRegistry models;
    lwm2m::DdfLoader(models).loadBuiltin();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const unsigned seed = Catch::rngSeed() != 0 ? Catch::rngSeed() : 20240611u;
    INFO("kill seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> killAfterMs(300, 1500);
    Acknowledged acknowledged;

    auto daemon = std::make_unique<HangardProcess>(dir.path());
    REQUIRE(daemon->start());
    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round);
        std::vector<std::unique_ptr<StreamingDevice>> devices;
        for (int i = 0; i < kDevices; ++i) {
            // Values never repeat across devices and rounds: round * 1e6 + device * 1e4 + n.
            devices.push_back(std::make_unique<StreamingDevice>(models, round * 1.0e6 + i * 1.0e4));
            REQUIRE(devices.back()->probe.registerAt(daemon->coapPort, endpointName(i), "</1/0>,</3303/0>"));
        }
        for (int i = 0; i < kDevices; ++i) {
            const HttpAnswer observed = daemon->client->send(
                "POST", QStringLiteral("/api/v1/devices/%1/resources/3303/0/5700/observe")
                            .arg(QString::fromStdString(endpointName(i))));
            INFO(observed.body.toStdString());
            REQUIRE(observed.status == 200);
            REQUIRE(devices[static_cast<std::size_t>(i)]->observation != 0);
        }

        // Every device streams a NON notification every 5 ms while the API is polled.
        QTimer stream;
        QObject::connect(&stream, &QTimer::timeout, [&devices] {
            for (auto& device : devices)
                device->notifyNext();
        });
        stream.start(5);
        const auto killAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(killAfterMs(random));
        int polls = 0;
        while (std::chrono::steady_clock::now() < killAt) {
            rememberDevices(*daemon->client, acknowledged);
            for (int i = 0; i < 3; ++i)
                rememberSamples(*daemon->client, endpointName((polls + i * 7) % kDevices), acknowledged);
            ++polls;
        }
        REQUIRE(daemon->stop(SIGKILL));
        stream.stop();
        CHECK(daemon->process().exitStatus() == QProcess::CrashExit);

        daemon = std::make_unique<HangardProcess>(dir.path());
        const bool restarted = daemon->start();
        INFO(daemon->output());
        REQUIRE(restarted);
        CHECK(integrityCheck(dir.path()) == "ok");
        REQUIRE(acknowledged.endpoints.size() == kDevices);
        checkStillServed(*daemon->client, acknowledged);
    }
    std::size_t sampleCount = 0;
    for (const auto& [endpoint, samples] : acknowledged.samples)
        sampleCount += samples.size();
    CAPTURE(sampleCount);
    CHECK(sampleCount > 100);
    REQUIRE(daemon->stop(SIGTERM));
    CHECK(daemon->process().exitCode() == 0);
}

#endif
