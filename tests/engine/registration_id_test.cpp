// Registration ids must not be predictable from the ids other devices were given (issue 11).
#include "engine_test_support.h"

#include <random>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;
using coap::ResponseCode;

namespace {

/// Inverts MT19937's output tempering: the state word behind one 32-bit output.
std::uint32_t untemper(std::uint32_t y)
{
    y ^= y >> 18;
    y ^= (y << 15) & 0xefc60000U;
    std::uint32_t x = y;
    for (int i = 0; i < 5; ++i)
        x = y ^ ((x << 7) & 0x9d2c5680U);
    y = x;
    x = y;
    for (int i = 0; i < 3; ++i)
        x = y ^ (x >> 11);
    return x;
}

std::uint32_t temper(std::uint32_t y)
{
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/// What a Mersenne Twister (std::mt19937, behind QRandomGenerator::global()) that produced the
/// 624 consecutive `outputs` produces next.
std::uint32_t predictNextMt19937(const std::vector<std::uint32_t>& outputs)
{
    const std::uint32_t x0 = untemper(outputs[0]);
    const std::uint32_t x1 = untemper(outputs[1]);
    const std::uint32_t x397 = untemper(outputs[397]);
    const std::uint32_t mixed = (x0 & 0x80000000U) | (x1 & 0x7fffffffU);
    const std::uint32_t next = x397 ^ (mixed >> 1) ^ ((mixed & 1U) != 0 ? 0x9908b0dfU : 0U);
    return temper(next);
}

} // namespace

TEST_CASE("the predictor test helper predicts a Mersenne Twister", "[engine][random]")
{
    std::mt19937 generator(4711);
    std::vector<std::uint32_t> outputs;
    for (int i = 0; i < 624; ++i)
        outputs.push_back(static_cast<std::uint32_t>(generator()));
    CHECK(predictNextMt19937(outputs) == generator());
}

TEST_CASE("registration ids cannot be predicted from the ids given before", "[engine][random]")
{
    TestEngine engine;
    RawDevice device(engine->coapPort());
    std::vector<std::uint32_t> ids;
    for (int i = 0; i < 625; ++i) {
        auto answer = device.registerWith({"ep=rid-" + std::to_string(i), "lt=300"}, "</1/0>");
        REQUIRE(answer.has_value());
        REQUIRE(answer->code == ResponseCode::Created);
        REQUIRE(answer->locationPath.size() == 2);
        ids.push_back(static_cast<std::uint32_t>(std::stoul(answer->locationPath[1], nullptr, 16)));
    }
    const std::uint32_t last = ids.back();
    ids.pop_back();
    CHECK(predictNextMt19937(ids) != last);
}
