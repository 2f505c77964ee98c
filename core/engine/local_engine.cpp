#include "engine/local_engine.h"

#include "engine/engine_host.h"
#include "engine/event_log.h"
#include "engine/listen_policy.h"
#include "engine/restored_state.h"
#include "lwm2m/ddf_loader.h"
#include "store/sqlite_store.h"

#include <QDir>

#include <algorithm>

namespace hangar::engine {

namespace {

void loadModels(lwm2m::ObjectRegistry& models, const std::string& dataDir, store::Store& store)
{
    lwm2m::DdfLoader loader(models);
    loader.loadBuiltin();
    loader.loadDirectory(QDir(QString::fromStdString(dataDir)).filePath(QStringLiteral("models")));
    EventLog events(store);
    for (const lwm2m::DdfProblem& problem : loader.problems())
        events.record("model-problem", "",
                      {{"file", problem.file.toStdString()},
                       {"line", std::to_string(problem.line)},
                       {"message", problem.message.toStdString()}});
}

} // namespace

Expected<std::unique_ptr<LocalEngine>> LocalEngine::start(EngineConfig config)
{
    if (config.dataDir.empty())
        return fail(ErrorCode::InvalidArgument, "the engine needs a data directory");
    if (config.coap)
        if (auto allowed = checkPlainCoapAddress(config.coap->host, config.allowInsecureCoap); !allowed)
            return std::unexpected(allowed.error());
    if (!QDir().mkpath(QString::fromStdString(config.dataDir)))
        return fail(ErrorCode::IoFailure, "cannot create the data directory " + config.dataDir +
                                              "; check its parent's permissions");
    store::SqliteStore::Options storeOptions;
    storeOptions.path = storePath(config.dataDir);
    storeOptions.eventRetention = config.eventRetention;
    auto opened = store::SqliteStore::open(storeOptions);
    if (!opened)
        return std::unexpected(opened.error());

    std::unique_ptr<LocalEngine> engine(new LocalEngine(std::move(config), std::move(*opened)));
    store::Store& store = *engine->m_store;
    loadModels(engine->m_models, engine->m_config.dataDir, store);
    auto credentials = store.allCredentials();
    if (!credentials)
        return std::unexpected(credentials.error());
    auto restored = loadRestoredState(store);
    if (!restored)
        return std::unexpected(restored.error());

    engine->m_anchor = new QObject;
    engine->m_anchor->moveToThread(&engine->m_thread);
    engine->m_thread.setObjectName(QStringLiteral("hangar-engine"));
    engine->m_thread.start();

    Expected<std::pair<std::uint16_t, std::uint16_t>> ports = fail(ErrorCode::IoFailure, "the engine thread did not start");
    LocalEngine* raw = engine.get();
    QMetaObject::invokeMethod(
        engine->m_anchor,
        [raw, &ports, &credentials, &restored] {
            raw->m_host = new EngineHost(raw->m_config, *raw->m_store, raw->m_models, std::move(*credentials),
                                         [raw](std::vector<std::string> endpoints) {
                                             Q_EMIT raw->devicesChanged(endpoints);
                                         });
            raw->m_host->setObservationsChanged(
                [raw](std::vector<std::string> endpoints) { Q_EMIT raw->observationsChanged(endpoints); });
            raw->m_host->restore(std::move(*restored));
            ports = raw->m_host->listen();
        },
        Qt::BlockingQueuedConnection);
    if (!ports)
        return std::unexpected(ports.error());
    // What the restore changed (registrations expired while stopped) is what readers see first.
    if (auto flushed = store.flush(); !flushed)
        return std::unexpected(flushed.error());
    engine->m_coapPort = ports->first;
    engine->m_coapsPort = ports->second;
    EventLog(store).record("engine-started", "",
                           {{"coapPort", std::to_string(engine->m_coapPort)},
                            {"coapsPort", std::to_string(engine->m_coapsPort)}});
    return engine;
}

std::string LocalEngine::storePath(const std::string& dataDir)
{
    return QDir(QString::fromStdString(dataDir)).filePath(QStringLiteral("hangar.db")).toStdString();
}

LocalEngine::LocalEngine(EngineConfig config, std::unique_ptr<store::Store> store)
    : m_config(std::move(config)), m_store(std::move(store))
{
    qRegisterMetaType<std::vector<std::string>>("std::vector<std::string>");
    m_uptime.start();
}

LocalEngine::~LocalEngine()
{
    if (m_thread.isRunning()) {
        auto stop = [this] {
            delete m_host;
            m_host = nullptr;
        };
        if (QThread::currentThread() == &m_thread)
            stop();
        else
            QMetaObject::invokeMethod(m_anchor, stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_anchor;
    if (m_store)
        (void)m_store->flush();
}

void LocalEngine::onEngine(std::function<void(EngineHost& host)> work)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, work = std::move(work)] {
            if (m_host != nullptr)
                work(*m_host);
        },
        Qt::QueuedConnection);
}

