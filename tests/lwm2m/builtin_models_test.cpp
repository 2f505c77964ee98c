#include "lwm2m/ddf_loader.h"
#include "lwm2m/object_registry.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace hangar::lwm2m;

namespace {

/// A registry filled from the definitions compiled into the library.
struct BuiltinModels
{
    ObjectRegistry registry;
    std::vector<DdfProblem> problems;

    BuiltinModels()
    {
        DdfLoader loader(registry);
        loader.loadBuiltin();
        problems = loader.problems();
    }
};

const BuiltinModels& builtin()
{
    static const BuiltinModels models;
    return models;
}

const ResourceModel& resourceOf(std::uint16_t objectId, std::uint16_t resourceId)
{
    const ResourceModel* resource = builtin().registry.resource(objectId, resourceId);
    INFO("resource /" << objectId << "/x/" << resourceId);
    REQUIRE(resource != nullptr);
    return *resource;
}

std::string describe(const DdfProblem& problem)
{
    return (problem.file + QStringLiteral(":%1: ").arg(problem.line) + problem.message)
        .toStdString();
}

} // namespace

TEST_CASE("built-in definitions load without problems and cover the shipped objects", "[models]")
{
    for (const DdfProblem& problem : builtin().problems)
        FAIL_CHECK(describe(problem));
    CHECK(builtin().problems.empty());

    const std::vector<std::uint16_t> expected{0,    1,    2,    3,    4,    5,    6,    7,    3200,
                                              3201, 3303, 3304, 3316, 3317, 3323, 3328, 3330, 3331};
    CHECK(builtin().registry.objectIds() == expected);
}

TEST_CASE("built-in core objects are the LwM2M 1.1 versions", "[models]")
{
    const auto& registry = builtin().registry;
    for (const std::uint16_t id : std::vector<std::uint16_t>{0, 1, 3}) {
        const ObjectModel* object = registry.object(id);
        INFO("object " << id);
        REQUIRE(object != nullptr);
        CHECK(object->version == "1.1");
        CHECK(object->lwm2mVersion == "1.1");
        CHECK(object->urn == "urn:oma:lwm2m:oma:" + std::to_string(id) + ":1.1");
        CHECK(object->mandatory);
    }
    CHECK(registry.object(0)->multipleInstances);
    CHECK(registry.object(1)->multipleInstances);
    CHECK_FALSE(registry.object(3)->multipleInstances);
    CHECK_FALSE(registry.object(5)->multipleInstances);
    CHECK(registry.object(3303)->multipleInstances);
    CHECK(registry.object(3)->name == "Device");
    CHECK(registry.object(3303)->name == "Temperature");
    // LwM2M 1.1 added resources up to 23 to the Server object and 17..22 to Device.
    CHECK(registry.object(1)->resources.rbegin()->first == 23);
    CHECK(registry.object(3)->resources.rbegin()->first == 22);
    CHECK(registry.object(0)->resources.rbegin()->first == 17);
}

TEST_CASE("built-in Device definition has the types clients send", "[models]")
{
    const ResourceModel& currentTime = resourceOf(3, 13);
    CHECK(currentTime.name == "Current Time");
    CHECK(currentTime.type == ResourceType::Time);
    CHECK(currentTime.operations == Operations::ReadWrite);
    CHECK_FALSE(currentTime.multiple);

    const ResourceModel& powerSources = resourceOf(3, 6);
    CHECK(powerSources.type == ResourceType::Integer);
    CHECK(powerSources.multiple);
    CHECK(powerSources.rangeEnumeration == "0..7");

    const ResourceModel& extDevInfo = resourceOf(3, 22);
    CHECK(extDevInfo.type == ResourceType::ObjectLink);
    CHECK(extDevInfo.multiple);

    const ResourceModel& reboot = resourceOf(3, 4);
    CHECK(reboot.name == "Reboot");
    CHECK(reboot.operations == Operations::Execute);
    CHECK(reboot.type == ResourceType::None);
    CHECK(reboot.mandatory);

    CHECK(resourceOf(3, 7).units == "mV");
    CHECK(resourceOf(3, 8).units == "mA");
    CHECK(resourceOf(3, 11).mandatory);
    CHECK(resourceOf(3, 16).mandatory);
    CHECK(resourceOf(3, 16).type == ResourceType::String);
}

