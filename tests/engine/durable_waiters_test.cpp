// DurableWaiters over a real SQLite store, with the writer held right after it told the commit
// listener and before durableSequence() shows the commit: the window in which a notice can be
// handled before the waiter it is for exists.

#include "engine/durable_waiters.h"
#include "store/sqlite_store.h"

#include "event_loop_wait.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>

using namespace hangar;
using hangar::test::waitFor;
using namespace std::chrono_literals;

namespace {

/// A real store whose writer stops after each commit notice until let go.
class HeldAfterNoticeStore : public store::Store
{
public:
    explicit HeldAfterNoticeStore(store::Store& inner) : m_inner(inner) {}

    /// Waits until the writer is held after telling the listener of a commit.
    bool waitUntilHeld()
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 5s, [this] { return m_held; });
    }
    void letGo()
    {
        std::lock_guard lock(m_mutex);
        m_holding = false;
        m_changed.notify_all();
    }

    void setCommitListener(CommitListener listener) override
    {
        if (!listener) {
            m_inner.setCommitListener({});
            return;
        }
        m_inner.setCommitListener([this, listener = std::move(listener)](store::WriteSequence durable) {
            listener(durable);
            std::unique_lock lock(m_mutex);
            m_held = true;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return !m_holding; });
        });
    }

    void setFailureListener(FailureListener listener) override
    {
        m_inner.setFailureListener(std::move(listener));
    }
    store::WriteSequence durableSequence() const override { return m_inner.durableSequence(); }
    Expected<store::WriteSequence> enqueueDevice(store::DeviceRecord device) override
    {
        return m_inner.enqueueDevice(std::move(device));
    }
    Expected<store::WriteSequence> enqueueDeviceTags(store::DeviceTagChange change,
                                                     std::shared_ptr<store::DeviceTagOutcome> outcome) override
    {
        return m_inner.enqueueDeviceTags(std::move(change), std::move(outcome));
    }
    Expected<store::WriteSequence> enqueueDeleteDevice(std::string endpoint) override
    {
        return m_inner.enqueueDeleteDevice(std::move(endpoint));
    }
    Expected<store::WriteSequence> enqueueCredential(store::Credential credential) override
    {
        return m_inner.enqueueCredential(std::move(credential));
    }
    Expected<store::WriteSequence> enqueueDeleteCredential(std::string endpoint) override
    {
        return m_inner.enqueueDeleteCredential(std::move(endpoint));
    }
    Expected<store::WriteSequence> enqueueCachedValues(std::vector<store::CachedValue> values) override
    {
        return m_inner.enqueueCachedValues(std::move(values));
    }
    Expected<store::WriteSequence> enqueueSamples(std::vector<store::Sample> samples) override
    {
        return m_inner.enqueueSamples(std::move(samples));
    }
    Expected<store::WriteSequence> enqueueEvent(store::EventRecord event) override
    {
        return m_inner.enqueueEvent(std::move(event));
    }
    Expected<store::WriteSequence> enqueueRegistration(store::RegistrationChange change) override
    {
        return m_inner.enqueueRegistration(std::move(change));
    }
    Expected<store::WriteSequence> enqueueObservations(std::string endpoint,
                                                       std::vector<store::ObservationRecord> observations) override
    {
        return m_inner.enqueueObservations(std::move(endpoint), std::move(observations));
    }
    Expected<void> flush() override { return m_inner.flush(); }
    store::WriterStats stats() const override { return m_inner.stats(); }
    Expected<store::DevicePage> listDevices(const store::DeviceQuery& query) override
    {
        return m_inner.listDevices(query);
    }
    Expected<store::DeviceRecord> device(const std::string& endpoint) override { return m_inner.device(endpoint); }
    Expected<store::Credential> credentialByIdentity(const std::string& identity) override
    {
        return m_inner.credentialByIdentity(identity);
    }
    Expected<std::vector<store::Credential>> allCredentials() override { return m_inner.allCredentials(); }
    Expected<std::vector<store::RegistrationRecord>> liveRegistrations() override
    {
        return m_inner.liveRegistrations();
    }
    Expected<std::vector<store::ObservationRecord>> liveObservations() override { return m_inner.liveObservations(); }
    Expected<std::vector<store::CachedValue>> cachedValues(const std::string& endpoint,
                                                          const lwm2m::LwM2mPath& under) override
    {
        return m_inner.cachedValues(endpoint, under);
    }
    Expected<std::vector<store::Sample>> samples(const store::SampleQuery& query) override
    {
        return m_inner.samples(query);
    }
    Expected<std::vector<store::SampleBucket>> sampleBuckets(const store::SampleQuery& query,
                                                             std::int64_t bucketMs) override
    {
        return m_inner.sampleBuckets(query, bucketMs);
    }
    Expected<std::vector<store::EventRecord>> eventsSince(std::int64_t afterId, int limit) override
    {
        return m_inner.eventsSince(afterId, limit);
    }
    Expected<std::vector<store::EventRecord>> deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                                int limit) override
    {
        return m_inner.deviceEventsSince(endpoint, afterId, limit);
    }
    Expected<std::vector<store::EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs,
                                                         std::int64_t toMs, std::int64_t bucketMs) override
    {
        return m_inner.eventCounts(kind, fromMs, toMs, bucketMs);
    }
    Expected<store::FleetSummary> fleetSummary() override { return m_inner.fleetSummary(); }

private:
    store::Store& m_inner;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    bool m_holding = true;
};

} // namespace

TEST_CASE("a wait for a commit whose notice was already handled ends at once", "[engine][durable]")
{
    QTemporaryDir dir;
    auto opened = store::SqliteStore::open({dir.filePath("hangar.db").toStdString(), {}});
    REQUIRE(opened.has_value());
    HeldAfterNoticeStore store(**opened);
    engine::DurableWaiters waiters(store);
    // Declared after the waiters: the writer is let go before they take the listener away.
    const struct LetGo
    {
        HeldAfterNoticeStore& store;
        ~LetGo() { store.letGo(); }
    } letGoAtEnd{store};

    const auto sequence = store.enqueueEvent({0, 1000, "registered", "dev-1", "{}"});
    REQUIRE(sequence.has_value());
    REQUIRE(store.waitUntilHeld());
    // The commit's notice reaches this thread while the store does not show it yet.
    QCoreApplication::processEvents();
    CHECK(store.durableSequence() < *sequence);

    bool released = false;
    waiters.whenDurable(*sequence, [&] { released = true; });
    store.letGo();
    // No later commit comes to release it: only the notice handled above can.
    CHECK(waitFor([&] { return released; }, 2000ms));
}

TEST_CASE("a wait for a write not yet committed ends once the write can be read", "[engine][durable]")
{
    QTemporaryDir dir;
    auto opened = store::SqliteStore::open({dir.filePath("hangar.db").toStdString(), {}});
    REQUIRE(opened.has_value());
    store::Store& store = **opened;
    engine::DurableWaiters waiters(store);
    std::vector<std::size_t> readableAtRelease;
    for (int i = 0; i < 3; ++i) {
        const auto sequence = store.enqueueEvent({0, 1000 + i, "updated", "dev-1", "{}"});
        REQUIRE(sequence.has_value());
        waiters.whenDurable(*sequence, [&] {
            auto events = store.eventsSince(0, 10);
            readableAtRelease.push_back(events ? events->size() : 0);
        });
    }
    REQUIRE(waitFor([&] { return readableAtRelease.size() == 3; }, 2000ms));
    for (std::size_t i = 0; i < readableAtRelease.size(); ++i)
        CHECK(readableAtRelease[i] >= i + 1);
}
