#include "charts/series_list_model.h"

namespace hangar::app {

void SeriesListModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const SeriesListModel::Entry* SeriesListModel::entry(int row) const
{
    if (row < 0 || std::cmp_greater_equal(row, m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int SeriesListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SeriesListModel::data(const QModelIndex& index, int role) const
{
    const Entry* row = index.isValid() ? entry(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return row->label;
    case Qt::DecorationRole: return row->colour;
    case Qt::ToolTipRole: return tr("%1 %2").arg(row->key.endpoint, row->key.path);
    default: return {};
    }
}

} // namespace hangar::app
