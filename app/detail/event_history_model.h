#pragma once

#include "store/store_records.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace hangar::app {

/// The events of one device, newest first: time, kind and details (the event's JSON object
/// as "key: value" pairs). Keeps the latest kMaxRows.
class EventHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { TimeColumn = 0, KindColumn, DetailsColumn, ColumnCount };
    static constexpr int kMaxRows = 5000;

    using QAbstractTableModel::QAbstractTableModel;

    /// Adds events (in any order, each newer than every event already shown) at the top.
    void prepend(std::vector<store::EventRecord> events);
    const store::EventRecord& event(int row) const { return m_events[static_cast<std::size_t>(row)]; }

    /// "key: value, key: value" from a details JSON object; the raw text if it is no object.
    static QString detailsText(const std::string& json);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<store::EventRecord> m_events; ///< newest first
};

} // namespace hangar::app
