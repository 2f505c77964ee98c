#if HANGAR_HAVE_DEVICESIM

#include "engine_test_support.h"
#include "simulated_fleet.h"

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using devicesim::DeviceState;

namespace {

devicesim::DeviceConfig deviceNamed(const std::string& endpoint)
{
    devicesim::DeviceConfig config;
    config.endpoint = endpoint;
    return config;
}

/// Every value except the device's live clock (/3/0/13), which ticks between reads.
lwm2m::PathValues withoutClock(lwm2m::PathValues values)
{
    std::erase_if(values, [](const lwm2m::PathValue& value) { return value.path == lwm2m::LwM2mPath(3, 0, 13); });
    for (auto& value : values)
        value.timeSec.reset();
    return values;
}

Expected<ReadResult> readNow(TestEngine& engine, const std::string& endpoint, const lwm2m::LwM2mPath& path,
                             std::optional<lwm2m::ContentFormat> format = std::nullopt)
{
    Outcome<ReadResult> read;
    ReadOptions options;
    options.format = format;
    engine->read(endpoint, path, options, read.callback());
    return read.get();
}

} // namespace

TEST_CASE("a simulated device registers and its /3/0 fills the device record", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    const bool secure = GENERATE(false, true);
    fleet.start(engine, deviceNamed("sim-info"), secure);
    auto stored = engine.storedDevice("sim-info");
    REQUIRE(stored.has_value());
    CHECK(stored->manufacturer == "Hangar");
    CHECK(stored->model == "hangar-sim-1");
    CHECK(stored->serialNumber == "SN-sim-info");
    CHECK(stored->firmwareVersion == "1.0.0");
    CHECK(stored->lwm2mVersion == "1.1");
    CHECK(engine.events("registered").size() == 1);
}

TEST_CASE("simulated devices of LwM2M 1.0, 1.1 and 1.2 all register with the engine and are read", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    const auto [wanted, registeredAs] = GENERATE(table<std::string, std::string>({
        {"1.0", "1.0"},
        {"1.1", "1.1"},
        {"1.2", "1.1"}, // Hangar serves 1.0 and 1.1 and answers 1.2 with 4.12: the device steps down
    }));
    auto config = deviceNamed("sim-v" + wanted);
    config.lwm2mVersion = wanted;
    devicesim::SimulatedDevice* device = fleet.start(engine, config, false);
    CHECK(device->lwm2mVersion() == registeredAs);
    CHECK(device->counters().versionFallbacks == (wanted == registeredAs ? 0U : 1U));
    CHECK(engine.events("registration-refused").size() == (wanted == registeredAs ? 0U : 1U));
    auto stored = engine.storedDevice(config.endpoint);
    REQUIRE(stored.has_value());
    CHECK(stored->lwm2mVersion == registeredAs);
    CHECK(stored->manufacturer == "Hangar");
    auto read = readNow(engine, config.endpoint, lwm2m::LwM2mPath(3303, 0));
    INFO((read ? std::string() : read.error().message));
    CHECK(read.has_value());
}

TEST_CASE("reading /3/0 in TLV, SenML JSON and SenML CBOR gives the same values", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    const bool secure = GENERATE(false, true);
    fleet.start(engine, deviceNamed("sim-read"), secure);
    auto reference = readNow(engine, "sim-read", lwm2m::LwM2mPath(3, 0), lwm2m::ContentFormat::Tlv);
    INFO((reference ? std::string() : reference.error().message));
    REQUIRE(reference.has_value());
    CHECK(reference->format == lwm2m::ContentFormat::Tlv);
    CHECK(reference->values.size() > 10);
    const auto format = GENERATE(lwm2m::ContentFormat::SenmlJson, lwm2m::ContentFormat::SenmlCbor);
    auto other = readNow(engine, "sim-read", lwm2m::LwM2mPath(3, 0), format);
    INFO((other ? std::string() : other.error().message));
    REQUIRE(other.has_value());
    CHECK(other->format == format);
    CHECK(withoutClock(other->values) == withoutClock(reference->values));
}

TEST_CASE("a written resource reads back with the new value", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    const bool secure = GENERATE(false, true);
    const auto format = GENERATE(lwm2m::ContentFormat::Tlv, lwm2m::ContentFormat::SenmlJson,
                                 lwm2m::ContentFormat::SenmlCbor, lwm2m::ContentFormat::Text);
    fleet.start(engine, deviceNamed("sim-write"), secure);
    const lwm2m::LwM2mPath utcOffset(3, 0, 14);
    Outcome<void> written;
    WriteOptions options;
    options.format = format;
    engine->write("sim-write", utcOffset, {{utcOffset, lwm2m::Value::string("+02:00"), std::nullopt}}, options,
                  written.callback());
    auto result = written.get();
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.has_value());
    auto back = readNow(engine, "sim-write", utcOffset, format);
    REQUIRE(back.has_value());
    REQUIRE(back->values.size() == 1);
    CHECK(back->values[0].value.asString() == "+02:00");

    // A read-only resource refuses the write with a mapped error.
    Outcome<void> refused;
    const lwm2m::LwM2mPath manufacturer(3, 0, 0);
    engine->write("sim-write", manufacturer, {{manufacturer, lwm2m::Value::string("x"), std::nullopt}}, options,
                  refused.callback());
    auto denied = refused.get();
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code != ErrorCode::Timeout);
}

