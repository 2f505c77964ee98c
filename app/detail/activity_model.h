#pragma once

#include "detail/object_tree_model.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <deque>

namespace hangar::app {

/// The device operations the object browser sends. 0 is never a valid operation.
enum class DeviceOperation : std::uint8_t {
    Read = 1,
    Write,
    Execute,
    Observe,
    CancelObservation,
    Discover,
    Create,
    Delete,
};

/// The object browser's request log: one row per request (newest first) with its time,
/// operation, path and result (pending, queued until the device wakes, done, failed: why).
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { TimeColumn = 0, OperationColumn, PathColumn, ResultColumn, ColumnCount };
    static constexpr int kMaxRows = 500;

    using QAbstractTableModel::QAbstractTableModel;

    /// Logs a new pending request and returns its id; `queued` says the device sleeps.
    quint64 begin(DeviceOperation operation, const QString& path, bool queued);
    /// Ends request `id` (ignored when it scrolled out); `detail` is the result or the error.
    void finish(quint64 id, bool ok, const QString& detail);
    /// Where request `id` stands (Idle when unknown).
    RequestState state(quint64 id) const;

    /// The translated name of `operation` ("Read", "Cancel observation", ...).
    static QString operationName(DeviceOperation operation);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        quint64 id = 0;
        QDateTime started;
        DeviceOperation operation = DeviceOperation::Read;
        QString path;
        RequestState state = RequestState::Pending;
        bool queued = false;
        QString detail;
        qint64 elapsedMs = 0;
    };
    QString resultText(const Entry& entry) const;

    std::deque<Entry> m_entries; ///< newest first
    quint64 m_nextId = 1;
};

} // namespace hangar::app
