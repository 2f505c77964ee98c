#include "detail/object_tree_model.h"

#include "detail/resource_value_text.h"
#include "shell/palette_colors.h"
#include "shell/themed_icon.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <set>

namespace hangar::app {

namespace {

constexpr std::uint16_t kSensorUnitsResource = 5701;

/// IPSO sensor resources whose unit is the instance's "Sensor Units" (5701) value.
bool takesSensorUnits(std::uint16_t resourceId)
{
    return resourceId == 5700 || (resourceId >= 5601 && resourceId <= 5604);
}

std::uint16_t ownId(const ObjectNode& node)
{
    return node.path.id(node.path.depth() - 1);
}

} // namespace

bool ObjectNode::readable() const
{
    if (path.depth() < 3)
        return true;
    return resource == nullptr || lwm2m::isReadable(resource->operations);
}

bool ObjectNode::writable() const
{
    if (resource == nullptr || !lwm2m::isWritable(resource->operations))
        return false;
    return path.isResourceInstance() || (path.isResource() && !resource->multiple);
}

bool ObjectNode::executable() const
{
    return path.isResource() && resource != nullptr && lwm2m::isExecutable(resource->operations);
}

ObjectTreeModel::ObjectTreeModel(const lwm2m::ObjectRegistry& models, QObject* parent)
    : QAbstractItemModel(parent), m_models(models), m_observedIcon(themedIcon(QStringLiteral("observe")))
{
}

ObjectTreeModel::~ObjectTreeModel() = default;

void ObjectTreeModel::setRegisteredObjects(const lwm2m::RegistrationLinks& links)
{
    for (const lwm2m::RegisteredObject& object : links.objects) {
        ensure(lwm2m::LwM2mPath(object.id));
        for (const std::uint16_t instance : object.instanceIds)
            ensure(lwm2m::LwM2mPath(object.id, instance));
    }
}

void ObjectTreeModel::applyValues(const lwm2m::LwM2mPath& scope, const lwm2m::PathValues& values,
                                  std::int64_t timeMs, bool complete)
{
    std::set<lwm2m::LwM2mPath> listed;
    std::set<ObjectNode*> unitParents;
    for (const lwm2m::PathValue& entry : values) {
        if (entry.path.isRoot())
            continue;
        ObjectNode* target = ensure(entry.path);
        listed.insert(entry.path);
        if (entry.value.isNone() || entry.path.depth() < 3)
            continue;
        if (timeMs < target->valueTimeMs)
            continue; // an older answer (e.g. the cache) never hides a newer value
        if (target->value == entry.value) {
            target->valueTimeMs = timeMs;
            continue;
        }
        target->value = entry.value;
        target->valueTimeMs = timeMs;
        emitRowChanged(*target);
        if (entry.path.isResource() && entry.path.resourceId() == kSensorUnitsResource)
            unitParents.insert(target->parent);
    }
    for (ObjectNode* instance : unitParents) {
        if (!instance->children.empty())
            Q_EMIT dataChanged(indexOf(*instance->children.front(), static_cast<int>(ObjectColumn::Unit)),
                               indexOf(*instance->children.back(), static_cast<int>(ObjectColumn::Unit)));
    }
    if (!complete || scope.isResourceInstance())
        return;
    markAbsent(scope, listed);
    // A complete answer lists every resource instance that exists below the scope.
    std::vector<ObjectNode*> multiples;
    for (auto it = m_byPath.lower_bound(scope); it != m_byPath.end() && it->first.startsWith(scope); ++it) {
        if (it->second->isMultipleResource())
            multiples.push_back(it->second);
    }
    for (ObjectNode* resource : multiples) {
        for (int row = static_cast<int>(resource->children.size()) - 1; row >= 0; --row) {
            if (!listed.contains(resource->children[static_cast<std::size_t>(row)]->path))
                removeChild(*resource, row);
        }
    }
}

void ObjectTreeModel::markAbsent(const lwm2m::LwM2mPath& scope, const std::set<lwm2m::LwM2mPath>& listed)
{
    std::set<lwm2m::LwM2mPath> listedResources;
    for (const lwm2m::LwM2mPath& path : listed) {
        if (path.depth() >= 3)
            listedResources.insert(path.truncated(3));
    }
    for (auto it = m_byPath.lower_bound(scope); it != m_byPath.end() && it->first.startsWith(scope); ++it) {
        ObjectNode& item = *it->second;
        if (!item.path.isResource() || !item.readable() || item.executable())
            continue;
        const bool absent = !listedResources.contains(item.path);
        if (absent != item.absent) {
            item.absent = absent;
            emitRowChanged(item);
        }
    }
}

void ObjectTreeModel::setRequestState(const lwm2m::LwM2mPath& path, RequestState state, const QString& text)
{
    ObjectNode* target = find(path);
    if (target == nullptr || target == &m_root)
        return;
    target->state = state;
    target->stateText = text;
    emitRowChanged(*target);
}

void ObjectTreeModel::setObserved(const lwm2m::LwM2mPath& path, bool observed)
{
    ObjectNode* target = find(path);
    if (target == nullptr || target == &m_root || target->observed == observed)
        return;
    target->observed = observed;
    emitRowChanged(*target);
}

void ObjectTreeModel::setObservations(const std::vector<engine::ObservationInfo>& observations)
{
    std::map<lwm2m::LwM2mPath, QString> wanted;
    for (const engine::ObservationInfo& observation : observations) {
        if (!observation.path.isRoot())
            wanted.emplace(observation.path, describeObservation(observation));
    }
    for (const auto& [path, text] : wanted)
        ensure(path);
    for (const auto& [path, node] : m_byPath) {
        const auto found = wanted.find(path);
        const bool observed = found != wanted.end();
        const QString text = observed ? found->second : QString();
        if (node->observed != observed || node->observation != text) {
            node->observed = observed;
            node->observation = text;
            emitRowChanged(*node);
        }
    }
}

bool ObjectTreeModel::removeInstance(const lwm2m::LwM2mPath& instance)
{
    ObjectNode* target = instance.isObjectInstance() ? find(instance) : nullptr;
    if (target == nullptr)
        return false;
    removeChild(*target->parent, rowOf(*target));
    return true;
}

void ObjectTreeModel::addInstance(const lwm2m::LwM2mPath& instance)
{
    if (instance.isObjectInstance())
        ensure(instance);
}

QString ObjectTreeModel::describeObservation(const engine::ObservationInfo& observation)
{
    QStringList parts;
    const engine::NotificationAttributes& given = observation.attributes;
    if (given.pminSec)
        parts << tr("pmin %1 s").arg(*given.pminSec);
    if (given.pmaxSec)
        parts << tr("pmax %1 s").arg(*given.pmaxSec);
    if (given.greaterThan)
        parts << tr("gt %1").arg(*given.greaterThan);
    if (given.lessThan)
        parts << tr("lt %1").arg(*given.lessThan);
    if (given.step)
        parts << tr("st %1").arg(*given.step);
    const QString attributes = parts.isEmpty() ? tr("the device's default attributes") : parts.join(tr(", "));
    const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(observation.sinceMs), QLocale::ShortFormat);
    return tr("Observed since %1 with %2").arg(since, attributes);
}

