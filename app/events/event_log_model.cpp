#include "events/event_log_model.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hangar::app {

EventLogModel::EventLogModel(int maxRows, QObject* parent)
    : QAbstractTableModel(parent), m_maxRows(std::max(1, maxRows))
{
}

void EventLogModel::append(std::vector<store::EventRecord> events)
{
    std::erase_if(events, [this](const store::EventRecord& event) { return event.id <= m_lastId; });
    if (events.empty())
        return;
    std::sort(events.begin(), events.end(),
              [](const store::EventRecord& a, const store::EventRecord& b) { return a.id < b.id; });
    m_lastId = events.back().id;
    if (static_cast<int>(events.size()) > m_maxRows)
        events.erase(events.begin(), events.end() - m_maxRows);

    const int overflow = static_cast<int>(m_rows.size() + events.size()) - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(events.size()) - 1);
    for (store::EventRecord& event : events) {
        QString details = detailsText(event.detailsJson);
        m_rows.push_back(Row{std::move(event), std::move(details)});
    }
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void EventLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == EndpointRole)
        return QString::fromStdString(row.event.endpoint);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return row.details;
    if (role == SortRole && index.column() == Time)
        return static_cast<qlonglong>(row.event.id);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Time:
        // ISO order with seconds: events come seconds apart, and the column reads like a log.
        return QDateTime::fromMSecsSinceEpoch(row.event.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Type:
        return QString::fromStdString(row.event.kind);
    case Endpoint:
        return QString::fromStdString(row.event.endpoint);
    case Details:
        return row.details;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Endpoint:
        return tr("Endpoint");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

QString EventLogModel::detailsText(const std::string& detailsJson)
{
    const QByteArray bytes = QByteArray::fromStdString(detailsJson);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return QString::fromUtf8(bytes);
    const QJsonObject object = document.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                                              : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), value}})
                                                                      .toJson(QJsonDocument::Compact))
                                                    .section(u':', 1)
                                                    .chopped(1);
        parts << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace hangar::app
