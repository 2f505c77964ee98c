#pragma once

#include "dashboard/top_counts.h"

#include <QAbstractTableModel>

namespace hangar::app {

/// Names with device counts in two columns (name, devices), e.g. the top models.
class CountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows; a reset, since the list is short (top entries only).
    void setCounts(std::vector<NamedCount> counts);
    const std::vector<NamedCount>& counts() const { return m_counts; }
    /// Re-reads the header texts (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<NamedCount> m_counts;
};

} // namespace hangar::app