std::vector<lwm2m::LwM2mPath> ObjectTreeModel::observedPaths() const
{
    std::vector<lwm2m::LwM2mPath> paths;
    for (const auto& [path, node] : m_byPath) {
        if (node->observed)
            paths.push_back(path);
    }
    return paths;
}

const ObjectNode* ObjectTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const ObjectNode*>(index.internalPointer());
}

const ObjectNode* ObjectTreeModel::node(const lwm2m::LwM2mPath& path) const
{
    return find(path);
}

QModelIndex ObjectTreeModel::indexOf(const lwm2m::LwM2mPath& path, int column) const
{
    const ObjectNode* found = find(path);
    return found ? indexOf(*found, column) : QModelIndex();
}

QString ObjectTreeModel::unitOf(const ObjectNode& node) const
{
    if (node.resource == nullptr)
        return {};
    if (!node.resource->units.empty())
        return QString::fromStdString(node.resource->units);
    if (!takesSensorUnits(node.resource->id))
        return {};
    const lwm2m::LwM2mPath instance = node.path.truncated(2);
    const ObjectNode* units = find(lwm2m::LwM2mPath(instance.objectId(), instance.instanceId(), kSensorUnitsResource));
    if (units == nullptr || !units->value || units->value->type() != lwm2m::ResourceType::String)
        return {};
    return QString::fromStdString(units->value->asString());
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= kObjectColumnCount)
        return {};
    const ObjectNode* owner = parent.isValid() ? node(parent) : &m_root;
    if (owner == nullptr || parent.column() > 0 || row >= static_cast<int>(owner->children.size()))
        return {};
    return createIndex(row, column, owner->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ObjectTreeModel::parent(const QModelIndex& child) const
{
    const ObjectNode* item = node(child);
    if (item == nullptr || item->parent == nullptr || item->parent == &m_root)
        return {};
    return indexOf(*item->parent, 0);
}

int ObjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const ObjectNode* owner = parent.isValid() ? node(parent) : &m_root;
    return owner ? static_cast<int>(owner->children.size()) : 0;
}