Expected<void> LocalEngine::flushStore() { return m_store->flush(); }

Expected<store::DevicePage> LocalEngine::listDevices(const store::DeviceQuery& query)
{
    return m_store->listDevices(query);
}

Expected<store::DeviceRecord> LocalEngine::device(const std::string& endpoint) { return m_store->device(endpoint); }

Expected<store::FleetSummary> LocalEngine::fleetSummary() { return m_store->fleetSummary(); }

void LocalEngine::forgetDevice(const std::string& endpoint, Done<void> done)
{
    // The store is read here, on the caller's thread: the engine thread never waits on SQL.
    const auto stored = m_store->device(endpoint);
    const bool maybeStored = stored.has_value() || stored.error().code != ErrorCode::NotFound;
    onEngine([endpoint, maybeStored, done = std::move(done)](EngineHost& host) {
        if (!maybeStored && host.table().byEndpoint(endpoint) == nullptr) {
            done(fail(ErrorCode::NotFound, "no device '" + endpoint + "' is known"));
            return;
        }
        if (auto forgotten = host.forget(endpoint); !forgotten)
            return done(forgotten);
        host.answerAfterCommit(done);
    });
}

void LocalEngine::setDeviceTags(std::vector<std::string> endpoints, std::vector<std::string> add,
                                std::vector<std::string> remove, Done<std::size_t> done)
{
    onEngine([change = store::DeviceTagChange{std::move(endpoints), std::move(add), std::move(remove)},
              done = std::move(done)](EngineHost& host) mutable {
        host.changeDeviceTags(std::move(change), std::move(done));
    });
}

void LocalEngine::read(const std::string& endpoint, const lwm2m::LwM2mPath& path, const ReadOptions& options,
                       Done<ReadResult> done)
{
    if (options.cacheOnly) {
        Expected<ReadResult> answer = [&]() -> Expected<ReadResult> {
            auto known = m_store->device(endpoint);
            if (!known)
                return std::unexpected(known.error());
            auto cached = m_store->cachedValues(endpoint, path);
            if (!cached)
                return std::unexpected(cached.error());
            ReadResult result;
            result.fromCache = true;
            result.format = options.format.value_or(lwm2m::ContentFormat::SenmlJson);
            for (store::CachedValue& value : *cached) {
                result.timeMs = std::max(result.timeMs, value.timeMs);
                result.values.push_back({value.path, std::move(value.value), std::nullopt});
            }
            return result;
        }();
        onEngine([answer = std::move(answer), done = std::move(done)](EngineHost&) { done(answer); });
        return;
    }
    onEngine([=](EngineHost& host) { host.requests().read(endpoint, path, options, done); });
}

void LocalEngine::write(const std::string& endpoint, const lwm2m::LwM2mPath& path, lwm2m::PathValues values,
                        const WriteOptions& options, Done<void> done)
{
    onEngine([=, values = std::move(values)](EngineHost& host) {
        host.requests().write(endpoint, path, values, options, done);
    });
}

