#include "lwm2m/codec.h"
#include "lwm2m/link_format.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace hangar::lwm2m;
using hangar::ErrorCode;

namespace {

std::string readVector(const std::string& name)
{
    std::ifstream file(std::string(HANGAR_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    REQUIRE(file.good());
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::vector<std::string> targetsOf(const Links& links)
{
    std::vector<std::string> targets;
    for (const Link& link : links)
        targets.push_back(link.target);
    return targets;
}

const char* const kVectors[] = {"wakaama_register.linkformat.txt", "anjay_register.linkformat.txt",
                                "wakaama_discover_3_0.linkformat.txt",
                                "anjay_discover_3_0.linkformat.txt"};

} // namespace

TEST_CASE("link format reads Wakaama's register payload with its root link", "[link]")
{
    const auto links = parseLinkFormat(readVector("wakaama_register.linkformat.txt"));
    REQUIRE(links.has_value());
    CHECK(targetsOf(*links) ==
          std::vector<std::string>{"/", "/1", "/1/0", "/2/0", "/3/0", "/4/0", "/5/0", "/6/0",
                                   "/7/0", "/31024", "/31024/10", "/31024/11", "/31024/12"});
    const Link& root = links->front();
    REQUIRE(root.attributes.size() == 2);
    CHECK(root.attributes[0] == LinkAttribute{"rt", "oma.lwm2m", true});
    CHECK(root.attributes[1] == LinkAttribute{"ct", "110", false});
    REQUIRE((*links)[1].attribute("ver") != nullptr);
    CHECK((*links)[1].attribute("ver")->value == "1.1");
    REQUIRE((*links)[9].attribute("ver") != nullptr);
    CHECK((*links)[9].attribute("ver")->value == "1.0");
    CHECK((*links)[2].attributes.empty());
}

TEST_CASE("link format reads Anjay's register payload without a root link", "[link]")
{
    const auto links = parseLinkFormat(readVector("anjay_register.linkformat.txt"));
    REQUIRE(links.has_value());
    CHECK(targetsOf(*links) ==
          std::vector<std::string>{"/1/1",    "/2",      "/3/0",    "/4/0",     "/5/0",
                                   "/6/0",    "/7/0",    "/10",     "/10/0",    "/11",
                                   "/16",     "/19",     "/20/0",   "/3303/0",  "/3313/0",
                                   "/3347/0", "/33605",  "/33606/0", "/33607/0", "/33608",
                                   "/33609/0"});
    for (const Link& link : *links) {
        if (link.target == "/10")
            CHECK(link.attributes == std::vector<LinkAttribute>{{"ver", "1.1", false}});
        else
            CHECK(link.attributes.empty());
    }
}

TEST_CASE("link format reads both discover answers with their dim attributes", "[link]")
{
    const auto wakaama = parseLinkFormat(readVector("wakaama_discover_3_0.linkformat.txt"));
    REQUIRE(wakaama.has_value());
    REQUIRE(wakaama->size() == 18);
    CHECK(wakaama->front().target == "/3/0");
    for (std::size_t i = 1; i < wakaama->size(); ++i) {
        CHECK((*wakaama)[i].target == "/3/0/" + std::to_string(i - 1));
        CHECK((*wakaama)[i].attributes.empty());
    }

    const auto anjay = parseLinkFormat(readVector("anjay_discover_3_0.linkformat.txt"));
    REQUIRE(anjay.has_value());
    REQUIRE(anjay->size() == 23);
    std::vector<std::string> withDim;
    for (const Link& link : *anjay) {
        CHECK(link.target != "/3/0/12");
        if (const LinkAttribute* dim = link.attribute("dim")) {
            CHECK(dim->value == "1");
            withDim.push_back(link.target);
        }
    }
    CHECK(withDim ==
          std::vector<std::string>{"/3/0/6", "/3/0/7", "/3/0/8", "/3/0/11", "/3/0/22"});
}

TEST_CASE("link format serializes every captured payload back to the same bytes", "[link]")
{
    for (const char* name : kVectors) {
        INFO(name);
        const std::string payload = readVector(name);
        const auto links = parseLinkFormat(payload);
        REQUIRE(links.has_value());
        CHECK(serializeLinkFormat(*links) == payload);
    }
}

TEST_CASE("link format round trips quoted values, escapes and value-less parameters", "[link]")
{
    const Links links{
        {"/3/0/4", {{"obs", std::nullopt, false}}},
        {"/a", {{"title", "say \"hi\" \\ ok", true}, {"rt", "x y", false}, {"sz", "12", false}}},
        {"coap://host/x?y=1", {{"anchor", "/", true}, {"title*", "", false}}},
    };
    const std::string text = serializeLinkFormat(links);
    CHECK(text == R"(</3/0/4>;obs,</a>;title="say \"hi\" \\ ok";rt="x y";sz=12,)"
                  R"(<coap://host/x?y=1>;anchor="/";title*="")");
    auto parsed = parseLinkFormat(text);
    REQUIRE(parsed.has_value());
    // Values that cannot be tokens come back quoted; everything else is unchanged.
    Links expected = links;
    expected[1].attributes[1].quoted = true;
    expected[2].attributes[1].quoted = true;
    CHECK(*parsed == expected);
}

TEST_CASE("link format tolerates whitespace around separators", "[link]")
{
    const auto links = parseLinkFormat(" </1/0>, </3/0> ;ver=1.1 ;\tobs ,\r\n</4/0>\n");
    REQUIRE(links.has_value());
    CHECK(targetsOf(*links) == std::vector<std::string>{"/1/0", "/3/0", "/4/0"});
    CHECK((*links)[1].attributes ==
          std::vector<LinkAttribute>{{"ver", "1.1", false}, {"obs", std::nullopt, false}});
    CHECK(parseLinkFormat("").value().empty());
    CHECK(parseLinkFormat(" \n").value().empty());
}

TEST_CASE("link format rejects malformed payloads with the offending position", "[link]")
{
    struct Case
    {
        const char* payload;
        const char* message;
    };
    const Case cases[] = {
        {"</3/0", "unterminated '<' at byte 0 (\"</3/0\")"},
        {"</1/0>,</3/0", "unterminated '<' at byte 7"},
        {"</3/0,</4/0>", "invalid character in link target at byte 6 (\"</4/0>\")"},
        {"</3/0>;rt=\"oma", "unterminated quoted string at byte 10"},
        {"</3/0>;rt=\"a\\", "unterminated quoted string"},
        {"<>", "empty link target"},
        {"</3 0>", "invalid character in link target at byte 3"},
        {"</3/0>;p(min=1", "invalid character in parameter 'p' at byte 8"},
        {"</3/0>;=5", "expected a parameter name after ';' at byte 7"},
        {"</3/0>;", "expected a parameter name after ';' at byte 7 (the end of the payload)"},
        {"</3/0>;ct=", "empty parameter value after '='"},
        {"</3/0>;ct=\"1\"x", "invalid character in parameter 'ct' at byte 13"},
        {"</3/0>x", "unexpected text after a link at byte 6 (\"x\")"},
        {"</3/0> </4/0>", "unexpected text after a link at byte 7"},
        {"</3/0>,", "trailing ','"},
        {"</3/0>, \n", "trailing ','"},
        {"</3/0>,,</4/0>", "expected '<' at byte 7"},
        {"3/0", "expected '<' at byte 0"},
        {"</3/0>;rt=\"a\x01\"", "control character in quoted string at byte 12 (\"\\x01\\\"\")"},
    };
    for (const Case& c : cases) {
        INFO(c.payload);
        const auto result = parseLinkFormat(c.payload);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::MalformedInput);
        CHECK_THAT(result.error().message, Catch::Contains(c.message));
    }
}

TEST_CASE("link format refuses more links or bytes than the limits allow", "[link]")
{
    std::string many;
    for (std::size_t i = 0; i <= limits::kMaxEntries; ++i)
        many += i == 0 ? "</1>" : ",</1>";
    const auto tooMany = parseLinkFormat(many);
    REQUIRE_FALSE(tooMany.has_value());
    CHECK(tooMany.error().code == ErrorCode::LimitExceeded);

    const std::string atLimit = many.substr(0, many.size() - 5);
    CHECK(parseLinkFormat(atLimit).value().size() == limits::kMaxEntries);

    const std::string huge(limits::kMaxPayloadBytes + 1, ' ');
    const auto tooBig = parseLinkFormat(huge);
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().code == ErrorCode::LimitExceeded);
}

TEST_CASE("link format survives every truncation of the captured payloads", "[link]")
{
    for (const char* name : kVectors) {
        INFO(name);
        const std::string payload = readVector(name);
        for (std::size_t length = 0; length < payload.size(); ++length) {
            const std::string prefix = payload.substr(0, length);
            const auto result = parseLinkFormat(prefix);
            // A cut inside a target or right after a separator can never be a complete payload.
            if (!prefix.empty() && (prefix.back() == ',' || prefix.back() == '<' ||
                                    prefix.back() == '/' || prefix.back() == ';'))
                CHECK_FALSE(result.has_value());
            if (!prefix.empty() && prefix.back() == '>')
                CHECK(result.has_value());
        }
    }
}
