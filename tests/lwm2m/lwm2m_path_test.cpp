#include "lwm2m/lwm2m_path.h"

#include <catch2/catch.hpp>

using hangar::lwm2m::LwM2mPath;

TEST_CASE("paths parse with or without slashes and print canonically")
{
    CHECK(LwM2mPath::parse("/3/0/1").value() == LwM2mPath(3, 0, 1));
    CHECK(LwM2mPath::parse("3/0/1").value() == LwM2mPath(3, 0, 1));
    CHECK(LwM2mPath::parse("/3/0/").value() == LwM2mPath(3, 0));
    CHECK(LwM2mPath::parse("/").value().isRoot());
    CHECK(LwM2mPath::parse("").value().isRoot());
    CHECK(LwM2mPath::parse("/3/0/6/1").value().isResourceInstance());
    CHECK(LwM2mPath(3303, 0, 5700).toString() == "/3303/0/5700");
    CHECK(LwM2mPath().toString() == "/");
}

TEST_CASE("malformed paths are refused with a message naming the input")
{
    for (const char* text : {"/3//1", "/a/0", "/3/0/1/2/3", "/65535", "/-1", "/+3", "//", "/3/0 "}) {
        INFO(text);
        const auto parsed = LwM2mPath::parse(text);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == hangar::ErrorCode::InvalidArgument);
    }
    CHECK(LwM2mPath::parse("/99999999999999999999").error().message.find("65534") != std::string::npos);
}

TEST_CASE("prefix tests follow the object tree")
{
    const LwM2mPath resource(3, 0, 6);
    CHECK(resource.startsWith(LwM2mPath()));
    CHECK(resource.startsWith(LwM2mPath(3)));
    CHECK(resource.startsWith(LwM2mPath(3, 0)));
    CHECK(resource.startsWith(resource));
    CHECK_FALSE(resource.startsWith(LwM2mPath(3, 1)));
    CHECK_FALSE(resource.startsWith(LwM2mPath(3, 0, 6, 0)));
    CHECK(LwM2mPath(3, 0, 6, 1).parent() == resource);
    CHECK(resource.child(2).value() == LwM2mPath(3, 0, 6, 2));
    CHECK_FALSE(LwM2mPath(3, 0, 6, 1).child(0).has_value());
    CHECK(resource.truncated(1) == LwM2mPath(3));
}

TEST_CASE("paths sort depth-first with parents before children")
{
    CHECK(LwM2mPath(3) < LwM2mPath(3, 0));
    CHECK(LwM2mPath(3, 0, 6) < LwM2mPath(3, 0, 6, 0));
    CHECK(LwM2mPath(3, 0, 6, 9) < LwM2mPath(3, 0, 7));
    CHECK(LwM2mPath(3, 0, 13) < LwM2mPath(3303));
    CHECK(LwM2mPath(1, 0) < LwM2mPath(1, 1));
}
