// The object browser's requests to the device: every engine answer comes back on the engine
// thread and is handed to the GUI thread through onGui before it touches a model.
#include "detail/discover_dialog.h"
#include "detail/object_browser.h"
#include "detail/resource_value_text.h"
#include "services/app_services.h"
#include "services/gui_callback.h"

#include <QDateTime>

namespace hangar::app {

bool ObjectBrowser::sleeping() const
{
    return m_hasDevice && m_device.status == store::DeviceStatus::Sleeping;
}

quint64 ObjectBrowser::begin(DeviceOperation operation, const lwm2m::LwM2mPath& path, const QString& pendingText)
{
    const bool queued = sleeping();
    m_model->setRequestState(path, RequestState::Pending, queued ? tr("queued until the device wakes") : pendingText);
    return m_activity->begin(operation, QString::fromStdString(path.toString()), queued);
}

void ObjectBrowser::finish(quint64 id, const lwm2m::LwM2mPath& path, const Error* error, const QString& doneText)
{
    const QString detail = error ? QString::fromStdString(error->message) : doneText;
    m_activity->finish(id, error == nullptr, detail);
    m_model->setRequestState(path, error ? RequestState::Failed : RequestState::Done, detail);
}

void ObjectBrowser::refresh()
{
    if (!m_hasDevice)
        return;
    loadCache(lwm2m::LwM2mPath());
    if (m_device.status == store::DeviceStatus::Registered)
        readAllObjects();
}

void ObjectBrowser::loadCache(const lwm2m::LwM2mPath& under)
{
    // The cache answer is a store query on the calling thread: run it on a worker. The callback
    // is wrapped here, on the GUI thread, where it is safe to guard `this`.
    engine::Done<engine::ReadResult> done =
        onGui<engine::ReadResult>(this, [this, under](Expected<engine::ReadResult> result) {
            if (result)
                m_model->applyValues(under, result->values, result->timeMs, false);
        });
    engine::Engine* engine = &m_services.engine();
    m_services.query<int>(
        this,
        [engine, endpoint = m_endpoint, under, done = std::move(done)] {
            engine::ReadOptions options;
            options.cacheOnly = true;
            engine->read(endpoint, under, options, done);
            return 0;
        },
        [](int) {});
}

void ObjectBrowser::readAllObjects()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ObjectNode* object = m_model->node(m_model->index(row, 0));
        // The Security object is never readable by a management server (LwM2M 1.1 §E.1).
        if (object != nullptr && object->path.objectId() != 0)
            read(object->path);
    }
}

void ObjectBrowser::pollObserved()
{
    // Notifications land in the value cache; the engine signals no values, so poll the cache.
    for (const lwm2m::LwM2mPath& path : m_model->observedPaths())
        loadCache(path);
}

void ObjectBrowser::read(const lwm2m::LwM2mPath& path)
{
    const quint64 id = begin(DeviceOperation::Read, path, tr("reading…"));
    m_services.engine().read(
        m_endpoint, path, {}, onGui<engine::ReadResult>(this, [this, id, path](Expected<engine::ReadResult> result) {
            if (!result) {
                finish(id, path, &result.error(), {});
                return;
            }
            m_model->applyValues(path, result->values, result->timeMs, true);
            finish(id, path, nullptr, tr("values: %1").arg(result->values.size()));
        }));
}

void ObjectBrowser::write(const lwm2m::LwM2mPath& path, lwm2m::Value value)
{
    const quint64 id = begin(DeviceOperation::Write, path, tr("writing…"));
    const QString shown = displayValue(value);
    lwm2m::PathValues values{{path, value, std::nullopt}};
    m_services.engine().write(
        m_endpoint, path, std::move(values), {},
        onGui<void>(this, [this, id, path, value, shown](Expected<void> result) {
            if (!result) {
                finish(id, path, &result.error(), {});
                return;
            }
            m_model->applyValues(path, {{path, value, std::nullopt}}, QDateTime::currentMSecsSinceEpoch(), false);
            finish(id, path, nullptr, tr("wrote %1").arg(shown));
        }));
}

void ObjectBrowser::execute(const lwm2m::LwM2mPath& path, const QString& arguments)
{
    const quint64 id = begin(DeviceOperation::Execute, path, tr("executing…"));
    m_services.engine().execute(m_endpoint, path, arguments.toStdString(),
                                onGui<void>(this, [this, id, path](Expected<void> result) {
                                    finish(id, path, result ? nullptr : &result.error(), tr("executed"));
                                }));
}

void ObjectBrowser::observe(const lwm2m::LwM2mPath& path, const engine::NotificationAttributes& attributes)
{
    const quint64 id = begin(DeviceOperation::Observe, path, tr("starting observation…"));
    m_services.engine().observe(
        m_endpoint, path, attributes,
        onGui<engine::ReadResult>(this, [this, id, path](Expected<engine::ReadResult> result) {
            if (!result) {
                finish(id, path, &result.error(), {});
                return;
            }
            m_model->applyValues(path, result->values, result->timeMs, true);
            m_model->setObserved(path, true);
            finish(id, path, nullptr, tr("observation started"));
            updateActions();
        }));
}

void ObjectBrowser::cancelObservation(const lwm2m::LwM2mPath& path)
{
    const quint64 id = begin(DeviceOperation::CancelObservation, path, tr("cancelling observation…"));
    m_services.engine().cancelObservation(m_endpoint, path, onGui<void>(this, [this, id, path](Expected<void> result) {
                                              if (result)
                                                  m_model->setObserved(path, false);
                                              finish(id, path, result ? nullptr : &result.error(),
                                                     tr("observation cancelled"));
                                              updateActions();
                                          }));
}

void ObjectBrowser::discover(const lwm2m::LwM2mPath& path)
{
    const quint64 id = begin(DeviceOperation::Discover, path, tr("discovering…"));
    m_services.engine().discover(
        m_endpoint, path, onGui<std::string>(this, [this, id, path](Expected<std::string> result) {
            if (!result) {
                finish(id, path, &result.error(), {});
                return;
            }
            const QString answer = QString::fromStdString(*result);
            finish(id, path, nullptr, tr("links: %1").arg(answer.count(QLatin1Char('<'))));
            const QString target = QString::fromStdString(path.toString());
            Q_EMIT discovered(target, answer);
            auto* dialog = new DiscoverDialog(target, answer, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }));
}

} // namespace hangar::app
