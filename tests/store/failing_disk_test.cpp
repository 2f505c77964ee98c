// The store on a real full disk: a 2 MiB tmpfs filled during the test (skipped, with a warning,
// where the test cannot mount one).

#include "store_test_support.h"

#include "small_disk.h"

#include <QElapsedTimer>
#include <QThread>

#include <limits>
#include <mutex>
#include <optional>
#include <vector>

using namespace hangar;
using namespace hangar::store;
using namespace hangar::store::test;
using hangar::test::SmallDisk;

namespace {

const WriteQueue::Limits kSmallBatches{std::chrono::milliseconds(5), 200, 1000};

/// Heard from the store's failure listener, in order.
struct FailureNotices
{
    std::mutex mutex;
    std::vector<std::optional<Error>> heard;

    void listen(Store& store)
    {
        store.setFailureListener([this](const std::optional<Error>& failure) {
            std::lock_guard lock(mutex);
            heard.push_back(failure);
        });
    }
    std::vector<std::optional<Error>> snapshot()
    {
        std::lock_guard lock(mutex);
        return heard;
    }
};

EventRecord paddedEvent(std::int64_t timeMs)
{
    return {0, timeMs, "filler", "", "{\"pad\":\"" + std::string(1000, 'p') + "\"}"};
}

/// Fills the disk, then writes events until a commit fails; returns how many were queued.
std::int64_t writeUntilCommitsFail(SqliteStore& store, SmallDisk& disk, std::int64_t written)
{
    REQUIRE(disk.fill());
    // The WAL may still have room for a few batches: write until it has none.
    for (int round = 0; round < 200; ++round) {
        for (int i = 0; i < 20; ++i)
            queued(store.enqueueEvent(paddedEvent(written++)));
        if (!store.flush())
            return written;
    }
    FAIL("commits never failed on a full disk");
    return written;
}

/// Flushes until the writer has caught up again (it retries at most 2 s apart).
bool flushWithin(Store& store, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < limitMs) {
        if (store.flush())
            return true;
        QThread::msleep(20);
    }
    return false;
}

std::size_t eventCount(Store& store)
{
    auto events = store.eventsSince(0, 1'000'000);
    REQUIRE(events.has_value());
    return events->size();
}

} // namespace

TEST_CASE("a full disk fails commits without losing or half-writing a row, and writing resumes "
          "once space is "
          "freed",
          "[store][disk]")
{
    SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    FailureNotices notices;
    auto store = openStore(disk.filePath(QStringLiteral("hangar.db")), kSmallBatches);
    notices.listen(*store);
    std::int64_t written = 0;
    for (; written < 50; ++written)
        queued(store->enqueueEvent(paddedEvent(written)));
    flushed(*store);

    written = writeUntilCommitsFail(*store, disk, written);

    const auto failed = store->flush();
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == ErrorCode::StorageFull);
    const WriterStats stats = store->stats();
    REQUIRE(stats.failure.has_value());
    CHECK(stats.failure->code == ErrorCode::StorageFull);
    CHECK(stats.failedCommits >= 1);
    // Events are the only writes, so sequence n is the n-th event: every durable one can be
    // read and nothing of the failed batch can.
    CHECK(eventCount(*store) == stats.durable);
    CHECK(stats.durable < static_cast<WriteSequence>(written));
    REQUIRE(notices.snapshot().size() == 1);
    CHECK(notices.snapshot()[0]->code == ErrorCode::StorageFull);

    // Writes are still accepted while commits fail; they wait for the disk.
    queued(store->enqueueEvent(paddedEvent(written++)));

    disk.freeSpace();
    REQUIRE(flushWithin(*store, 20000));
    CHECK(eventCount(*store) == static_cast<std::size_t>(written));
    CHECK_FALSE(store->stats().failure.has_value());
    const auto heard = notices.snapshot();
    REQUIRE(heard.size() == 2);
    CHECK_FALSE(heard[1].has_value());
    auto events = store->eventsSince(0, 1'000'000);
    REQUIRE(events.has_value());
    for (std::size_t i = 0; i < events->size(); ++i)
        CHECK((*events)[i].timeMs == static_cast<std::int64_t>(i)); // commit order is enqueue order
}

TEST_CASE("while commits fail telemetry is shed at the high-water mark and device and event writes "
          "are kept",
          "[store][disk]")
{
    SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    auto store = openStore(disk.filePath(QStringLiteral("hangar.db")), kSmallBatches);
    queued(store->enqueueDevice(makeDevice("meter-1")));
    flushed(*store);
    const std::int64_t events = writeUntilCommitsFail(*store, disk, 0);

    const std::vector<Sample> hundred(100, Sample{"meter-1", lwm2m::LwM2mPath(3303, 0, 5700),
                                                  lwm2m::Value::floating(21.5), 1'700'000'000'000});
    int accepted = 0;
    Expected<WriteSequence> shed = 0;
    for (int i = 0; i < 50 && shed; ++i) {
        shed = store->enqueueSamples(hundred);
        accepted += shed ? 1 : 0;
    }
    REQUIRE_FALSE(shed.has_value());
    CHECK(shed.error().code == ErrorCode::LimitExceeded);
    CHECK_THAT(shed.error().message, Catch::Contains("cannot write"));
    CHECK(store->stats().pendingRows <= kSmallBatches.highWaterRows);
    queued(store->enqueueDevice(makeDevice("meter-2")));
    queued(store->enqueueEvent(paddedEvent(events)));

    disk.freeSpace();
    REQUIRE(flushWithin(*store, 20000));
    CHECK(store->device("meter-2").has_value());
    CHECK(eventCount(*store) == static_cast<std::size_t>(events + 1));
    SampleQuery query;
    query.endpoint = "meter-1";
    query.path = lwm2m::LwM2mPath(3303, 0, 5700);
    query.toMs = std::numeric_limits<std::int64_t>::max();
    query.limit = 100'000;
    auto samples = store->samples(query);
    REQUIRE(samples.has_value());
    CHECK(samples->size() == static_cast<std::size_t>(accepted) * hundred.size());
}

TEST_CASE("a store closed while commits fail stops instead of waiting for the disk",
          "[store][disk]")
{
    SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    auto store = openStore(disk.filePath(QStringLiteral("hangar.db")), kSmallBatches);
    queued(store->enqueueEvent(paddedEvent(0)));
    flushed(*store);
    writeUntilCommitsFail(*store, disk, 1);
    store.reset(); // returns after one last attempt; a hang here fails the test by timeout
    disk.freeSpace();
    // What was committed before is intact and opens again.
    auto reopened = openStore(disk.filePath(QStringLiteral("hangar.db")));
    CHECK(eventCount(*reopened) > 0);
}
