#pragma once

#include "engine/observation_info.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"
#include "lwm2m/registration_links.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace hangar::app {

enum class ObjectColumn : int { Name = 0, Value, Unit, Type, Access, Status };
inline constexpr int kObjectColumnCount = 6;

/// Where the last request on a node stands. 0 is never a valid state.
enum class RequestState : std::uint8_t {
    Idle = 1, ///< nothing asked yet
    Pending,
    Done,
    Failed,
};

/// One row of the object browser: an object, object instance, resource or resource instance.
struct ObjectNode
{
    lwm2m::LwM2mPath path;
    const lwm2m::ObjectModel* object = nullptr;     ///< nullptr when the object has no model
    const lwm2m::ResourceModel* resource = nullptr; ///< resources and resource instances
    std::optional<lwm2m::Value> value;
    std::int64_t valueTimeMs = 0;
    RequestState state = RequestState::Idle;
    QString stateText; ///< what the last request did (pending text, result or error)
    bool observed = false;
    QString observation; ///< what the engine reports about its observation (attributes, since)
    bool absent = false; ///< a complete read of its instance did not list this resource
    ObjectNode* parent = nullptr;
    std::vector<std::unique_ptr<ObjectNode>> children; ///< ascending by id

    bool isMultipleResource() const { return path.isResource() && resource && resource->multiple; }
    bool readable() const;
    bool writable() const;   ///< a single writable resource or an instance of a writable multiple one
    bool executable() const;
    /// The value type for writes (None for objects, instances and executables).
    lwm2m::ResourceType type() const { return resource ? resource->type : lwm2m::ResourceType::None; }
};

/// The device's data model as a tree (object → instance → resource → resource instance) with
/// names, units, types and access rights from the object models, the latest values and the state
/// of the last request per node. Fed by the object browser; values and rows only ever grow
/// or change in place, except resource instances that a complete read no longer lists.
class ObjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1; ///< the node's path as text ("/3/0/1")

    explicit ObjectTreeModel(const lwm2m::ObjectRegistry& models, QObject* parent = nullptr);
    ~ObjectTreeModel() override;

    /// Adds the announced objects and instances (each instance with every resource its model
    /// defines). Nodes already present stay, so that a registration update keeps values.
    void setRegisteredObjects(const lwm2m::RegistrationLinks& links);
    /// Stores values below `scope`, adding missing nodes. `complete` (a device read of `scope`):
    /// resource instances below `scope` that `values` does not list are removed.
    void applyValues(const lwm2m::LwM2mPath& scope, const lwm2m::PathValues& values, std::int64_t timeMs,
                     bool complete);
    /// Shows where a request on `path` stands; `text` is the pending text, result or error.
    /// Paths not in the tree are ignored (the activity list still shows the request).
    void setRequestState(const lwm2m::LwM2mPath& path, RequestState state, const QString& text);
    void setObserved(const lwm2m::LwM2mPath& path, bool observed);
    /// Marks exactly these paths observed (the engine's list, whoever started them), adding
    /// nodes that are missing; every other node becomes unobserved.
    void setObservations(const std::vector<engine::ObservationInfo>& observations);
    std::vector<lwm2m::LwM2mPath> observedPaths() const;
    /// Removes an object instance and everything below it (after a Delete); false if absent.
    bool removeInstance(const lwm2m::LwM2mPath& instance);
    /// Adds an object instance with the resources of its model (after a Create).
    void addInstance(const lwm2m::LwM2mPath& instance);

    /// The node behind `index`, nullptr for an invalid index.
    const ObjectNode* node(const QModelIndex& index) const;
    const ObjectNode* node(const lwm2m::LwM2mPath& path) const;
    QModelIndex indexOf(const lwm2m::LwM2mPath& path, int column = 0) const;
    /// The unit of a resource: its model's, or for IPSO sensor values the instance's 5701 value.
    QString unitOf(const ObjectNode& node) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    ObjectNode* find(const lwm2m::LwM2mPath& path) const;
    ObjectNode* ensure(const lwm2m::LwM2mPath& path);
    std::unique_ptr<ObjectNode> makeNode(ObjectNode& parent, std::uint16_t id);
    void removeChild(ObjectNode& parent, int row);
    void forgetSubtree(const ObjectNode& node);
    void markAbsent(const lwm2m::LwM2mPath& scope, const std::set<lwm2m::LwM2mPath>& listed);
    int rowOf(const ObjectNode& node) const;
    QModelIndex indexOf(const ObjectNode& node, int column) const;
    void emitRowChanged(const ObjectNode& node);
    QString nameOf(const ObjectNode& node) const;
    QString statusOf(const ObjectNode& node) const;
    static QString describeObservation(const engine::ObservationInfo& observation);
    QVariant cellText(const ObjectNode& node, ObjectColumn column) const;

    const lwm2m::ObjectRegistry& m_models;
    ObjectNode m_root;
    std::map<lwm2m::LwM2mPath, ObjectNode*> m_byPath;
    QIcon m_observedIcon; ///< one instance, so its rendered pixmaps are cached across paints
};

} // namespace hangar::app