TEST_CASE("built-in Server, Security and Firmware Update definitions match the spec", "[models]")
{
    const ResourceModel& lifetime = resourceOf(1, 1);
    CHECK(lifetime.name == "Lifetime");
    CHECK(lifetime.operations == Operations::ReadWrite);
    CHECK(lifetime.type == ResourceType::Integer);
    CHECK(lifetime.units == "s");
    CHECK(lifetime.mandatory);
    CHECK(resourceOf(1, 0).operations == Operations::Read);
    CHECK(resourceOf(1, 6).type == ResourceType::Boolean);
    CHECK(resourceOf(1, 8).operations == Operations::Execute);
    CHECK(resourceOf(1, 16).name == "Bootstrap on Registration Failure");
    CHECK(resourceOf(1, 16).type == ResourceType::Boolean);
    CHECK(resourceOf(1, 19).type == ResourceType::UnsignedInteger);
    CHECK(resourceOf(1, 23).name == "Mute Send");

    const ResourceModel& serverUri = resourceOf(0, 0);
    CHECK(serverUri.name == "LwM2M Server URI");
    CHECK(serverUri.type == ResourceType::String);
    // Security resources carry no operations: only bootstrap writes them.
    CHECK(serverUri.operations == Operations::None);
    CHECK(resourceOf(0, 1).type == ResourceType::Boolean);
    CHECK(resourceOf(0, 2).rangeEnumeration == "0..4");
    CHECK(resourceOf(0, 5).type == ResourceType::Opaque);
    CHECK(resourceOf(0, 16).multiple);

    const ResourceModel& package = resourceOf(5, 0);
    CHECK(package.name == "Package");
    CHECK(package.type == ResourceType::Opaque);
    CHECK(package.operations == Operations::Write);
    const ResourceModel& packageUri = resourceOf(5, 1);
    CHECK(packageUri.name == "Package URI");
    CHECK(packageUri.type == ResourceType::String);
    CHECK(packageUri.operations == Operations::ReadWrite);
    CHECK(resourceOf(5, 2).operations == Operations::Execute);
    CHECK(resourceOf(5, 3).rangeEnumeration == "0..3");
    CHECK(builtin().registry.resource(5, 4) == nullptr);
}

TEST_CASE("built-in IPSO definitions use the reusable resources", "[models]")
{
    for (const std::uint16_t id :
         std::vector<std::uint16_t>{3303, 3304, 3316, 3317, 3323, 3328, 3330}) {
        INFO("object " << id);
        const ResourceModel& value = resourceOf(id, 5700);
        CHECK(value.name == "Sensor Value");
        CHECK(value.type == ResourceType::Float);
        CHECK(value.operations == Operations::Read);
        CHECK(value.mandatory);
        CHECK(resourceOf(id, 5701).type == ResourceType::String);
        CHECK(resourceOf(id, 5605).operations == Operations::Execute);
        CHECK(resourceOf(id, 5750).operations == Operations::ReadWrite);
        CHECK(resourceOf(id, 5518).type == ResourceType::Time);
    }
    CHECK(resourceOf(3316, 5821).type == ResourceType::Float);

    const ResourceModel& output = resourceOf(3201, 5550);
    CHECK(output.name == "Digital Output State");
    CHECK(output.type == ResourceType::Boolean);
    CHECK(output.operations == Operations::ReadWrite);
    CHECK(resourceOf(3200, 5500).type == ResourceType::Boolean);
    CHECK(resourceOf(3200, 5500).operations == Operations::Read);
    CHECK(resourceOf(3200, 5503).units == "ms");
    CHECK(resourceOf(3200, 5505).operations == Operations::Execute);
}

