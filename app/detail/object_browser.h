#pragma once

#include "detail/activity_model.h"
#include "detail/object_tree_model.h"

#include "engine/device_request_types.h"
#include "engine/observation_info.h"
#include "store/store_records.h"

#include <QWidget>

#include <set>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;

namespace hangar::app {

class AppServices;

/// The object browser of one device: its objects, instances and resources as a tree with
/// names, units, types and access rights from the object models and the latest values (value
/// cache first, then live reads), and the requests a user sends on the selected node — read,
/// write (type-checked editor), execute (optional arguments), observe with attributes, cancel
/// observation, discover, create and delete object instances — each logged with pending / done /
/// failed in the activity list. Observed nodes follow the engine's list of observations (also
/// those started by the REST API or another view), updated on Engine::observationsChanged.
/// Engine answers come back through onGui, so the GUI never waits for a device.
class ObjectBrowser : public QWidget
{
    Q_OBJECT

public:
    ObjectBrowser(AppServices& services, const QString& endpoint, QWidget* parent = nullptr);
    ~ObjectBrowser() override;

    /// Takes the device's registration: adds announced objects and instances; the first call
    /// loads the value cache and, for an awake device, reads every object live.
    void setDevice(const store::DeviceRecord& device);

    ObjectTreeModel& model() const { return *m_model; }
    ActivityModel& activity() const { return *m_activity; }
    QTreeView* tree() const { return m_tree; }
    /// Selects (and scrolls to) the node of `path`; false when it is not in the tree.
    bool selectPath(const lwm2m::LwM2mPath& path);

    // Requests on one path; each is logged and shown on its node.
    void read(const lwm2m::LwM2mPath& path);
    void write(const lwm2m::LwM2mPath& path, lwm2m::Value value);
    void execute(const lwm2m::LwM2mPath& path, const QString& arguments);
    void observe(const lwm2m::LwM2mPath& path, const engine::NotificationAttributes& attributes);
    void cancelObservation(const lwm2m::LwM2mPath& path);
    void discover(const lwm2m::LwM2mPath& path);
    /// Creates an instance of `object` (`instanceId` empty: the device picks) with `values`,
    /// then reads the object again.
    void createInstance(const lwm2m::LwM2mPath& object, std::optional<std::uint16_t> instanceId,
                        lwm2m::PathValues values);
    /// Deletes an object instance unless the object model forbids it (then the node shows why),
    /// then reads the object again.
    void deleteInstance(const lwm2m::LwM2mPath& instance);
    /// Why the client refuses to delete `instance` (mandatory or Security object), or nothing.
    std::optional<QString> deleteRefusal(const lwm2m::LwM2mPath& instance) const;

public Q_SLOTS:
    /// Loads the value cache again and reads every object of an awake device.
    void refresh();
    /// The toolbar actions on the selected node; write, execute and observe open a dialog first.
    void readSelected();
    void writeSelected();
    void executeSelected();
    void observeSelected();
    void cancelObservationSelected();
    void discoverSelected();
    /// Opens the create dialog for the selected object.
    void createInstanceSelected();
    /// Asks for confirmation, then deletes the selected object instance.
    void deleteInstanceSelected();
    /// Asks the engine which observations it holds for the device and marks them.
    void syncObservations();

Q_SIGNALS:
    /// The user asked to chart an observed numeric resource.
    void chartRequested(const QString& endpoint, const QString& path);
    /// A Discover answer arrived (it is also shown in a dialog).
    void discovered(const QString& path, const QString& answer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void updateActions();
    void showContextMenu(const QPoint& position);
    void activated(const QModelIndex& index);
    const ObjectNode* selectedNode() const;
    QString describe(const ObjectNode& node) const;

    // object_browser_requests.cpp
    bool sleeping() const;
    quint64 begin(DeviceOperation operation, const lwm2m::LwM2mPath& path, const QString& pendingText);
    void finish(quint64 id, const lwm2m::LwM2mPath& path, const Error* error, const QString& doneText);
    void loadCache(const lwm2m::LwM2mPath& under);
    void readAllObjects();
    void pollObserved();
    void refuse(DeviceOperation operation, const lwm2m::LwM2mPath& path, const QString& reason);
    void observationsChanged(const std::vector<std::string>& endpoints);
    lwm2m::RegistrationLinks withoutDeleted(lwm2m::RegistrationLinks links);

    AppServices& m_services;
    std::string m_endpoint;
    store::DeviceRecord m_device;
    bool m_hasDevice = false;
    bool m_syncing = false;
    bool m_syncAgain = false;
    /// Instances deleted here that the device's registration may still list for a while.
    std::set<lwm2m::LwM2mPath> m_deleted;
    ObjectTreeModel* m_model = nullptr;
    ActivityModel* m_activity = nullptr;

    QToolBar* m_toolbar = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_activityLabel = nullptr;
    QTableView* m_activityTable = nullptr;
    QTimer* m_pollTimer = nullptr;

    QAction* m_readAction = nullptr;
    QAction* m_writeAction = nullptr;
    QAction* m_executeAction = nullptr;
    QAction* m_observeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_discoverAction = nullptr;
    QAction* m_createAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_chartAction = nullptr;
};

} // namespace hangar::app
