#include "detail/event_history_model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace hangar::app {

void EventHistoryModel::prepend(std::vector<store::EventRecord> events)
{
    if (events.empty())
        return;
    std::sort(events.begin(), events.end(),
              [](const store::EventRecord& a, const store::EventRecord& b) { return a.id > b.id; });
    if (events.size() > static_cast<std::size_t>(kMaxRows))
        events.resize(static_cast<std::size_t>(kMaxRows));
    beginInsertRows({}, 0, static_cast<int>(events.size()) - 1);
    m_events.insert(m_events.begin(), std::make_move_iterator(events.begin()), std::make_move_iterator(events.end()));
    endInsertRows();
    if (m_events.size() > static_cast<std::size_t>(kMaxRows)) {
        beginRemoveRows({}, kMaxRows, static_cast<int>(m_events.size()) - 1);
        m_events.resize(static_cast<std::size_t>(kMaxRows));
        endRemoveRows();
    }
}

QString EventHistoryModel::detailsText(const std::string& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    if (!document.isObject())
        return QString::fromStdString(json);
    QStringList parts;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                                              : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        parts << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(", "));
}

int EventHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const store::EventRecord& record = event(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.timeMs), QLocale::ShortFormat);
    case KindColumn:
        return QString::fromStdString(record.kind);
    case DetailsColumn:
        return detailsText(record.detailsJson);
    default:
        return {};
    }
}

QVariant EventHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace hangar::app
