// DeviceTableModel: applying batches of changed, new and removed devices without a reset.
#include "inventory/device_table_model.h"

#include <algorithm>
#include <unordered_set>

namespace hangar::app {

namespace {

/// Up to this many structural changes in a batch are signalled row by row; more become one
/// layout change (cheaper for the view than thousands of single-row signals).
constexpr std::size_t kRowByRowLimit = 48;

constexpr int kNewSlot = -1;

} // namespace

void DeviceTableModel::upsert(const std::vector<store::DeviceRecord>& records,
                              std::uint64_t fetchSeq)
{
    // The last record of an endpoint in the batch wins.
    std::unordered_map<std::string_view, std::size_t> lastOf;
    lastOf.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        lastOf[records[i].endpoint] = i;

    std::vector<int> changedRows;
    std::vector<std::pair<int, DeviceRow>> structural;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const store::DeviceRecord& record = records[i];
        if (lastOf[record.endpoint] != i)
            continue;
        DeviceRow fresh = makeDeviceRow(record, fetchSeq);
        fresh.visible = m_filter.matches(fresh);
        const auto it = m_byEndpoint.find(record.endpoint);
        if (it == m_byEndpoint.end()) {
            structural.emplace_back(kNewSlot, std::move(fresh));
            continue;
        }
        DeviceRow& row = m_rows[static_cast<std::size_t>(it->second)];
        if (row.fetchSeq > fetchSeq)
            continue;
        if (sameDeviceData(row, fresh)) {
            row.fetchSeq = fetchSeq;
            continue;
        }
        fresh.result = row.result;
        fresh.resultFailed = row.resultFailed;
        if (row.visible == fresh.visible && keepsPlace(it->second, fresh)) {
            if (row.visible)
                changedRows.push_back(static_cast<int>(find(m_visible, it->second)));
            row = std::move(fresh);
        } else {
            structural.emplace_back(it->second, std::move(fresh));
        }
    }
    emitRowsChanged(std::move(changedRows));
    if (structural.empty())
        return;
    applyStructural(structural);
    Q_EMIT countsChanged();
}

void DeviceTableModel::applyStructural(std::vector<std::pair<int, DeviceRow>>& changes)
{
    if (changes.size() <= kRowByRowLimit) {
        for (auto& [slot, fresh] : changes)
            applyOne(slot, std::move(fresh), slot == kNewSlot);
        return;
    }
    relayout([&] {
        std::vector<int> moved;
        moved.reserve(changes.size());
        for (auto& [slot, fresh] : changes) {
            if (slot == kNewSlot) {
                slot = static_cast<int>(m_rows.size());
                m_byEndpoint.emplace(fresh.endpoint.toStdString(), slot);
                m_rows.push_back(std::move(fresh));
            } else {
                m_rows[static_cast<std::size_t>(slot)] = std::move(fresh);
            }
            moved.push_back(slot);
        }
        const std::unordered_set<int> movedSet(moved.begin(), moved.end());
        std::erase_if(m_sorted, [&](int slot) { return movedSet.contains(slot); });
        const auto byOrder = [this](int a, int b) { return less(a, b); };
        std::sort(moved.begin(), moved.end(), byOrder);
        const auto middle = static_cast<std::ptrdiff_t>(m_sorted.size());
        m_sorted.insert(m_sorted.end(), moved.begin(), moved.end());
        std::inplace_merge(m_sorted.begin(), m_sorted.begin() + middle, m_sorted.end(), byOrder);
    });
}