int ObjectTreeModel::columnCount(const QModelIndex&) const
{
    return kObjectColumnCount;
}

QVariant ObjectTreeModel::data(const QModelIndex& index, int role) const
{
    const ObjectNode* item = node(index);
    if (item == nullptr)
        return {};
    const auto column = static_cast<ObjectColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*item, column);
    case Qt::ToolTipRole:
        if (column == ObjectColumn::Status && !item->stateText.isEmpty())
            return item->observed && !item->observation.isEmpty()
                       ? tr("%1\n%2").arg(item->stateText, item->observation)
                       : item->stateText;
        if (column == ObjectColumn::Status && item->observed && !item->observation.isEmpty())
            return item->observation;
        if (item->absent)
            return tr("The device did not report this resource when it was last read.");
        if (item->resource && item->path.depth() >= 3)
            return QString::fromStdString(item->resource->description);
        if (item->object && item->path.depth() <= 2)
            return QString::fromStdString(item->object->description);
        return {};
    case Qt::ForegroundRole:
        // Computed at paint time from the application palette, so a theme switch re-colours.
        if (column == ObjectColumn::Status && item->state == RequestState::Failed)
            return QBrush(errorTextColor(QGuiApplication::palette()));
        if (column == ObjectColumn::Status && item->state == RequestState::Pending)
            return QBrush(secondaryTextColor(QGuiApplication::palette()));
        if (item->absent && column != ObjectColumn::Status)
            return QBrush(secondaryTextColor(QGuiApplication::palette()));
        return {};
    case Qt::DecorationRole:
        if (column == ObjectColumn::Status && item->observed)
            return m_observedIcon;
        return {};
    case Qt::FontRole:
        if (column == ObjectColumn::Value && item->observed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PathRole:
        return QString::fromStdString(item->path.toString());
    default:
        return {};
    }
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<ObjectColumn>(section)) {
    case ObjectColumn::Name:
        return tr("Name");
    case ObjectColumn::Value:
        return tr("Value");
    case ObjectColumn::Unit:
        return tr("Unit");
    case ObjectColumn::Type:
        return tr("Type");
    case ObjectColumn::Access:
        return tr("Access");
    case ObjectColumn::Status:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags ObjectTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (const ObjectNode* item = node(index);
        item && (item->path.isResourceInstance() || (item->path.isResource() && !item->isMultipleResource())))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

ObjectNode* ObjectTreeModel::find(const lwm2m::LwM2mPath& path) const
{
    if (path.isRoot())
        return const_cast<ObjectNode*>(&m_root);
    const auto it = m_byPath.find(path);
    return it == m_byPath.end() ? nullptr : it->second;
}

ObjectNode* ObjectTreeModel::ensure(const lwm2m::LwM2mPath& path)
{
    if (ObjectNode* found = find(path))
        return found;
    ObjectNode* owner = ensure(path.parent());
    const std::uint16_t id = path.id(path.depth() - 1);
    auto position = std::lower_bound(owner->children.begin(), owner->children.end(), id,
                                     [](const std::unique_ptr<ObjectNode>& child, std::uint16_t wanted) {
                                         return ownId(*child) < wanted;
                                     });
    const int row = static_cast<int>(position - owner->children.begin());
    std::unique_ptr<ObjectNode> created = makeNode(*owner, id);
    ObjectNode* raw = created.get();
    beginInsertRows(owner == &m_root ? QModelIndex() : indexOf(*owner, 0), row, row);
    owner->children.insert(owner->children.begin() + row, std::move(created));
    endInsertRows();
    return raw;
}

std::unique_ptr<ObjectNode> ObjectTreeModel::makeNode(ObjectNode& parent, std::uint16_t id)
{
    auto created = std::make_unique<ObjectNode>();
    created->path = *parent.path.child(id);
    created->parent = &parent;
    created->object = parent.path.isRoot() ? m_models.object(id) : parent.object;
    if (created->path.isResource())
        created->resource = created->object ? created->object->resource(id) : nullptr;
    else if (created->path.isResourceInstance())
        created->resource = parent.resource;
    m_byPath.emplace(created->path, created.get());
    // A new instance lists every resource its model defines, values or not.
    if (created->path.isObjectInstance() && created->object != nullptr) {
        for (const auto& [resourceId, model] : created->object->resources)
            created->children.push_back(makeNode(*created, resourceId));
    }
    return created;
}

void ObjectTreeModel::removeChild(ObjectNode& parent, int row)
{
    beginRemoveRows(&parent == &m_root ? QModelIndex() : indexOf(parent, 0), row, row);
    forgetSubtree(*parent.children[static_cast<std::size_t>(row)]);
    parent.children.erase(parent.children.begin() + row);
    endRemoveRows();
}

void ObjectTreeModel::forgetSubtree(const ObjectNode& node)
{
    m_byPath.erase(node.path);
    for (const auto& child : node.children)
        forgetSubtree(*child);
}

int ObjectTreeModel::rowOf(const ObjectNode& node) const
{
    const auto& siblings = node.parent->children;
    const std::uint16_t id = ownId(node);
    const auto position = std::lower_bound(siblings.begin(), siblings.end(), id,
                                           [](const std::unique_ptr<ObjectNode>& child, std::uint16_t wanted) {
                                               return ownId(*child) < wanted;
                                           });
    return static_cast<int>(position - siblings.begin());
}

QModelIndex ObjectTreeModel::indexOf(const ObjectNode& node, int column) const
{
    if (&node == &m_root)
        return {};
    return createIndex(rowOf(node), column, const_cast<ObjectNode*>(&node));
}

void ObjectTreeModel::emitRowChanged(const ObjectNode& node)
{
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, kObjectColumnCount - 1));
}

