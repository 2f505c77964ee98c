// Helper of the crash-safety test: writes samples as fast as the store takes them until it is
// killed. After every commit it prints "durable <n>": samples 0..n-1 of this round are committed.
// Usage: store_crash_writer <database> <round>

#include "store/sqlite_store.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace hangar::store;

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: store_crash_writer <database> <round>\n");
        return 2;
    }
    const std::int64_t round = std::atoll(argv[2]);
    auto store = SqliteStore::open({argv[1], {}});
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    constexpr int kDevices = 10;
    for (int d = 0; d < kDevices; ++d) {
        DeviceRecord device;
        device.endpoint = "crash-" + std::to_string(d);
        device.lastSeenMs = round;
        (void)(*store)->enqueueDevice(device);
    }
    if (auto flushed = (*store)->flush(); !flushed) {
        std::fprintf(stderr, "%s\n", flushed.error().message.c_str());
        return 1;
    }
    // Each sample is its own write, so write sequence base + 1 + i is sample i.
    const WriteSequence base = (*store)->durableSequence();
    (*store)->setCommitListener([base](WriteSequence durable) {
        std::printf("durable %llu\n", static_cast<unsigned long long>(durable - base));
        std::fflush(stdout);
    });
    const auto path = hangar::lwm2m::LwM2mPath(3303, 0, 5700);
    for (std::int64_t i = 0;; ++i) {
        Sample sample{"crash-" + std::to_string(i % kDevices), path,
                      hangar::lwm2m::Value::floating(static_cast<double>(i)),
                      round * 1'000'000'000 + i};
        while (true) {
            auto queued = (*store)->enqueueSamples({sample});
            if (queued)
                break;
            if (queued.error().code != hangar::ErrorCode::LimitExceeded) {
                std::fprintf(stderr, "%s\n", queued.error().message.c_str());
                return 1;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
}
