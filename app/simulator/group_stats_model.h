#pragma once

#include "fleet_spec.h"
#include "fleet_stats.h"

#include <QAbstractTableModel>

#include <vector>

namespace hangar::app {

/// The live counts of each group of the running fleet, one row per group in the order of the
/// spec. Updated in place from SimulatorHost::statsChanged (rows only change when the fleet does).
class GroupStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        ProfileColumn,
        DevicesColumn,
        RegisteredColumn,
        OnlineColumn,
        RequestsColumn,
        NotificationsColumn,
        RetransmissionsColumn,
        ErrorsColumn,
        ColumnCount
    };

    explicit GroupStatsModel(QObject* parent = nullptr);

    /// Shows `stats`; `spec` names each group's profile (it may be empty).
    void setStats(const devicesim::SimulatorStats& stats, const devicesim::FleetSpec& spec);
    /// Removes every row (no fleet).
    void clear();
    /// Re-announces the header texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString profile;
        devicesim::FleetCounts counts;
    };
    static QString headerToolTip(int section);
    static std::uint64_t countFor(const devicesim::FleetCounts& counts, int column);

    std::vector<Row> m_rows;
};

} // namespace hangar::app