void LocalEngine::execute(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                          std::string arguments, Done<void> done,
                          std::optional<std::chrono::milliseconds> timeout)
{
    onEngine([=, this, arguments = std::move(arguments)](EngineHost& host) {
        host.requests().execute(endpoint, path, arguments,
                                timeout.value_or(m_config.requestTimeout), done);
    });
}

void LocalEngine::discover(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<std::string> done)
{
    onEngine([=, this](EngineHost& host) {
        host.requests().discover(endpoint, path, m_config.requestTimeout, done);
    });
}

void LocalEngine::create(const std::string& endpoint, const lwm2m::LwM2mPath& objectPath, lwm2m::PathValues values,
                         Done<lwm2m::LwM2mPath> done)
{
    onEngine([=, this, values = std::move(values)](EngineHost& host) {
        host.requests().create(endpoint, objectPath, values, m_config.requestTimeout, done);
    });
}

void LocalEngine::remove(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done)
{
    onEngine([=, this](EngineHost& host) {
        host.requests().remove(endpoint, path, m_config.requestTimeout, done);
    });
}

void LocalEngine::writeAttributes(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                                  const NotificationAttributes& attributes, Done<void> done)
{
    onEngine([=, this](EngineHost& host) {
        host.requests().writeAttributes(endpoint, path, attributes, m_config.requestTimeout, done);
    });
}

void LocalEngine::observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                          const NotificationAttributes& attributes, Done<ReadResult> done,
                          std::optional<std::chrono::milliseconds> wait)
{
    const std::chrono::milliseconds timeout = wait.value_or(m_config.requestTimeout);
    onEngine([=](EngineHost& host) {
        if (attributes.empty()) {
            host.requests().observe(endpoint, path, std::nullopt, timeout, done, attributes);
            return;
        }
        // Attributes first, so the first notification already follows them.
        EngineHost* target = &host;
        host.requests().writeAttributes(endpoint, path, attributes, timeout,
                                        [=](Expected<void> written) {
                                            if (!written)
                                                return done(std::unexpected(written.error()));
                                            target->requests().observe(endpoint, path, std::nullopt, timeout,
                                                                       done, attributes);
                                        });
    });
}

void LocalEngine::cancelObservation(const std::string& endpoint, const lwm2m::LwM2mPath& path, Done<void> done)
{
    onEngine([=](EngineHost& host) { host.requests().cancelObservation(endpoint, path, done); });
}

void LocalEngine::onKnownDevice(const std::string& endpoint,
                                std::function<void(EngineHost& host)> work,
                                std::function<void(Error)> unknown)
{
    const auto stored = m_store->device(endpoint);
    const bool maybeStored = stored.has_value() || stored.error().code != ErrorCode::NotFound;
    onEngine([endpoint, maybeStored, work = std::move(work),
              unknown = std::move(unknown)](EngineHost& host) {
        if (!maybeStored && host.table().byEndpoint(endpoint) == nullptr)
            return unknown(Error(ErrorCode::NotFound, "no device '" + endpoint + "' is known"));
        work(host);
    });
}

void LocalEngine::observations(const std::string& endpoint, Done<std::vector<ObservationInfo>> done)
{
    onKnownDevice(
        endpoint, [endpoint, done](EngineHost& host) { done(host.observationsOf(endpoint)); },
        [done](Error error) { done(std::unexpected(std::move(error))); });
}

void LocalEngine::setAwakeWindow(const std::string& endpoint,
                                 std::optional<std::chrono::milliseconds> window,
                                 Done<AwakeWindow> done)
{
    if (window && (*window < kMinAwakeWindow || *window > kMaxAwakeWindow))
        return onEngine([done](EngineHost&) {
            done(fail(ErrorCode::InvalidArgument,
                      "an awake window must be between " + std::to_string(kMinAwakeWindow.count()) +
                          " ms and " + std::to_string(kMaxAwakeWindow.count() / 1000) + " s"));
        });
    onKnownDevice(
        endpoint,
        [endpoint, window, done](EngineHost& host) {
            host.registrations().setAwakeWindow(endpoint, window);
            const auto [effective, custom] = host.registrations().awakeWindow(endpoint);
            done(AwakeWindow{effective, custom});
        },
        [done](Error error) { done(std::unexpected(std::move(error))); });
}

