#include "lwm2m/registration_links.h"

#include <catch2/catch.hpp>

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

std::vector<std::uint16_t> objectIds(const RegistrationLinks& links)
{
    std::vector<std::uint16_t> ids;
    for (const RegisteredObject& object : links.objects)
        ids.push_back(object.id);
    return ids;
}

} // namespace

TEST_CASE("Wakaama's registration names root /, SenML JSON and its test object instances", "[link]")
{
    const auto links = parseRegistrationLinks(readVector("wakaama_register.linkformat.txt"));
    REQUIRE(links.has_value());
    CHECK(links->hasRootLink);
    CHECK(links->rootPath == "/");
    CHECK(links->contentFormats == std::vector<std::uint16_t>{110});
    CHECK(objectIds(*links) == std::vector<std::uint16_t>{1, 2, 3, 4, 5, 6, 7, 31024});

    const RegisteredObject* server = links->object(1);
    REQUIRE(server != nullptr);
    CHECK(server->version == "1.1");
    CHECK(server->instanceIds == std::vector<std::uint16_t>{0});

    const RegisteredObject* test = links->object(31024);
    REQUIRE(test != nullptr);
    CHECK(test->version == "1.0");
    CHECK(test->instanceIds == std::vector<std::uint16_t>{10, 11, 12});

    REQUIRE(links->object(3) != nullptr);
    CHECK_FALSE(links->object(3)->version.has_value());
    CHECK(links->object(0) == nullptr);
}

TEST_CASE("Anjay's registration has no root link and lists /2 without instances", "[link]")
{
    const auto links = parseRegistrationLinks(readVector("anjay_register.linkformat.txt"));
    REQUIRE(links.has_value());
    CHECK_FALSE(links->hasRootLink);
    CHECK(links->rootPath == "/");
    CHECK(links->contentFormats.empty());
    CHECK(objectIds(*links) == std::vector<std::uint16_t>{1, 2, 3, 4, 5, 6, 7, 10, 11, 16, 19, 20,
                                                          3303, 3313, 3347, 33605, 33606, 33607,
                                                          33608, 33609});
    REQUIRE(links->object(2) != nullptr);
    CHECK(links->object(2)->instanceIds.empty());
    CHECK(links->object(1)->instanceIds == std::vector<std::uint16_t>{1});
    CHECK(links->object(10)->version == "1.1");
    CHECK(links->object(10)->instanceIds == std::vector<std::uint16_t>{0});
    CHECK(links->object(33605)->instanceIds.empty());
    CHECK(links->object(33606)->instanceIds == std::vector<std::uint16_t>{0});
    CHECK(links->object(33608)->instanceIds.empty());
    CHECK(links->object(33609)->instanceIds == std::vector<std::uint16_t>{0});
}

TEST_CASE("registration links serialize back to the captured register payloads", "[link]")
{
    for (const char* name : {"wakaama_register.linkformat.txt", "anjay_register.linkformat.txt"}) {
        INFO(name);
        const std::string payload = readVector(name);
        const auto links = parseRegistrationLinks(payload);
        REQUIRE(links.has_value());
        CHECK(serializeRegistrationLinks(*links) == payload);
    }
}

TEST_CASE("registration reads an alternate path and a list of content formats", "[link]")
{
    const auto links = parseRegistrationLinks(
        "</lwm2m/3/0>,</lwm2m/>;rt=\"oma.lwm2m core\";ct=\"60 110  112\",</lwm2m/1>;ver=1.2,"
        "</lwm2m/1/0>");
    REQUIRE(links.has_value());
    CHECK(links->hasRootLink);
    CHECK(links->rootPath == "/lwm2m");
    CHECK(links->contentFormats == std::vector<std::uint16_t>{60, 110, 112});
    CHECK(objectIds(*links) == std::vector<std::uint16_t>{1, 3});
    CHECK(links->object(1)->version == "1.2");

    const std::string written = serializeRegistrationLinks(*links);
    CHECK(written ==
          "</lwm2m>;rt=\"oma.lwm2m\";ct=\"60 110 112\",</lwm2m/1>;ver=1.2,</lwm2m/1/0>,"
          "</lwm2m/3/0>");
    CHECK(parseRegistrationLinks(written).value() == *links);
}

