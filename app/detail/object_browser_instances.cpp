// The object browser's instance management (Create / Delete, LwM2M 1.1 §5.4.5–5.4.6) and its
// view of the engine's observations.
#include "detail/create_instance_dialog.h"
#include "detail/object_browser.h"
#include "services/app_services.h"
#include "services/gui_callback.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace hangar::app {

namespace {

constexpr std::uint16_t kSecurityObject = 0;

std::set<std::uint16_t> instancesOf(const ObjectTreeModel& model, const lwm2m::LwM2mPath& object)
{
    std::set<std::uint16_t> ids;
    const QModelIndex parent = model.indexOf(object);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (const ObjectNode* instance = model.node(model.index(row, 0, parent)))
            ids.insert(instance->path.instanceId());
    }
    return ids;
}

} // namespace

void ObjectBrowser::refuse(DeviceOperation operation, const lwm2m::LwM2mPath& path, const QString& reason)
{
    const quint64 id = m_activity->begin(operation, QString::fromStdString(path.toString()), false);
    m_activity->finish(id, false, reason);
    m_model->setRequestState(path, RequestState::Failed, reason);
}

void ObjectBrowser::createInstanceSelected()
{
    const ObjectNode* node = selectedNode();
    if (node == nullptr || !m_createAction->isEnabled() || node->object == nullptr)
        return;
    const lwm2m::LwM2mPath object = node->path.truncated(1);
    const std::set<std::uint16_t> existing = instancesOf(*m_model, object);
    if (!node->object->multipleInstances && !existing.empty())
        return refuse(DeviceOperation::Create, object,
                      tr("%1 holds a single instance, which exists already; it cannot have another.")
                          .arg(QString::fromStdString(node->object->name)));
    auto* dialog = new CreateInstanceDialog(describe(*node), *node->object, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, object] {
        createInstance(object, dialog->instanceId(), dialog->values());
    });
    dialog->open();
}

void ObjectBrowser::createInstance(const lwm2m::LwM2mPath& object, std::optional<std::uint16_t> instanceId,
                                   lwm2m::PathValues values)
{
    const QString pending = instanceId ? tr("creating instance %1…").arg(*instanceId)
                                       : tr("creating an instance (the device picks the id)…");
    const quint64 id = begin(DeviceOperation::Create, object, pending);
    if (instanceId && values.empty())
        // An empty payload lets the device pick: name the instance with a value-less entry
        // (an empty object instance in TLV).
        values.push_back({lwm2m::LwM2mPath(object.objectId(), *instanceId), lwm2m::Value(), std::nullopt});
    m_services.engine().create(
        m_endpoint, object, std::move(values),
        onGui<lwm2m::LwM2mPath>(this, [this, id, object](Expected<lwm2m::LwM2mPath> created) {
            if (!created) {
                finish(id, object, &created.error(), {});
                return;
            }
            m_deleted.erase(*created);
            m_model->addInstance(*created);
            finish(id, object, nullptr, tr("created %1").arg(QString::fromStdString(created->toString())));
            read(object);
            selectPath(*created);
        }));
}

std::optional<QString> ObjectBrowser::deleteRefusal(const lwm2m::LwM2mPath& instance) const
{
    const ObjectNode* node = m_model->node(instance);
    if (node == nullptr || !instance.isObjectInstance())
        return tr("Only object instances can be deleted.");
    if (instance.objectId() == kSecurityObject)
        return tr("Security instances belong to the bootstrap server; a management server must not delete them.");
    if (node->object == nullptr || !node->object->mandatory)
        return std::nullopt;
    const QString name = QString::fromStdString(node->object->name);
    if (!node->object->multipleInstances)
        return tr("%1 is a mandatory single-instance object: the device must keep its instance.").arg(name);
    if (instancesOf(*m_model, instance.truncated(1)).size() <= 1)
        return tr("%1 is a mandatory object: the device must keep at least one instance.").arg(name);
    return std::nullopt;
}

void ObjectBrowser::deleteInstanceSelected()
{
    const ObjectNode* node = selectedNode();
    if (node == nullptr || !m_deleteAction->isEnabled())
        return;
    const lwm2m::LwM2mPath instance = node->path;
    if (const auto refusal = deleteRefusal(instance))
        return refuse(DeviceOperation::Delete, instance, *refusal);
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Delete instance"),
                                    tr("Delete %1 on the device? Its resources and values are gone for good.")
                                        .arg(describe(*node)),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->button(QMessageBox::Yes)->setText(tr("&Delete"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, instance](int result) {
        if (result == QMessageBox::Yes)
            deleteInstance(instance);
    });
    confirm->open();
}

void ObjectBrowser::deleteInstance(const lwm2m::LwM2mPath& instance)
{
    if (const auto refusal = deleteRefusal(instance))
        return refuse(DeviceOperation::Delete, instance, *refusal);
    const quint64 id = begin(DeviceOperation::Delete, instance, tr("deleting…"));
    m_services.engine().remove(
        m_endpoint, instance, onGui<void>(this, [this, id, instance](Expected<void> result) {
            if (!result) {
                finish(id, instance, &result.error(), {});
                return;
            }
            const lwm2m::LwM2mPath object = instance.truncated(1);
            m_deleted.insert(instance);
            m_model->removeInstance(instance);
            // The instance's row is gone: the object shows the result.
            finish(id, object, nullptr, tr("deleted %1").arg(QString::fromStdString(instance.toString())));
            read(object);
            updateActions();
        }));
}

lwm2m::RegistrationLinks ObjectBrowser::withoutDeleted(lwm2m::RegistrationLinks links)
{
    // Until the device's Update drops a deleted instance from its links, do not show it again.
    std::set<lwm2m::LwM2mPath> stillListed;
    for (lwm2m::RegisteredObject& object : links.objects) {
        std::erase_if(object.instanceIds, [&](std::uint16_t instance) {
            const lwm2m::LwM2mPath path(object.id, instance);
            if (!m_deleted.contains(path))
                return false;
            stillListed.insert(path);
            return true;
        });
    }
    m_deleted = std::move(stillListed);
    return links;
}

void ObjectBrowser::observationsChanged(const std::vector<std::string>& endpoints)
{
    if (std::find(endpoints.begin(), endpoints.end(), m_endpoint) != endpoints.end())
        syncObservations();
}

void ObjectBrowser::syncObservations()
{
    if (m_syncing) {
        m_syncAgain = true;
        return;
    }
    m_syncing = true;
    m_services.engine().observations(
        m_endpoint, onGui<std::vector<engine::ObservationInfo>>(
                        this, [this](Expected<std::vector<engine::ObservationInfo>> observations) {
                            m_syncing = false;
                            if (observations)
                                m_model->setObservations(*observations);
                            if (std::exchange(m_syncAgain, false))
                                syncObservations();
                            updateActions();
                        }));
}

} // namespace hangar::app