void LocalEngine::awakeWindow(const std::string& endpoint, Done<AwakeWindow> done)
{
    onKnownDevice(
        endpoint,
        [endpoint, done](EngineHost& host) {
            const auto [effective, custom] = host.registrations().awakeWindow(endpoint);
            done(AwakeWindow{effective, custom});
        },
        [done](Error error) { done(std::unexpected(std::move(error))); });
}

Expected<std::vector<store::Sample>> LocalEngine::telemetry(const store::SampleQuery& query)
{
    return m_store->samples(query);
}

Expected<std::vector<store::SampleBucket>> LocalEngine::telemetryBuckets(const store::SampleQuery& query,
                                                                        std::int64_t bucketMs)
{
    return m_store->sampleBuckets(query, bucketMs);
}

Expected<std::vector<store::EventRecord>> LocalEngine::eventsSince(std::int64_t afterId, int limit)
{
    return m_store->eventsSince(afterId, limit);
}

Expected<std::vector<store::EventCount>> LocalEngine::eventCounts(const std::string& kind, std::int64_t fromMs,
                                                                  std::int64_t toMs, std::int64_t bucketMs)
{
    return m_store->eventCounts(kind, fromMs, toMs, bucketMs);
}

Expected<std::vector<store::EventRecord>> LocalEngine::deviceEventsSince(const std::string& endpoint,
                                                                         std::int64_t afterId, int limit)
{
    return m_store->deviceEventsSince(endpoint, afterId, limit);
}

void LocalEngine::setCredential(store::Credential credential, Done<void> done)
{
    onEngine([credential = std::move(credential), done = std::move(done)](EngineHost& host) mutable {
        if (auto stored = host.setCredential(std::move(credential)); !stored) {
            done(stored);
            return;
        }
        host.answerAfterCommit(done);
    });
}

void LocalEngine::importCredentials(std::vector<store::Credential> credentials, Done<std::size_t> done)
{
    onEngine([credentials = std::move(credentials), done = std::move(done)](EngineHost& host) mutable {
        auto imported = host.importCredentials(std::move(credentials));
        if (!imported) {
            done(imported);
            return;
        }
        host.answerAfterCommit([done, count = *imported](Expected<void> committed) {
            if (!committed)
                return done(std::unexpected(committed.error()));
            done(count);
        });
    });
}

void LocalEngine::removeCredential(const std::string& endpoint, Done<void> done)
{
    onEngine([endpoint, done = std::move(done)](EngineHost& host) {
        if (auto removed = host.removeCredential(endpoint); !removed) {
            done(removed);
            return;
        }
        host.afterCommit([done] { done({}); });
    });
}

EngineHealth LocalEngine::health()
{
    EngineHealth health;
    if (m_host != nullptr) {
        health.devicesOnline = m_host->table().onlineCount();
        health.devicesSleeping = m_host->table().sleepingCount();
    }
    {
        const std::lock_guard lock(m_knownDevicesMutex);
        if (!m_knownDevicesAge.isValid() || m_knownDevicesAge.elapsed() >= kKnownDevicesMaxAgeMs) {
            store::DeviceQuery all;
            all.limit = 1;
            if (auto page = m_store->listDevices(all))
                m_knownDevices = page->total;
            m_knownDevicesAge.start();
        }
        health.devicesKnown = m_knownDevices;
    }
    const store::WriterStats stats = m_store->stats();
    health.storeEnqueued = stats.enqueued;
    health.storeDurable = stats.durable;
    health.uptimeMs = m_uptime.elapsed();
    if (stats.failure) {
        health.diskFull = stats.failure->code == ErrorCode::StorageFull;
        health.degraded = (health.diskFull ? "the store cannot write, the disk is full: "
                                           : "the store cannot write (I/O error): ") +
                          stats.failure->message;
    }
    return health;
}

} // namespace hangar::engine
