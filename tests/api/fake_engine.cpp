#include "fake_engine.h"

#include "lwm2m/ddf_loader.h"

#include <algorithm>

namespace hangar::api::test {

FakeEngine::FakeEngine()
{
    lwm2m::DdfLoader(m_models).loadBuiltin();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FakeEngine::~FakeEngine()
{
    m_thread.quit();
    m_thread.wait();
}

bool FakeEngine::known(const std::string& endpoint) const
{
    return std::any_of(devices.begin(), devices.end(),
                       [&](const auto& d) { return d.endpoint == endpoint; });
}

void FakeEngine::complete(std::function<void()> completion)
{
    auto wrapped = [this, completion = std::move(completion)] {
        {
            std::lock_guard lock(m_mutex);
            completionThreads.push_back(QThread::currentThread());
        }
        completion();
    };
    if (holdCompletions) {
        std::lock_guard lock(m_mutex);
        m_held.push_back(std::move(wrapped));
        return;
    }
    QMetaObject::invokeMethod(m_worker, std::move(wrapped), Qt::QueuedConnection);
}

void FakeEngine::releaseHeld()
{
    std::vector<std::function<void()>> held;
    {
        std::lock_guard lock(m_mutex);
        held.swap(m_held);
    }
    for (auto& completion : held)
        QMetaObject::invokeMethod(m_worker, std::move(completion), Qt::QueuedConnection);
}

Expected<store::DevicePage> FakeEngine::listDevices(const store::DeviceQuery& query)
{
    std::vector<store::DeviceRecord> matching;
    for (const auto& d : devices) {
        if (!query.text.empty() && d.endpoint.find(query.text) == std::string::npos)
            continue;
        if (query.status && d.status != *query.status)
            continue;
        matching.push_back(d);
    }
    std::sort(matching.begin(), matching.end(),
              [](const auto& a, const auto& b) { return a.endpoint < b.endpoint; });
    store::DevicePage page;
    page.total = static_cast<std::int64_t>(matching.size());
    for (std::size_t i = static_cast<std::size_t>(query.offset);
         i < matching.size() && page.items.size() < static_cast<std::size_t>(query.limit); ++i)
        page.items.push_back(matching[i]);
    return page;
}

Expected<store::DeviceRecord> FakeEngine::device(const std::string& endpoint)
{
    for (const auto& d : devices) {
        if (d.endpoint == endpoint)
            return d;
    }
    return fail(ErrorCode::NotFound, "no device \"" + endpoint + "\"");
}

void FakeEngine::forgetDevice(const std::string& endpoint, engine::Done<void> done)
{
    const bool found = known(endpoint);
    std::erase_if(devices, [&](const auto& d) { return d.endpoint == endpoint; });
    complete([done, found, endpoint] {
        if (found)
            done({});
        else
            done(fail(ErrorCode::NotFound, "no device \"" + endpoint + "\""));
    });
}

void FakeEngine::read(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                      const engine::ReadOptions& options, engine::Done<engine::ReadResult> done)
{
    lastReadOptions = options;
    lastPath = path;
    engine::ReadResult result;
    result.format = options.format.value_or(readFormat);
    result.values = readValues;
    result.fromCache = options.cacheOnly;
    result.timeMs = 1'700'000'000'000;
    const bool found = known(endpoint);
    complete([done, result, found] {
        if (found)
            done(result);
        else
            done(fail(ErrorCode::NotFound, "no device"));
    });
}

void FakeEngine::write(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                       lwm2m::PathValues values, const engine::WriteOptions& options,
                       engine::Done<void> done)
{
    lastPath = path;
    lastWrittenValues = values;
    lastWriteOptions = options;
    const bool found = known(endpoint);
    complete([done, found] { found ? done({}) : done(fail(ErrorCode::NotFound, "no device")); });
}

void FakeEngine::execute(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         std::string arguments, engine::Done<void> done)
{
    lastPath = path;
    lastArguments = arguments;
    const bool found = known(endpoint);
    complete([done, found] { found ? done({}) : done(fail(ErrorCode::NotFound, "no device")); });
}

void FakeEngine::discover(const std::string&, const lwm2m::LwM2mPath&,
                          engine::Done<std::string> done)
{
    complete([done] { done(std::string("</3/0>")); });
}

void FakeEngine::create(const std::string&, const lwm2m::LwM2mPath& objectPath, lwm2m::PathValues,
                        engine::Done<lwm2m::LwM2mPath> done)
{
    complete([done, objectPath] { done(objectPath); });
}

void FakeEngine::remove(const std::string&, const lwm2m::LwM2mPath&, engine::Done<void> done)
{
    complete([done] { done({}); });
}

void FakeEngine::writeAttributes(const std::string&, const lwm2m::LwM2mPath&,
                                 const engine::NotificationAttributes& attributes,
                                 engine::Done<void> done)
{
    lastAttributes = attributes;
    complete([done] { done({}); });
}

void FakeEngine::observe(const std::string& endpoint, const lwm2m::LwM2mPath& path,
                         const engine::NotificationAttributes& attributes,
                         engine::Done<engine::ReadResult> done)
{
    lastPath = path;
    lastAttributes = attributes;
    engine::ReadResult result;
    result.format = readFormat;
    result.values = readValues;
    const bool found = known(endpoint);
    complete([done, result, found] {
        found ? done(result) : done(fail(ErrorCode::NotFound, "no device"));
    });
}

void FakeEngine::cancelObservation(const std::string&, const lwm2m::LwM2mPath& path,
                                   engine::Done<void> done)
{
    lastPath = path;
    cancelled = true;
    complete([done] { done({}); });
}

Expected<std::vector<store::Sample>> FakeEngine::telemetry(const store::SampleQuery& query)
{
    lastSampleQuery = query;
    std::vector<store::Sample> found;
    for (const auto& s : samples) {
        if (s.endpoint == query.endpoint && s.path == query.path && s.timeMs >= query.fromMs &&
            s.timeMs <= query.toMs && found.size() < static_cast<std::size_t>(query.limit))
            found.push_back(s);
    }
    return found;
}

Expected<std::vector<store::EventRecord>> FakeEngine::eventsSince(std::int64_t afterId, int limit)
{
    std::vector<store::EventRecord> found;
    for (const auto& e : events) {
        if (e.id > afterId && found.size() < static_cast<std::size_t>(limit))
            found.push_back(e);
    }
    return found;
}

void FakeEngine::setCredential(store::Credential credential, engine::Done<void> done)
{
    credentials.push_back(std::move(credential));
    complete([done] { done({}); });
}

void FakeEngine::importCredentials(std::vector<store::Credential> list,
                                   engine::Done<std::size_t> done)
{
    const std::size_t count = list.size();
    for (auto& c : list)
        credentials.push_back(std::move(c));
    complete([done, count] { done(count); });
}

engine::EngineHealth FakeEngine::health()
{
    engine::EngineHealth h;
    h.devicesOnline = 2;
    h.devicesKnown = static_cast<std::int64_t>(devices.size());
    h.uptimeMs = 1234;
    return h;
}

} // namespace hangar::api::test
