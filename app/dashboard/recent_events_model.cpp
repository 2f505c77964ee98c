#include "dashboard/recent_events_model.h"

#include <QDateTime>
#include <QLocale>

namespace hangar::app {

RecentEventsModel::RecentEventsModel(std::size_t capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(capacity)
{
}

void RecentEventsModel::append(const std::vector<store::EventRecord>& events)
{
    std::vector<store::EventRecord> fresh;
    for (const store::EventRecord& event : events) {
        if (event.id > m_lastId)
            fresh.push_back(event);
    }
    if (fresh.empty())
        return;
    m_lastId = fresh.back().id;
    // Only the newest `capacity` of the batch can survive.
    if (fresh.size() > m_capacity)
        fresh.erase(fresh.begin(), fresh.end() - static_cast<std::ptrdiff_t>(m_capacity));
    const std::size_t total = m_events.size() + fresh.size();
    const std::size_t dropping = total > m_capacity ? total - m_capacity : 0;
    if (dropping > 0) {
        const int first = static_cast<int>(m_events.size() - dropping);
        beginRemoveRows({}, first, static_cast<int>(m_events.size()) - 1);
        m_events.resize(m_events.size() - dropping);
        endRemoveRows();
    }
    beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
    for (const store::EventRecord& event : fresh)
        m_events.push_front(event);
    endInsertRows();
}

void RecentEventsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int RecentEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int RecentEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant RecentEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const store::EventRecord& event = m_events[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case 0: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timeMs), QLocale::ShortFormat);
    case 1: return QString::fromStdString(event.kind);
    default: return QString::fromStdString(event.endpoint);
    }
}

QVariant RecentEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Time");
    case 1: return tr("Event");
    default: return tr("Device");
    }
}

} // namespace hangar::app
