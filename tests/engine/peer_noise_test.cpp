#include "engine/peer_noise.h"

#include <catch2/catch.hpp>

using namespace hangar::engine;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kStart = 1'700'000'040'000; // 12:34:00 on the wall clock, a minute boundary

} // namespace

TEST_CASE("peer noise records the first event per source and minute and counts the rest",
          "[engine][noise]")
{
    PeerNoise noise(PeerNoiseLimits{60s, 16});
    std::vector<NoiseSummary> closed;
    CHECK(noise.admit("malformed-request", "192.0.2.7", "", kStart + 5, closed));
    for (int i = 0; i < 99; ++i)
        CHECK_FALSE(noise.admit("malformed-request", "192.0.2.7", "", kStart + 10 + i, closed));
    // Another kind and another source each get their own first event.
    CHECK(noise.admit("dtls-refused", "192.0.2.7", "", kStart + 200, closed));
    CHECK(noise.admit("malformed-request", "192.0.2.8", "dev-1", kStart + 300, closed));
    CHECK(closed.empty());
    CHECK(noise.windowEndMs() == kStart + kMinute);
    CHECK(noise.closeEnded(kStart + kMinute - 1).empty());

    const auto summaries = noise.closeEnded(kStart + kMinute);
    // Sources seen once need no summary: their first event told everything.
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].kind == "malformed-request");
    CHECK(summaries[0].source == "192.0.2.7");
    CHECK(summaries[0].count == 100);
    CHECK(summaries[0].windowStartMs == kStart);
    CHECK_FALSE(noise.windowEndMs().has_value());

    // The next minute starts over.
    CHECK(noise.admit("malformed-request", "192.0.2.7", "", kStart + kMinute + 1, closed));
}

TEST_CASE("an event in a later minute closes the previous one first", "[engine][noise]")
{
    PeerNoise noise(PeerNoiseLimits{60s, 16});
    std::vector<NoiseSummary> closed;
    CHECK(noise.admit("dtls-refused", "198.51.100.1", "", kStart, closed));
    CHECK_FALSE(noise.admit("dtls-refused", "198.51.100.1", "", kStart + 1, closed));
    CHECK(noise.admit("dtls-refused", "198.51.100.1", "", kStart + 3 * kMinute, closed));
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].count == 2);
    CHECK(closed[0].windowStartMs == kStart);
    CHECK(noise.windowEndMs() == kStart + 4 * kMinute);
}

TEST_CASE("peer noise tracks a bounded number of sources and counts the others together",
          "[engine][noise]")
{
    PeerNoise noise(PeerNoiseLimits{60s, 10});
    std::vector<NoiseSummary> closed;
    int firsts = 0;
    for (int round = 0; round < 3; ++round)
        for (int source = 0; source < 1000; ++source)
            firsts += noise.admit("malformed-request", "10.0.0." + std::to_string(source), "",
                                  kStart + round, closed)
                          ? 1
                          : 0;
    CHECK(firsts == 10);
    const auto summaries = noise.closeAll();
    REQUIRE(summaries.size() == 11);
    std::uint64_t total = 0;
    for (const NoiseSummary& summary : summaries) {
        total += summary.count;
        if (summary.source == PeerNoise::kOtherSources)
            CHECK(summary.count == 990 * 3);
        else
            CHECK(summary.count == 3);
    }
    CHECK(total == 3000);
}

TEST_CASE("a summary names the endpoint only when every event named the same one",
          "[engine][noise]")
{
    PeerNoise noise(PeerNoiseLimits{60s, 16});
    std::vector<NoiseSummary> closed;
    for (int i = 0; i < 3; ++i) {
        noise.admit("registration-refused", "203.0.113.5", "meter-1", kStart + i, closed);
        noise.admit("malformed-request", "203.0.113.5", "name-" + std::to_string(i), kStart + i,
                    closed);
    }
    const auto summaries = noise.closeAll();
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].kind == "malformed-request");
    CHECK(summaries[0].endpoint.empty());
    CHECK(summaries[1].kind == "registration-refused");
    CHECK(summaries[1].endpoint == "meter-1");
}

TEST_CASE("a wall clock set back closes the open window instead of keeping it for hours",
          "[engine][noise]")
{
    PeerNoise noise(PeerNoiseLimits{60s, 16});
    std::vector<NoiseSummary> closed;
    noise.admit("dtls-refused", "192.0.2.1", "", kStart, closed);
    noise.admit("dtls-refused", "192.0.2.1", "", kStart + 1, closed);
    const auto summaries = noise.closeEnded(kStart - 3600'000);
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].count == 2);
}
