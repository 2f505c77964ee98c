#include "simulator/group_stats_model.h"

#include "simulator/profile_names.h"

#include <QLocale>

namespace hangar::app {

GroupStatsModel::GroupStatsModel(QObject* parent) : QAbstractTableModel(parent) {}

void GroupStatsModel::setStats(const devicesim::SimulatorStats& stats, const devicesim::FleetSpec& spec)
{
    std::vector<Row> rows;
    rows.reserve(stats.groups.size());
    for (const devicesim::GroupStats& group : stats.groups) {
        Row row{QString::fromStdString(group.name), {}, group.counts};
        for (const devicesim::GroupSpec& groupSpec : spec.groups) {
            if (groupSpec.name == group.name)
                row.profile = profileDisplayName(groupSpec.profile);
        }
        rows.push_back(std::move(row));
    }
    const bool sameGroups = rows.size() == m_rows.size() &&
                            std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                       [](const Row& a, const Row& b) { return a.name == b.name; });
    if (!sameGroups) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void GroupStatsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void GroupStatsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int GroupStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::uint64_t GroupStatsModel::countFor(const devicesim::FleetCounts& counts, int column)
{
    switch (column) {
    case DevicesColumn: return counts.devices;
    case RegisteredColumn: return counts.registered;
    case OnlineColumn: return counts.online;
    case RequestsColumn: return counts.requestsServed;
    case NotificationsColumn: return counts.notificationsSent;
    case RetransmissionsColumn: return counts.retransmissions;
    case ErrorsColumn: return counts.errors;
    default: return 0;
    }
}

QVariant GroupStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == GroupColumn)
            return row.name;
        if (column == ProfileColumn)
            return row.profile;
        return QLocale().toString(static_cast<qulonglong>(countFor(row.counts, column)));
    }
    if (role == Qt::EditRole && column >= DevicesColumn)
        return static_cast<qulonglong>(countFor(row.counts, column));
    if (role == Qt::TextAlignmentRole && column >= DevicesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant GroupStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn: return tr("Group");
    case ProfileColumn: return tr("Profile");
    case DevicesColumn: return tr("Devices");
    case RegisteredColumn: return tr("Registered");
    case OnlineColumn: return tr("Online");
    case RequestsColumn: return tr("Requests");
    case NotificationsColumn: return tr("Notifications");
    case RetransmissionsColumn: return tr("Retransmissions");
    case ErrorsColumn: return tr("Errors");
    default: return {};
    }
}

QString GroupStatsModel::headerToolTip(int section)
{
    switch (section) {
    case DevicesColumn: return tr("Devices in the group");
    case RegisteredColumn: return tr("Devices that registered at least once since the start");
    case OnlineColumn: return tr("Devices holding a registration now");
    case RequestsColumn: return tr("Server requests the devices answered");
    case NotificationsColumn: return tr("Observe notifications sent");
    case RetransmissionsColumn: return tr("Confirmable messages sent again, as the group's relay saw them");
    case ErrorsColumn: return tr("Failed registration exchanges (Register, Update, timeouts)");
    default: return {};
    }
}

} // namespace hangar::app
