#include "detail/activity_model.h"

#include "shell/palette_colors.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace hangar::app {

quint64 ActivityModel::begin(DeviceOperation operation, const QString& path, bool queued)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.started = QDateTime::currentDateTime();
    entry.operation = operation;
    entry.path = path;
    entry.queued = queued;
    beginInsertRows({}, 0, 0);
    m_entries.push_front(entry);
    endInsertRows();
    if (static_cast<int>(m_entries.size()) > kMaxRows) {
        const int last = static_cast<int>(m_entries.size()) - 1;
        beginRemoveRows({}, last, last);
        m_entries.pop_back();
        endRemoveRows();
    }
    return entry.id;
}

void ActivityModel::finish(quint64 id, bool ok, const QString& detail)
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        Entry& entry = m_entries[row];
        if (entry.id != id)
            continue;
        entry.state = ok ? RequestState::Done : RequestState::Failed;
        entry.detail = detail;
        entry.elapsedMs = entry.started.msecsTo(QDateTime::currentDateTime());
        const int r = static_cast<int>(row);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
}

RequestState ActivityModel::state(quint64 id) const
{
    for (const Entry& entry : m_entries) {
        if (entry.id == id)
            return entry.state;
    }
    return RequestState::Idle;
}

QString ActivityModel::operationName(DeviceOperation operation)
{
    switch (operation) {
    case DeviceOperation::Read:
        return tr("Read");
    case DeviceOperation::Write:
        return tr("Write");
    case DeviceOperation::Execute:
        return tr("Execute");
    case DeviceOperation::Observe:
        return tr("Observe");
    case DeviceOperation::CancelObservation:
        return tr("Cancel observation");
    case DeviceOperation::Discover:
        return tr("Discover");
    case DeviceOperation::Create:
        return tr("Create");
    case DeviceOperation::Delete:
        return tr("Delete");
    }
    return {};
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::resultText(const Entry& entry) const
{
    switch (entry.state) {
    case RequestState::Pending:
        return entry.queued ? tr("queued until the device wakes") : tr("pending…");
    case RequestState::Done:
        return entry.detail.isEmpty() ? tr("done in %1 ms").arg(entry.elapsedMs)
                                      : tr("done in %1 ms: %2").arg(entry.elapsedMs).arg(entry.detail);
    case RequestState::Failed:
        return tr("failed: %1").arg(entry.detail);
    case RequestState::Idle:
        break;
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_entries.size()))
        return {};
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.started.time(), QStringLiteral("HH:mm:ss"));
        case OperationColumn:
            return operationName(entry.operation);
        case PathColumn:
            return entry.path;
        case ResultColumn:
            return resultText(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (entry.state == RequestState::Failed)
            return QBrush(errorTextColor(QGuiApplication::palette()));
        if (entry.state == RequestState::Pending)
            return QBrush(secondaryTextColor(QGuiApplication::palette()));
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case PathColumn:
        return tr("Path");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace hangar::app