QString ObjectTreeModel::nameOf(const ObjectNode& node) const
{
    const std::uint16_t id = ownId(node);
    switch (node.path.depth()) {
    case 1:
        return node.object ? tr("%1 (%2)").arg(QString::fromStdString(node.object->name)).arg(id)
                           : tr("Unknown object (%1)").arg(id);
    case 2:
        return tr("Instance %1").arg(id);
    case 3:
        return node.resource ? tr("%1 (%2)").arg(QString::fromStdString(node.resource->name)).arg(id)
                             : tr("Unknown resource (%1)").arg(id);
    default:
        return tr("[%1]").arg(id);
    }
}

QString ObjectTreeModel::statusOf(const ObjectNode& node) const
{
    switch (node.state) {
    case RequestState::Idle:
        return node.observed ? tr("observed") : QString();
    case RequestState::Pending:
        return node.stateText;
    case RequestState::Done:
        if (node.observed && node.valueTimeMs > 0)
            return tr("observed, last value %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(node.valueTimeMs).time(), QStringLiteral("HH:mm:ss")));
        return node.observed ? tr("observed") : node.stateText;
    case RequestState::Failed:
        return tr("failed: %1").arg(node.stateText);
    }
    return {};
}

QVariant ObjectTreeModel::cellText(const ObjectNode& node, ObjectColumn column) const
{
    switch (column) {
    case ObjectColumn::Name:
        return nameOf(node);
    case ObjectColumn::Value:
        return node.value ? displayValue(*node.value) : QString();
    case ObjectColumn::Unit:
        return node.path.depth() >= 3 ? unitOf(node) : QString();
    case ObjectColumn::Type: {
        if (node.path.depth() < 3 || node.resource == nullptr || node.resource->type == lwm2m::ResourceType::None)
            return QString();
        const QString type = QString::fromLatin1(lwm2m::resourceTypeName(node.resource->type));
        return node.isMultipleResource() ? tr("%1 (multiple)").arg(type) : type;
    }
    case ObjectColumn::Access: {
        if (node.path.depth() < 3 || node.resource == nullptr)
            return QString();
        switch (node.resource->operations) {
        case lwm2m::Operations::Read:
            return tr("R", "access: read");
        case lwm2m::Operations::Write:
            return tr("W", "access: write");
        case lwm2m::Operations::ReadWrite:
            return tr("RW", "access: read and write");
        case lwm2m::Operations::Execute:
            return tr("E", "access: execute");
        case lwm2m::Operations::None:
            break;
        }
        return QString();
    }
    case ObjectColumn::Status:
        return statusOf(node);
    }
    return {};
}

} // namespace hangar::app
