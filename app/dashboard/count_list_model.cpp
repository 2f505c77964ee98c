#include "dashboard/count_list_model.h"

#include <QLocale>

namespace hangar::app {

void CountListModel::setCounts(std::vector<NamedCount> counts)
{
    if (counts == m_counts)
        return;
    beginResetModel();
    m_counts = std::move(counts);
    endResetModel();
}

void CountListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int CountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant CountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NamedCount& row = m_counts[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return index.column() == 0 ? QVariant(row.name) : QVariant(QLocale().toString(row.count));
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::UserRole && index.column() == 1)
        return QVariant::fromValue(row.count);
    return {};
}

QVariant CountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Model") : tr("Devices");
}

} // namespace hangar::app
