#pragma once

#include "store/store_records.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace hangar::app {

/// The engine's event log as a table (time, type, endpoint, details), oldest first. Batches are
/// appended with one insert; past the cap the oldest rows are removed with one remove.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time = 0, Type, Endpoint, Details, ColumnCount };
    /// The endpoint of a row (Qt::UserRole), empty when the event concerns no device.
    static constexpr int EndpointRole = Qt::UserRole;
    /// What a column sorts by: the event id for Time, the shown text otherwise.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit EventLogModel(int maxRows = 10'000, QObject* parent = nullptr);

    /// Appends events newer than the last one held (older or repeated ids are skipped).
    void append(std::vector<store::EventRecord> events);
    /// Removes every row.
    void clear();
    /// The id of the newest event held (0 when empty), where the next poll continues.
    std::int64_t lastId() const { return m_lastId; }
    int maxRows() const { return m_maxRows; }
    /// Announces new header texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "key: value, key: value" from an event's details JSON object (the text when not JSON).
    static QString detailsText(const std::string& detailsJson);

private:
    struct Row
    {
        store::EventRecord event;
        QString details; ///< formatted once; the JSON never changes
    };
    std::deque<Row> m_rows;
    int m_maxRows;
    std::int64_t m_lastId = 0;
};

} // namespace hangar::app