void DeviceTableModel::applyOne(int slot, DeviceRow fresh, bool isNew)
{
    const auto at = [](std::vector<int>& list, std::size_t pos) {
        return list.begin() + static_cast<std::ptrdiff_t>(pos);
    };
    if (isNew) {
        slot = static_cast<int>(m_rows.size());
        m_byEndpoint.emplace(fresh.endpoint.toStdString(), slot);
        const bool visible = fresh.visible;
        m_rows.push_back(std::move(fresh));
        m_sorted.insert(at(m_sorted, lowerBound(m_sorted, 0, m_sorted.size(), slot)), slot);
        if (visible) {
            const std::size_t pos = lowerBound(m_visible, 0, m_visible.size(), slot);
            beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos));
            m_visible.insert(at(m_visible, pos), slot);
            endInsertRows();
        }
        return;
    }
    DeviceRow& row = m_rows[static_cast<std::size_t>(slot)];
    const bool wasVisible = row.visible;
    // Positions are found with the old data, before the row changes.
    const std::size_t oldRow = wasVisible ? find(m_visible, slot) : m_visible.size();
    m_sorted.erase(at(m_sorted, find(m_sorted, slot)));
    row = std::move(fresh);
    m_sorted.insert(at(m_sorted, lowerBound(m_sorted, 0, m_sorted.size(), slot)), slot);

    if (wasVisible && row.visible) {
        // The rows before and after the old place are still in order; search each side.
        std::size_t dest = lowerBound(m_visible, 0, oldRow, slot);
        if (dest == oldRow)
            dest = lowerBound(m_visible, oldRow + 1, m_visible.size(), slot);
        std::size_t newRow = oldRow;
        if (dest != oldRow && dest != oldRow + 1) {
            beginMoveRows({}, static_cast<int>(oldRow), static_cast<int>(oldRow), {},
                          static_cast<int>(dest));
            m_visible.erase(at(m_visible, oldRow));
            newRow = dest > oldRow ? dest - 1 : dest;
            m_visible.insert(at(m_visible, newRow), slot);
            endMoveRows();
        }
        const int r = static_cast<int>(newRow);
        Q_EMIT dataChanged(index(r, 0), index(r, kDeviceColumnCount - 1));
    } else if (wasVisible) {
        beginRemoveRows({}, static_cast<int>(oldRow), static_cast<int>(oldRow));
        m_visible.erase(at(m_visible, oldRow));
        endRemoveRows();
    } else if (row.visible) {
        const std::size_t pos = lowerBound(m_visible, 0, m_visible.size(), slot);
        beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos));
        m_visible.insert(at(m_visible, pos), slot);
        endInsertRows();
    }
}

void DeviceTableModel::remove(const std::vector<std::string>& endpoints)
{
    std::vector<int> slots;
    for (const std::string& endpoint : endpoints) {
        if (const auto it = m_byEndpoint.find(endpoint); it != m_byEndpoint.end())
            slots.push_back(it->second);
    }
    if (slots.empty())
        return;
    if (slots.size() <= kRowByRowLimit) {
        for (const int slot : slots)
            removeSlot(slot);
    } else {
        relayout([&] {
            const std::unordered_set<int> gone(slots.begin(), slots.end());
            std::erase_if(m_sorted, [&](int slot) { return gone.contains(slot); });
            for (const int slot : slots) {
                DeviceRow& row = m_rows[static_cast<std::size_t>(slot)];
                m_byEndpoint.erase(row.endpoint.toStdString());
                row = DeviceRow{};
                row.alive = false;
            }
        });
    }
    Q_EMIT countsChanged();
}

void DeviceTableModel::removeOlderThan(std::uint64_t fetchSeq)
{
    std::vector<std::string> stale;
    for (const auto& [endpoint, slot] : m_byEndpoint) {
        if (m_rows[static_cast<std::size_t>(slot)].fetchSeq < fetchSeq)
            stale.push_back(endpoint);
    }
    remove(stale);
}

void DeviceTableModel::removeSlot(int slot)
{
    DeviceRow& row = m_rows[static_cast<std::size_t>(slot)];
    if (row.visible) {
        const std::size_t pos = find(m_visible, slot);
        beginRemoveRows({}, static_cast<int>(pos), static_cast<int>(pos));
        m_visible.erase(m_visible.begin() + static_cast<std::ptrdiff_t>(pos));
        endRemoveRows();
    }
    m_sorted.erase(m_sorted.begin() + static_cast<std::ptrdiff_t>(find(m_sorted, slot)));
    m_byEndpoint.erase(row.endpoint.toStdString());
    row = DeviceRow{};
    row.alive = false;
}

void DeviceTableModel::setResult(const std::string& endpoint, const QString& text, bool failed)
{
    const auto it = m_byEndpoint.find(endpoint);
    if (it == m_byEndpoint.end())
        return;
    DeviceRow fresh = m_rows[static_cast<std::size_t>(it->second)];
    fresh.result = text;
    fresh.resultFailed = failed;
    const bool orderedByResult = std::ranges::any_of(
        m_sortKeys, [](const auto& key) { return key.first == DeviceColumn::Result; });
    if (orderedByResult) {
        applyOne(it->second, std::move(fresh), false);
        return;
    }
    DeviceRow& row = m_rows[static_cast<std::size_t>(it->second)];
    row = std::move(fresh);
    if (row.visible) {
        const int r = static_cast<int>(find(m_visible, it->second));
        const int column = static_cast<int>(DeviceColumn::Result);
        Q_EMIT dataChanged(index(r, column), index(r, column));
    }
}

void DeviceTableModel::clearResults()
{
    const bool orderedByResult = std::ranges::any_of(
        m_sortKeys, [](const auto& key) { return key.first == DeviceColumn::Result; });
    relayout([&] {
        for (DeviceRow& row : m_rows) {
            row.result.clear();
            row.resultFailed = false;
        }
        if (orderedByResult)
            std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return less(a, b); });
    });
}

} // namespace hangar::app
