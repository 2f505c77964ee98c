#pragma once

#include "inventory/device_filter.h"
#include "inventory/device_row.h"

#include <QAbstractTableModel>

#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hangar::app {

/// Every known device, filtered and sorted inside the model (a generic proxy is too slow at
/// 100,000 rows). Rows live in stable slots; `m_sorted` orders all live slots, `m_visible` is
/// its filtered subsequence. Changes arrive as batches of records: small batches become single
/// row inserts/moves/removals, large ones one layout change; the model is never reset.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The endpoint of a row (for every column).
    static constexpr int EndpointRole = Qt::UserRole + 1;
    /// True when the Result column reports a failure.
    static constexpr int ResultFailedRole = Qt::UserRole + 2;

    explicit DeviceTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Stable: rows equal on `column` keep the order of the previous sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Inserts or updates devices fetched by fetch number `fetchSeq`; a row written by a later
    /// fetch is left alone.
    void upsert(const std::vector<store::DeviceRecord>& records, std::uint64_t fetchSeq);
    /// Removes devices that no longer exist.
    void remove(const std::vector<std::string>& endpoints);
    /// Removes every device written by a fetch older than `fetchSeq` (after a full reload).
    void removeOlderThan(std::uint64_t fetchSeq);
    /// Shows only the rows that match `filter`.
    void setFilter(DeviceFilter filter);
    const DeviceFilter& filter() const { return m_filter; }
    /// Sets the Result column of one device (bulk action outcomes).
    void setResult(const std::string& endpoint, const QString& text, bool failed);
    /// Clears the Result column of every device.
    void clearResults();
    /// Re-announces headers and cells after a language change.
    void retranslate();

    /// Rows shown / devices known.
    int visibleCount() const { return static_cast<int>(m_visible.size()); }
    int totalCount() const { return static_cast<int>(m_byEndpoint.size()); }
    /// The row of one device (nullptr when unknown).
    const DeviceRow* rowFor(const std::string& endpoint) const;
    /// The device shown in `row`.
    const DeviceRow& visibleRow(int row) const;
    /// The row index of `endpoint` among the shown rows, or -1.
    int visiblePosition(const std::string& endpoint) const;

Q_SIGNALS:
    /// The number of shown or known devices changed.
    void countsChanged();

private:
    bool less(int a, int b) const;
    bool lessRows(const DeviceRow& x, int xSlot, const DeviceRow& y, int ySlot) const;
    /// Whether `slot`, holding `fresh`, would stay where it is in m_sorted.
    bool keepsPlace(int slot, const DeviceRow& fresh) const;
    void applyStructural(std::vector<std::pair<int, DeviceRow>>& changes);
    void applyOne(int slot, DeviceRow fresh, bool isNew);
    void removeSlot(int slot);
    /// Runs `mutate`, then rebuilds m_visible from m_sorted, as one layout change.
    void relayout(const std::function<void()>& mutate);
    void rebuildVisible();
    void emitRowsChanged(std::vector<int> rows);
    std::size_t lowerBound(const std::vector<int>& list, std::size_t first, std::size_t last,
                           int slot) const;
    std::size_t find(const std::vector<int>& list, int slot) const;

    std::vector<DeviceRow> m_rows;
    std::unordered_map<std::string, int> m_byEndpoint;
    std::vector<int> m_sorted;
    std::vector<int> m_visible;
    DeviceFilter m_filter;
    /// Most recent sort first; older keys break ties, which makes sorting stable (at most one
    /// entry per column).
    std::vector<std::pair<DeviceColumn, Qt::SortOrder>> m_sortKeys;
};

} // namespace hangar::app