TEST_CASE("execute reaches the device (registration update trigger)", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    auto* device = fleet.start(engine, deviceNamed("sim-exec"), false);
    const auto updatesBefore = device->counters().updates;
    Outcome<void> executed;
    engine->execute("sim-exec", lwm2m::LwM2mPath(1, 0, 8), "", executed.callback());
    auto result = executed.get();
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.has_value());
    CHECK(waitFor([&] { return device->counters().updates > updatesBefore; }));
    CHECK(waitFor([&] { return !engine.events("updated").empty(); }));

    Outcome<void> notExecutable;
    engine->execute("sim-exec", lwm2m::LwM2mPath(3, 0, 0), "", notExecutable.callback());
    CHECK_FALSE(notExecutable.get().has_value());
}

TEST_CASE("discover lists the device's resources", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    fleet.start(engine, deviceNamed("sim-discover"), false);
    Outcome<std::string> discovered;
    engine->discover("sim-discover", lwm2m::LwM2mPath(3, 0), discovered.callback());
    auto links = discovered.get();
    REQUIRE(links.has_value());
    CHECK(links->find("</3/0/0>") != std::string::npos);
}

TEST_CASE("observe delivers samples to the telemetry series", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    const bool secure = GENERATE(false, true);
    fleet.start(engine, deviceNamed("sim-observe"), secure);
    const lwm2m::LwM2mPath temperature(3303, 0, 5700);
    NotificationAttributes attributes;
    attributes.pmaxSec = 1;
    Outcome<ReadResult> observed;
    engine->observe("sim-observe", temperature, attributes, observed.callback());
    auto first = observed.get();
    INFO((first ? std::string() : first.error().message));
    REQUIRE(first.has_value());
    REQUIRE(first->values.size() == 1);

    store::SampleQuery query;
    query.endpoint = "sim-observe";
    query.path = temperature;
    query.toMs = std::numeric_limits<std::int64_t>::max();
    CHECK(waitFor(
        [&] {
            (void)engine->flushStore();
            auto samples = engine->telemetry(query);
            return samples && samples->size() >= 3;
        },
        6000ms));
}

TEST_CASE("a request for a sleeping queue-mode device is delivered on its next update", "[engine][sim]")
{
    TestEngine engine([](EngineConfig& config) { config.awakeWindow = 300ms; });
    SimulatedFleet fleet;
    devicesim::DeviceConfig config = deviceNamed("sim-queue");
    config.queueMode = true;
    config.awakeTime = 300ms;
    auto* device = fleet.start(engine, config, false);
    device->sleepNow();
    REQUIRE(engine.waitForStatus("sim-queue", store::DeviceStatus::Sleeping, 3000ms));

    Outcome<ReadResult> read;
    ReadOptions options;
    options.timeout = 10s;
    engine->read("sim-queue", lwm2m::LwM2mPath(3, 0, 0), options, read.callback());
    spin(300ms);
    device->wakeUp();
    auto result = read.get(10s);
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    CHECK(result->values[0].value.asString() == "Hangar");
}

TEST_CASE("a read after the device was quiet past the transport idle timeout still works", "[engine][sim]")
{
    TestEngine engine([](EngineConfig& config) { config.transport.sessionIdleTimeout = 1s; });
    SimulatedFleet fleet;
    const bool secure = GENERATE(false, true);
    fleet.start(engine, deviceNamed("sim-idle"), secure);
    spin(2500ms);
    auto result = readNow(engine, "sim-idle", lwm2m::LwM2mPath(3, 0, 2));
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.has_value());
    REQUIRE(result->values.size() == 1);
    CHECK(result->values[0].value.asString() == "SN-sim-idle");
}

TEST_CASE("create and delete an object instance on a simulated device", "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    fleet.start(engine, deviceNamed("sim-create"), false);
    Outcome<lwm2m::LwM2mPath> created;
    engine->create("sim-create", lwm2m::LwM2mPath(3303),
                   {{lwm2m::LwM2mPath(3303, 7, 5701), lwm2m::Value::string("Cel"), std::nullopt}},
                   created.callback());
    auto instance = created.get();
    INFO((instance ? std::string() : instance.error().message));
    REQUIRE(instance.has_value());
    CHECK(*instance == lwm2m::LwM2mPath(3303, 7));
    Outcome<void> removed;
    engine->remove("sim-create", *instance, removed.callback());
    auto gone = removed.get();
    INFO((gone ? std::string() : gone.error().message));
    CHECK(gone.has_value());
}

TEST_CASE("an instance with a chosen id and no values is created on a device that prefers SenML",
          "[engine][sim]")
{
    TestEngine engine;
    SimulatedFleet fleet;
    devicesim::SimulatedDevice* device = fleet.start(engine, deviceNamed("sim-bare"), false);
    // The simulator announces SenML CBOR first: values would go as SenML, which cannot name an
    // instance without resources.
    Outcome<lwm2m::LwM2mPath> created;
    engine->create("sim-bare", lwm2m::LwM2mPath(3303),
                   {{lwm2m::LwM2mPath(3303, 9), lwm2m::Value(), std::nullopt}}, created.callback());
    auto instance = created.get();
    INFO((instance ? std::string() : instance.error().message));
    REQUIRE(instance.has_value());
    CHECK(*instance == lwm2m::LwM2mPath(3303, 9));
    CHECK(device->objects().exists(lwm2m::LwM2mPath(3303, 9)));
    auto read = readNow(engine, "sim-bare", lwm2m::LwM2mPath(3303, 9));
    INFO((read ? std::string() : read.error().message));
    CHECK(read.has_value());
}

#endif
