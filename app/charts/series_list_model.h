#pragma once

#include "charts/series_key.h"

#include <QAbstractListModel>
#include <QColor>

#include <vector>

namespace hangar::app {

/// The series a chart shows, one row each: the legend text, the line colour as decoration and
/// endpoint and path in the tooltip.
class SeriesListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Entry
    {
        SeriesKey key;
        QString label;
        QColor colour;
    };

    using QAbstractListModel::QAbstractListModel;

    /// Replaces the rows (a reset: the list holds at most a few dozen series).
    void setEntries(std::vector<Entry> entries);
    const Entry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
};

} // namespace hangar::app