TEST_CASE("every resource in the captured sessions has a type its payload fits", "[models]")
{
    struct Seen
    {
        std::uint16_t object;
        std::uint16_t resource;
        ResourceType type;
        bool multiple;
    };
    // From tests/data captures (README): Wakaama and Anjay reads of /1, /3 and /5.
    const std::vector<Seen> seen{
        {1, 0, ResourceType::Integer, false},   {1, 1, ResourceType::Integer, false},
        {1, 2, ResourceType::Integer, false},   {1, 3, ResourceType::Integer, false},
        {1, 5, ResourceType::Integer, false},   {1, 6, ResourceType::Boolean, false},
        {1, 7, ResourceType::String, false},    {1, 12, ResourceType::Time, false},
        {1, 14, ResourceType::UnsignedInteger, false},
        {1, 16, ResourceType::Boolean, false},  {1, 17, ResourceType::UnsignedInteger, false},
        {1, 18, ResourceType::UnsignedInteger, false},
        {1, 19, ResourceType::UnsignedInteger, false},
        {1, 20, ResourceType::UnsignedInteger, false},
        {1, 23, ResourceType::Boolean, false},  {0, 0, ResourceType::String, false},
        {0, 1, ResourceType::Boolean, false},   {0, 2, ResourceType::Integer, false},
        {0, 10, ResourceType::Integer, false},  {3, 0, ResourceType::String, false},
        {3, 1, ResourceType::String, false},    {3, 2, ResourceType::String, false},
        {3, 3, ResourceType::String, false},    {3, 6, ResourceType::Integer, true},
        {3, 7, ResourceType::Integer, true},    {3, 8, ResourceType::Integer, true},
        {3, 9, ResourceType::Integer, false},   {3, 10, ResourceType::Integer, false},
        {3, 11, ResourceType::Integer, true},   {3, 13, ResourceType::Time, false},
        {3, 14, ResourceType::String, false},   {3, 15, ResourceType::String, false},
        {3, 16, ResourceType::String, false},   {3, 17, ResourceType::String, false},
        {3, 18, ResourceType::String, false},   {3, 19, ResourceType::String, false},
        {3, 20, ResourceType::Integer, false},  {3, 21, ResourceType::Integer, false},
        {3, 22, ResourceType::ObjectLink, true}, {5, 1, ResourceType::String, false},
        {5, 3, ResourceType::Integer, false},   {5, 5, ResourceType::Integer, false},
        {5, 8, ResourceType::Integer, true},    {5, 9, ResourceType::Integer, false},
    };
    for (const Seen& item : seen) {
        INFO("/" << item.object << "/x/" << item.resource);
        const ResourceModel& resource = resourceOf(item.object, item.resource);
        CHECK(resource.type == item.type);
        CHECK(resource.multiple == item.multiple);
    }
}

TEST_CASE("every built-in definition is complete and consistent", "[models]")
{
    const auto& registry = builtin().registry;
    REQUIRE(registry.size() > 0);
    for (const std::uint16_t id : registry.objectIds()) {
        const ObjectModel& object = *registry.object(id);
        INFO("object " << id << " " << object.name);
        CHECK_FALSE(object.name.empty());
        CHECK_FALSE(object.description.empty());
        CHECK(object.urn.starts_with(id < 1024 ? "urn:oma:lwm2m:oma:" : "urn:oma:lwm2m:ext:"));
        CHECK_FALSE(object.resources.empty());
        for (const auto& [resourceId, resource] : object.resources) {
            INFO("resource " << resourceId << " " << resource.name);
            CHECK(resource.id == resourceId);
            CHECK_FALSE(resource.name.empty());
            CHECK_FALSE(resource.description.empty());
            if (isExecutable(resource.operations))
                CHECK(resource.type == ResourceType::None);
            else
                CHECK(resource.type != ResourceType::None);
        }
    }
}