TEST_CASE("registration ignores parameters it does not know", "[link]")
{
    const auto links =
        parseRegistrationLinks("</>;rt=\"oma.lwm2m\";ct=11543;foo,</3/0>;obs;title=\"x\",</1/0>;ver=9");
    REQUIRE(links.has_value());
    CHECK(links->contentFormats == std::vector<std::uint16_t>{11543});
    CHECK(objectIds(*links) == std::vector<std::uint16_t>{1, 3});
    CHECK_FALSE(links->object(1)->version.has_value());
}

TEST_CASE("registration instances come out sorted whatever the payload order", "[link]")
{
    const auto links = parseRegistrationLinks("</3303/2>,</3303/0>,</3303>;ver=1.1,</3303/1>");
    REQUIRE(links.has_value());
    CHECK(links->object(3303)->instanceIds == std::vector<std::uint16_t>{0, 1, 2});
    CHECK(links->object(3303)->version == "1.1");
}

TEST_CASE("registration rejects links that are not LwM2M objects under the root", "[link]")
{
    struct Case
    {
        const char* payload;
        const char* message;
    };
    const Case cases[] = {
        {"</lwm2m>;rt=\"oma.lwm2m\",</1/0>", "link 2 </1/0> is not below the root path \"/lwm2m\""},
        {"</lwm2m>;rt=\"oma.lwm2m\",</lwm2mx/1/0>", "is not below the root path"},
        {"</3/0/1>", "link 1 </3/0/1> is not an object or object instance"},
        {"</>", "link 1 </> is not an object or object instance"},
        {"</abc>", "is not an LwM2M path"},
        {"</65535/0>", "is not an LwM2M path"},
        {"<coap://host/1/0>", "is not below the root path"},
        {"</3/0?x=1>", "is not an LwM2M path"},
        {"</3/0>,</3/0>", "link 2 </3/0> is listed twice"},
        {"</3>;ver=1.0,</3>", "link 2 </3> is listed twice"},
        {"</>;rt=\"oma.lwm2m\",</a>;rt=\"oma.lwm2m\"", "second rt=\"oma.lwm2m\" link"},
        {"<x>;rt=\"oma.lwm2m\"", "not an absolute path"},
        {"</a//b>;rt=\"oma.lwm2m\"", "not an absolute path"},
        {"</>;rt=\"oma.lwm2m\";ct=abc", "\"ct\" entry 'abc'"},
        {"</>;rt=\"oma.lwm2m\";ct=70000", "\"ct\" entry '70000'"},
        {"</>;rt=\"oma.lwm2m\";ct=\"-1\"", "\"ct\" entry '-1'"},
        {"</>;rt=\"oma.lwm2m\";ct=\" \"", "empty \"ct\""},
        {"</>;rt=\"oma.lwm2m\";ct", "\"ct\" without a value"},
        {"</1>;ver=one", "\"ver\" that is not major.minor"},
        {"</1>;ver", "\"ver\" that is not major.minor"},
        {"</1/0>,", "trailing ','"},
    };
    for (const Case& c : cases) {
        INFO(c.payload);
        const auto result = parseRegistrationLinks(c.payload);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::MalformedInput);
        CHECK_THAT(result.error().message, Catch::Contains(c.message));
    }
}

TEST_CASE("registration survives every truncation of the captured payloads", "[link]")
{
    for (const char* name : {"wakaama_register.linkformat.txt", "anjay_register.linkformat.txt"}) {
        const std::string payload = readVector(name);
        for (std::size_t length = 0; length < payload.size(); ++length) {
            const auto result = parseRegistrationLinks(payload.substr(0, length));
            // A cut right after a complete instance link leaves a valid, shorter registration.
            if (length > 0 && payload[length - 1] == '>' && payload[length - 2] != '/')
                CHECK(result.has_value());
        }
    }
}
