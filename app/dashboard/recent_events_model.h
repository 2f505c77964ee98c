#pragma once

#include "store/store_records.h"

#include <QAbstractTableModel>

#include <deque>

namespace hangar::app {

/// The newest engine events, newest first, at most `capacity` rows: time, kind, device.
class RecentEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecentEventsModel(std::size_t capacity, QObject* parent = nullptr);

    /// Adds events (in id order, oldest first) at the top, dropping the oldest beyond capacity.
    void append(const std::vector<store::EventRecord>& events);
    std::int64_t lastId() const { return m_lastId; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::size_t m_capacity;
    std::deque<store::EventRecord> m_events; ///< newest first
    std::int64_t m_lastId = 0;
};

} // namespace hangar::app
