#pragma once

#include "engine/engine.h"
#include "engine/engine_config.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>
#include <mutex>

namespace hangar::engine {

class EngineHost;

/// The Engine in this process: a store in the data dir and an engine thread that owns the
/// CoAP endpoints and all protocol state. Facade calls from any thread hop to that thread.
class LocalEngine final : public Engine
{
    Q_OBJECT

public:
    /// Opens the store, loads the object models (built-in and <data-dir>/models), opens the
    /// endpoints and starts serving. Fails with a message naming what could not be opened.
    static Expected<std::unique_ptr<LocalEngine>> start(EngineConfig config);
    /// The store's database file in `dataDir` (what start() opens, migrating an older one).
    static std::string storePath(const std::string& dataDir);
    /// Stops the engine thread, then commits everything queued to the store.
    ~LocalEngine() override;

    /// The bound UDP ports (useful with port 0); 0 for an endpoint that is off.
    std::uint16_t coapPort() const { return m_coapPort; }
    std::uint16_t coapsPort() const { return m_coapsPort; }
    /// Waits until every store write queued so far is durable (tests, shutdown paths).
    Expected<void> flushStore();
    const EngineConfig& config() const { return m_config; }

    Expected<store::DevicePage> listDevices(const store::DeviceQuery& query) override;
    Expected<store::DeviceRecord> device(const std::string& endpoint) override;
    Expected<store::FleetSummary> fleetSummary() override;
    void forgetDevice(const std::string& endpoint, Done<void> done) override;
    void setDeviceTags(std::vector<std::string> endpoints, std::vector<std::string> add,
                       std::vector<std::string> remove, Done<std::size_t> done) override;

    void read(const std::string& endpoint, const lwm2m::LwM2mPath& path, const ReadOptions& options,
              Done<ReadResult> done) override;
    void write(const std::string& endpoint, const lwm2m::LwM2mPath& path, lwm2m::PathValues values,
               const WriteOptions& options, Done<void> done) override;
    void execute(const std::string& endpoint, const lwm2m::LwM2mPath& path, std::string arguments,
                 Done<void> done, std::optional<std::chrono::milliseconds> timeout = std::nullopt) override;
    void discover(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<std::string> done) override;
    void create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath, lwm2m::PathValues values,
                Done<lwm2m::LwM2mPath> done) override;
    void remove(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done) override;
    void writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         const NotificationAttributes& attributes, Done<void> done) override;
    void observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                 const NotificationAttributes& attributes, Done<ReadResult> done,
                 std::optional<std::chrono::milliseconds> timeout = std::nullopt) override;
    void cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done) override;
    void observations(const std::string& endpoint, Done<std::vector<ObservationInfo>> done) override;
    void setAwakeWindow(const std::string& endpoint,
                        std::optional<std::chrono::milliseconds> window,
                        Done<AwakeWindow> done) override;
    void awakeWindow(const std::string& endpoint, Done<AwakeWindow> done) override;

    Expected<std::vector<store::Sample>> telemetry(const store::SampleQuery& query) override;
    Expected<std::vector<store::SampleBucket>> telemetryBuckets(const store::SampleQuery& query,
                                                                std::int64_t bucketMs) override;
    Expected<std::vector<store::EventRecord>> eventsSince(std::int64_t afterId, int limit) override;
    Expected<std::vector<store::EventCount>> eventCounts(const std::string& kind, std::int64_t fromMs,
                                                         std::int64_t toMs, std::int64_t bucketMs) override;
    Expected<std::vector<store::EventRecord>> deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                               int limit) override;

    void setCredential(store::Credential credential, Done<void> done) override;
    void importCredentials(std::vector<store::Credential> credentials, Done<std::size_t> done) override;
    void removeCredential(const std::string& endpoint, Done<void> done) override;

    EngineHealth health() override;
    const lwm2m::ObjectRegistry& models() const override { return m_models; }

private:
    LocalEngine(EngineConfig config, std::unique_ptr<store::Store> store);
    /// Runs `work` on the engine thread with the host (queued, in call order).
    void onEngine(std::function<void(EngineHost& host)> work);
    /// Runs `work` on the engine thread for a device the store or the engine knows; `unknown`
    /// gets NotFound otherwise. The store is asked here, so the engine thread never waits on SQL.
    void onKnownDevice(const std::string& endpoint, std::function<void(EngineHost& host)> work,
                       std::function<void(Error)> unknown);

    EngineConfig m_config;
    std::unique_ptr<store::Store> m_store;
    lwm2m::ObjectRegistry m_models;
    QThread m_thread;
    QObject* m_anchor = nullptr; ///< lives on m_thread; queued work is posted to it
    EngineHost* m_host = nullptr; ///< created and destroyed on m_thread
    std::uint16_t m_coapPort = 0;
    std::uint16_t m_coapsPort = 0;
    QElapsedTimer m_uptime;

    /// health() is polled (status bars, load balancers): the device count is a COUNT over the
    /// devices table, so it is taken at most once per kKnownDevicesMaxAge.
    static constexpr qint64 kKnownDevicesMaxAgeMs = 1000;
    std::mutex m_knownDevicesMutex;
    std::int64_t m_knownDevices = 0;
    QElapsedTimer m_knownDevicesAge;
};

} // namespace hangar::engine
