#include "devicesim_test_support.h"

#include "device_objects.h"
#include "write_attributes.h"

#include <catch2/catch.hpp>

using namespace hangar;
using namespace hangar::devicesim;
using namespace hangar::devicesim::test;
using lwm2m::LwM2mPath;
using lwm2m::PathValue;
using lwm2m::Value;
using lwm2m::PathValues;

namespace {

ObjectStore defaultStore()
{
    ObjectStore store(models());
    DeviceConfig config;
    config.endpoint = "store-node";
    buildDefaultObjects(store, config);
    return store;
}

} // namespace

TEST_CASE("replacing a multiple resource drops its old instances while a partial update merges", "[devicesim]")
{
    lwm2m::ObjectRegistry registry;
    lwm2m::ObjectModel model;
    model.id = 9999;
    model.multipleInstances = true;
    model.resources[1] = lwm2m::ResourceModel{1, "List", lwm2m::Operations::ReadWrite, true, false,
                                              lwm2m::ResourceType::Integer, "", "", ""};
    registry.add(model);
    ObjectStore store(registry);
    store.setMultiple(LwM2mPath(9999, 0, 1), {Value::integer(10), Value::integer(11), Value::integer(12)});

    const PathValues one{{LwM2mPath(9999, 0, 1, 1), Value::integer(21), std::nullopt}};
    REQUIRE(store.write(LwM2mPath(9999, 0), one, WriteMode::PartialUpdate).has_value());
    CHECK(store.read(LwM2mPath(9999, 0, 1))->size() == 3);
    CHECK(store.value(LwM2mPath(9999, 0, 1, 1))->asInteger() == 21);

    REQUIRE(store.write(LwM2mPath(9999, 0, 1), one, WriteMode::Replace).has_value());
    auto replaced = store.read(LwM2mPath(9999, 0, 1));
    REQUIRE(replaced->size() == 1);
    CHECK(replaced->front().path == LwM2mPath(9999, 0, 1, 1));

    const PathValues single{{LwM2mPath(9999, 0, 1), Value::integer(5), std::nullopt}};
    CHECK(store.write(LwM2mPath(9999, 0), single, WriteMode::Replace).error().code == ErrorCode::InvalidArgument);

    ObjectStore device = defaultStore();
    const PathValues partial{{LwM2mPath(3303, 0, 5750), Value::string("garage"), std::nullopt}};
    REQUIRE(device.write(LwM2mPath(3303, 0), partial, WriteMode::PartialUpdate).has_value());
    CHECK(device.value(LwM2mPath(3303, 0, 5750))->asString() == "garage");
    CHECK(device.value(LwM2mPath(3303, 0, 5701))->asString() == "Cel");
}

TEST_CASE("the object store refuses writes the model does not allow, all or nothing", "[devicesim]")
{
    ObjectStore store = defaultStore();
    const PathValues mixed{{LwM2mPath(3, 0, 14), Value::string("+01:00"), std::nullopt},
                           {LwM2mPath(3, 0, 0), Value::string("Acme"), std::nullopt}};
    auto written = store.write(LwM2mPath(3, 0), mixed, WriteMode::PartialUpdate);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::Unsupported);
    CHECK(store.value(LwM2mPath(3, 0, 14))->asString() == "+00:00"); // nothing applied

    const PathValues wrongType{{LwM2mPath(1, 0, 1), Value::string("long"), std::nullopt}};
    CHECK(store.write(LwM2mPath(1, 0), wrongType, WriteMode::Replace).error().code == ErrorCode::TypeMismatch);
    const PathValues unknown{{LwM2mPath(3, 0, 999), Value::integer(1), std::nullopt}};
    CHECK(store.write(LwM2mPath(3, 0), unknown, WriteMode::Replace).error().code == ErrorCode::NotFound);
}

TEST_CASE("create picks the lowest free instance id and refuses a second Device instance", "[devicesim]")
{
    ObjectStore store = defaultStore();
    CHECK(store.create(3303, {}).value() == 1);
    CHECK(store.create(3303, {}).value() == 2);
    REQUIRE(store.remove(LwM2mPath(3303, 1)).has_value());
    CHECK(store.create(3303, {}).value() == 1);
    CHECK(store.create(3, {}).error().code == ErrorCode::InvalidArgument);
    CHECK(store.create(3304, {}).error().code == ErrorCode::NotFound);
    CHECK(store.instanceIds(3303) == std::vector<std::uint16_t>{0, 1, 2});
}

TEST_CASE("reads leave out executables and discover lists them", "[devicesim]")
{
    ObjectStore store = defaultStore();
    auto values = store.read(LwM2mPath(3, 0));
    REQUIRE(values.has_value());
    CHECK(std::none_of(values->begin(), values->end(), [](const PathValue& v) { return v.path == LwM2mPath(3, 0, 4); }));
    auto discover = store.discoverValues(LwM2mPath(3, 0));
    CHECK(std::any_of(discover.begin(), discover.end(), [](const PathValue& v) { return v.path == LwM2mPath(3, 0, 4); }));
    CHECK(store.read(LwM2mPath(3, 0, 4)).error().code == ErrorCode::Unsupported);
}

TEST_CASE("effective attributes inherit from object to resource and fall back to server defaults", "[devicesim]")
{
    lwm2m::DiscoverAttributeMap stored;
    stored[LwM2mPath(3303)].pminSec = 7;
    stored[LwM2mPath(3303, 0)].pmaxSec = 50;
    stored[LwM2mPath(3303, 0, 5700)].pminSec = 2;
    auto resource = effectiveAttributes(stored, LwM2mPath(3303, 0, 5700), 1, 60);
    CHECK(resource.pminSec == 2u);
    CHECK(resource.pmaxSec == 50u);
    auto other = effectiveAttributes(stored, LwM2mPath(3303, 1), 1, 60);
    CHECK(other.pminSec == 7u);
    CHECK(other.pmaxSec == 60u);

    auto unset = applyWriteAttributes(stored[LwM2mPath(3303, 0, 5700)], {"pmin"}, LwM2mPath(3303, 0, 5700), models());
    REQUIRE(unset.has_value());
    CHECK(isEmpty(*unset));
}
