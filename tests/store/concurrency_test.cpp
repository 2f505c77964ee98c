#include "store_test_support.h"

#include <atomic>
#include <thread>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;
using lwm2m::LwM2mPath;
using lwm2m::Value;

TEST_CASE("readers on other threads see consistent committed data while the writer commits", "[store][concurrency]")
{
    TempDatabase temp;
    auto store = openStore(temp.path(), {std::chrono::milliseconds(2), 500, 1'000'000});
    queued(store->enqueueDevice(makeDevice("dev")));
    flushed(*store);
    const LwM2mPath path(3303, 0, 5700);
    constexpr int kSamples = 20000;

    std::atomic<bool> done{false};
    std::atomic<int> readerErrors{0};
    std::atomic<int> nonMonotonic{0};
    std::atomic<int> reads{0};
    auto readLoop = [&] {
        std::size_t lastCount = 0;
        while (!done.load()) {
            auto samples = store->samples({"dev", path, 0, kSamples, kSamples, TimeOrder::OldestFirst});
            if (!samples) {
                ++readerErrors;
                continue;
            }
            // Commits are whole batches in order: a reader sees a prefix that only grows.
            if (samples->size() < lastCount)
                ++nonMonotonic;
            for (std::size_t i = 0; i < samples->size(); ++i) {
                if ((*samples)[i].timeMs != static_cast<std::int64_t>(i)) {
                    ++nonMonotonic;
                    break;
                }
            }
            lastCount = samples->size();
            ++reads;
        }
    };
    std::thread readerA(readLoop);
    std::thread readerB(readLoop);
    for (int i = 0; i < kSamples; ++i)
        queued(store->enqueueSamples({{"dev", path, Value::integer(i), i}}));
    flushed(*store);
    done = true;
    readerA.join();
    readerB.join();
    CHECK(readerErrors.load() == 0);
    CHECK(nonMonotonic.load() == 0);
    CHECK(reads.load() > 2);
    CHECK(store->samples({"dev", path, 0, kSamples, kSamples, TimeOrder::OldestFirst})->size() == kSamples);
}
