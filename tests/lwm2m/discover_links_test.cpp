#include "lwm2m/discover_links.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace hangar::lwm2m;
using hangar::ErrorCode;

namespace {

std::string readVector(const std::string& name)
{
    std::ifstream file(std::string(HANGAR_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    REQUIRE(file.good());
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// The parts of the OMA Device object (3) that Discover needs: ids, multiplicity, executables.
ObjectRegistry deviceRegistry(const std::string& version = "1.0")
{
    ObjectModel device;
    device.id = 3;
    device.name = "Device";
    device.version = version;
    for (std::uint16_t id = 0; id <= 22; ++id) {
        ResourceModel resource;
        resource.id = id;
        resource.multiple = id == 6 || id == 7 || id == 8 || id == 11 || id == 22;
        const bool executable = id == 4 || id == 5 || id == 12;
        resource.operations = executable ? Operations::Execute : Operations::Read;
        resource.type = executable ? ResourceType::None : ResourceType::Integer;
        device.resources.emplace(id, resource);
    }
    ObjectRegistry registry;
    registry.add(device);
    return registry;
}

// Anjay's /3/0: everything but resource 12, one instance of each multiple resource.
PathValues anjayDevice()
{
    PathValues values;
    for (std::uint16_t id = 0; id <= 22; ++id) {
        if (id == 12)
            continue;
        if (id == 6 || id == 7 || id == 8 || id == 11 || id == 22)
            values.push_back({LwM2mPath(3, 0, id, 0), Value::integer(0), std::nullopt});
        else if (id == 4 || id == 5)
            values.push_back({LwM2mPath(3, 0, id), Value(), std::nullopt});
        else
            values.push_back({LwM2mPath(3, 0, id), Value::integer(1), std::nullopt});
    }
    return values;
}

} // namespace

TEST_CASE("discover reads Wakaama's /3/0 answer as the instance and resources 0 to 16", "[link]")
{
    const auto links = parseDiscoverLinks(readVector("wakaama_discover_3_0.linkformat.txt"));
    REQUIRE(links.has_value());
    REQUIRE(links->size() == 18);
    CHECK(links->front().path == LwM2mPath(3, 0));
    for (std::uint16_t id = 0; id <= 16; ++id) {
        CHECK((*links)[id + 1u].path == LwM2mPath(3, 0, id));
        CHECK((*links)[id + 1u].attributes == DiscoverAttributes{});
    }
}

TEST_CASE("discover reads Anjay's /3/0 answer with dim on multiple resources and no 12", "[link]")
{
    const auto links = parseDiscoverLinks(readVector("anjay_discover_3_0.linkformat.txt"));
    REQUIRE(links.has_value());
    REQUIRE(links->size() == 23);
    CHECK(links->front().path == LwM2mPath(3, 0));
    for (const DiscoveredLink& link : *links) {
        CHECK(link.path != LwM2mPath(3, 0, 12));
        const std::uint16_t id = link.path.isResource() ? link.path.resourceId() : 0;
        const bool multiple = link.path.isResource() &&
                              (id == 6 || id == 7 || id == 8 || id == 11 || id == 22);
        DiscoverAttributes expected;
        if (multiple)
            expected.dim = 1;
        INFO(link.path.toString());
        CHECK(link.attributes == expected);
    }
}

TEST_CASE("discover parses every LwM2M attribute to its type and writes it back", "[link]")
{
    const std::string text = "</3>;ver=1.1,</3/0/13>;pmin=1;pmax=2;gt=10.5;lt=-3;st=0.5;"
                             "epmin=1;epmax=60,</3/0/7>;dim=2;pmin=10";
    const auto links = parseDiscoverLinks(text);
    REQUIRE(links.has_value());
    REQUIRE(links->size() == 3);
    CHECK((*links)[0].attributes.version == "1.1");
    const DiscoverAttributes& time = (*links)[1].attributes;
    CHECK(time.pminSec == 1u);
    CHECK(time.pmaxSec == 2u);
    CHECK(time.greaterThan == 10.5);
    CHECK(time.lessThan == -3.0);
    CHECK(time.step == 0.5);
    CHECK(time.epminSec == 1u);
    CHECK(time.epmaxSec == 60u);
    CHECK((*links)[2].attributes.dim == 2);
    CHECK((*links)[2].attributes.pminSec == 10u);

    CHECK(serializeDiscoverLinks(*links) == text);
    for (const char* name :
         {"wakaama_discover_3_0.linkformat.txt", "anjay_discover_3_0.linkformat.txt"}) {
        const std::string payload = readVector(name);
        CHECK(serializeDiscoverLinks(parseDiscoverLinks(payload).value()) == payload);
    }
}

TEST_CASE("discover ignores parameters that are not LwM2M attributes", "[link]")
{
    const auto links = parseDiscoverLinks("</3/0/1>;obs;rt=\"x\";pmin=\"5\"");
    REQUIRE(links.has_value());
    CHECK((*links)[0].attributes.pminSec == 5u);
    CHECK_FALSE((*links)[0].attributes.pmaxSec.has_value());
}

TEST_CASE("discover rejects bad paths and attribute values, naming them", "[link]")
{
    struct Case
    {
        const char* payload;
        const char* message;
    };
    const Case cases[] = {
        {"<3/0>", "link 1 <3/0> is not an absolute LwM2M path"},
        {"</3/x>", "is not an LwM2M path"},
        {"</3/0/1/2/3>", "is not an LwM2M path"},
        {"</3/0>;pmin=-1", "has pmin=-1, which is not a valid value"},
        {"</3/0>;pmax=abc", "has pmax=abc"},
        {"</3/0>;pmin=4294967296", "has pmin=4294967296"},
        {"</3/0>;gt=nan", "has gt=nan"},
        {"</3/0>;lt=inf", "has lt=inf"},
        {"</3/0>;lt=1e999", "has lt=1e999"},
        {"</3/0>;st=-1", "has st=-1"},
        {"</3/0/6>;dim=70000", "has dim=70000"},
        {"</3>;ver=1", "has ver=1"},
        {"</3/0>;pmin", "has \"pmin\" without a value"},
        {"</3/0>,</3/0/1>;pmin=1;pmin=2", "link 2 </3/0/1> has \"pmin\" twice"},
        {"</3/0>;pmin=1 ", nullptr},
    };
    for (const Case& c : cases) {
        INFO(c.payload);
        const auto result = parseDiscoverLinks(c.payload);
        if (!c.message) {
            CHECK(result.has_value());
            continue;
        }
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::MalformedInput);
        CHECK_THAT(result.error().message, Catch::Contains(c.message));
    }
}

TEST_CASE("discover survives every truncation of the captured answers", "[link]")
{
    for (const char* name :
         {"wakaama_discover_3_0.linkformat.txt", "anjay_discover_3_0.linkformat.txt"}) {
        const std::string payload = readVector(name);
        for (std::size_t length = 0; length < payload.size(); ++length) {
            const auto result = parseDiscoverLinks(payload.substr(0, length));
            if (length > 0 && payload[length - 1] == '>')
                CHECK(result.has_value());
            if (length > 0 && payload[length - 1] == ',')
                CHECK_FALSE(result.has_value());
        }
    }
}

TEST_CASE("a simulated device answers Discover /3/0 exactly like Anjay", "[link]")
{
    const ObjectRegistry models = deviceRegistry();
    const auto answer = encodeDiscoverAnswer(LwM2mPath(3, 0), anjayDevice(), models);
    REQUIRE(answer.has_value());
    CHECK(*answer == readVector("anjay_discover_3_0.linkformat.txt"));
}

TEST_CASE("with the built-in Device model, Discover /3 adds ver=1.1 to the object link", "[link]")
{
    const ObjectRegistry& models = testing::builtinModels();
    REQUIRE(models.object(3) != nullptr);
    const std::string anjay = readVector("anjay_discover_3_0.linkformat.txt");
    CHECK(encodeDiscoverAnswer(LwM2mPath(3, 0), anjayDevice(), models).value() == anjay);
    CHECK(encodeDiscoverAnswer(LwM2mPath(3), anjayDevice(), models).value() ==
          "</3>;ver=1.1," + anjay);
}

TEST_CASE("a simulated device's Discover shows versions, attributes and resource dims", "[link]")
{
    const ObjectRegistry models = deviceRegistry("1.1");
    PathValues values = anjayDevice();
    values.push_back({LwM2mPath(3, 0, 7, 1), Value::integer(5000), std::nullopt});
    values.push_back({LwM2mPath(4, 0, 0), Value::integer(1), std::nullopt}); // other objects are skipped
    std::sort(values.begin(), values.end(),
              [](const PathValue& a, const PathValue& b) { return a.path < b.path; });

    DiscoverAttributeMap attributes;
    attributes[LwM2mPath(3, 0, 13)].pminSec = 1;
    attributes[LwM2mPath(3, 0, 13)].pmaxSec = 2;
    attributes[LwM2mPath(3, 0, 7)].greaterThan = 31000.5;

    const auto resource = encodeDiscoverAnswer(LwM2mPath(3, 0, 7), values, models, attributes);
    CHECK(resource.value() == "</3/0/7>;dim=2;gt=31000.5");

    const auto object = encodeDiscoverAnswer(LwM2mPath(3), values, models, attributes);
    REQUIRE(object.has_value());
    CHECK(object->starts_with("</3>;ver=1.1,</3/0>,</3/0/0>,"));
    CHECK_THAT(*object, Catch::Contains(",</3/0/13>;pmin=1;pmax=2,"));
    CHECK_THAT(*object, Catch::Contains(",</3/0/6>;dim=1,"));
    CHECK_THAT(*object, !Catch::Contains("</4"));

    // A multiple resource with no instances yet is listed with dim=0.
    const PathValues empty{{LwM2mPath(3, 0, 6), Value(), std::nullopt}};
    CHECK(encodeDiscoverAnswer(LwM2mPath(3, 0), empty, models).value() == "</3/0>,</3/0/6>;dim=0");
}

TEST_CASE("a simulated device refuses Discover on unknown or absent nodes", "[link]")
{
    const ObjectRegistry models = deviceRegistry();
    const PathValues values = anjayDevice();
    const auto unknownObject = encodeDiscoverAnswer(LwM2mPath(9), values, models);
    REQUIRE_FALSE(unknownObject.has_value());
    CHECK(unknownObject.error().code == ErrorCode::NotFound);
    const auto absentInstance = encodeDiscoverAnswer(LwM2mPath(3, 1), values, models);
    REQUIRE_FALSE(absentInstance.has_value());
    CHECK(absentInstance.error().code == ErrorCode::NotFound);
    CHECK(encodeDiscoverAnswer(LwM2mPath(), values, models).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(encodeDiscoverAnswer(LwM2mPath(3, 0, 6, 0), values, models).error().code ==
          ErrorCode::InvalidArgument);
}
