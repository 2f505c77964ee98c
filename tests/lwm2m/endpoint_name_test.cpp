#include "lwm2m/endpoint_name.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace hangar;

TEST_CASE("endpoint names are 1 to 255 bytes of UTF-8 without control characters",
          "[lwm2m][endpoint]")
{
    for (const std::string& name :
         std::vector<std::string>{"node-1", "urn:imei:490154203237518", "Pumpe-Süd", "ポンプ3",
                                  "a b", "\xf0\x9f\x9a\x80-rocket", std::string(255, 'x')}) {
        INFO(name);
        CHECK(lwm2m::checkEndpointName(name).has_value());
    }
    const auto [name, problem] = GENERATE(table<std::string, std::string>({
        {"", "empty"},
        {std::string(256, 'x'), "longer than 255 bytes"},
        {"bad\xff", "not valid UTF-8 (at byte 3)"},
        {"over\xc0\xaf", "not valid UTF-8"},          // overlong '/'
        {"surrogate\xed\xa0\x80", "not valid UTF-8"}, // U+D800
        {"big\xf4\x90\x80\x80", "not valid UTF-8"},   // above U+10FFFF
        {"cut\xe3\x81", "not valid UTF-8"},           // truncated sequence
        {"lone\x80", "not valid UTF-8"},              // continuation byte alone
        {std::string("nul\0x", 5), "control character (at byte 3)"},
        {"tab\there", "control character"},
        {"del\x7f", "control character"},
        {"c1\xc2\x85", "control character"}, // U+0085 NEXT LINE
    }));
    INFO(name);
    const auto checked = lwm2m::checkEndpointName(name);
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().code == ErrorCode::InvalidArgument);
    CHECK(checked.error().message.find(problem) != std::string::npos);
}

TEST_CASE("PSK identities follow the same rules with at most 128 bytes", "[lwm2m][endpoint]")
{
    CHECK(lwm2m::checkPskIdentity(std::string(128, 'i')).has_value());
    CHECK(lwm2m::checkPskIdentity("identität-7").has_value());
    CHECK_FALSE(lwm2m::checkPskIdentity(std::string(129, 'i')).has_value());
    CHECK_FALSE(lwm2m::checkPskIdentity("").has_value());
    CHECK_FALSE(lwm2m::checkPskIdentity(std::string("id\0x", 4)).has_value());
    CHECK_FALSE(lwm2m::checkPskIdentity("id\xfe").has_value());
    // A 128-byte limit counts bytes, not characters.
    std::string wide;
    for (int i = 0; i < 43; ++i)
        wide += "\xe3\x81\x82"; // 129 bytes of hiragana
    CHECK_FALSE(lwm2m::checkPskIdentity(wide).has_value());
}
