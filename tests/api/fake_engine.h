#pragma once

#include "engine/engine.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace hangar::api::test {

/// An Engine whose device operations complete on a thread of their own (like the real engine
/// thread) and that records what the API asked for. Queries answer from plain vectors.
class FakeEngine : public engine::Engine
{
public:
    FakeEngine();
    ~FakeEngine() override;

    Expected<store::DevicePage> listDevices(const store::DeviceQuery& query) override;
    Expected<store::DeviceRecord> device(const std::string& endpoint) override;
    void forgetDevice(const std::string& endpoint, engine::Done<void> done) override;
    void read(const std::string& endpoint, const lwm2m::LwM2mPath& path,
              const engine::ReadOptions& options, engine::Done<engine::ReadResult> done) override;
    void write(const std::string& endpoint, const lwm2m::LwM2mPath& path,
               lwm2m::PathValues values, const engine::WriteOptions& options,
               engine::Done<void> done) override;
    void execute(const std::string& endpoint, const lwm2m::LwM2mPath& path, std::string arguments,
                 engine::Done<void> done) override;
    void discover(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                  engine::Done<std::string> done) override;
    void create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath,
                lwm2m::PathValues values, engine::Done<lwm2m::LwM2mPath> done) override;
    void remove(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                engine::Done<void> done) override;
    void writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         const engine::NotificationAttributes& attributes,
                         engine::Done<void> done) override;
    void observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                 const engine::NotificationAttributes& attributes,
                 engine::Done<engine::ReadResult> done) override;
    void cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                           engine::Done<void> done) override;
    Expected<std::vector<store::Sample>> telemetry(const store::SampleQuery& query) override;
    Expected<std::vector<store::EventRecord>> eventsSince(std::int64_t afterId, int limit) override;
    void setCredential(store::Credential credential, engine::Done<void> done) override;
    void importCredentials(std::vector<store::Credential> credentials,
                           engine::Done<std::size_t> done) override;
    engine::EngineHealth health() override;
    const lwm2m::ObjectRegistry& models() const override { return m_models; }

    // What the tests set up.
    std::vector<store::DeviceRecord> devices;
    lwm2m::PathValues readValues;
    lwm2m::ContentFormat readFormat = lwm2m::ContentFormat::Tlv;
    std::vector<store::Sample> samples;
    std::vector<store::EventRecord> events;
    /// When set, operation results are kept until releaseHeld().
    bool holdCompletions = false;

    // What the API asked for.
    std::optional<engine::ReadOptions> lastReadOptions;
    std::optional<lwm2m::LwM2mPath> lastPath;
    std::optional<lwm2m::PathValues> lastWrittenValues;
    std::optional<engine::WriteOptions> lastWriteOptions;
    std::optional<std::string> lastArguments;
    std::optional<engine::NotificationAttributes> lastAttributes;
    bool cancelled = false;
    std::optional<store::SampleQuery> lastSampleQuery;
    std::vector<store::Credential> credentials;
    /// Threads that ran `done` callbacks (all must be the fake engine thread).
    std::vector<QThread*> completionThreads;

    /// Runs the held completions on the engine thread.
    void releaseHeld();
    QThread* engineThread() { return &m_thread; }

private:
    bool known(const std::string& endpoint) const;
    /// Runs `completion` on the engine thread (or keeps it when holding).
    void complete(std::function<void()> completion);

    lwm2m::ObjectRegistry m_models;
    QThread m_thread;
    QObject* m_worker = nullptr;
    std::mutex m_mutex;
    std::vector<std::function<void()>> m_held;
};

} // namespace hangar::api::test
