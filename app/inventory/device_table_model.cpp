#include "inventory/device_table_model.h"

#include "inventory/device_cells.h"
#include "inventory/stable_key_sort.h"
#include "shell/palette_colors.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace hangar::app {

namespace {

QIcon statusDot(const QColor& color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = size * 0.28;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

const QIcon& statusIcon(store::DeviceStatus status)
{
    static const QIcon online = statusDot(QColor(0x2e, 0xa0, 0x43));
    static const QIcon sleeping = statusDot(QColor(0xd4, 0x9a, 0x12));
    static const QIcon offline = statusDot(QColor(0x9a, 0x9a, 0x9a));
    switch (status) {
    case store::DeviceStatus::Registered:
        return online;
    case store::DeviceStatus::Sleeping:
        return sleeping;
    case store::DeviceStatus::Offline:
        break;
    }
    return offline;
}

} // namespace

DeviceTableModel::DeviceTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_sortKeys.emplace_back(DeviceColumn::Endpoint, Qt::AscendingOrder);
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kDeviceColumnCount;
}


QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRow& row = visibleRow(index.row());
    const auto column = static_cast<DeviceColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return deviceCellText(row, column);
    case Qt::DecorationRole:
        if (column == DeviceColumn::Status)
            return statusIcon(row.status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == DeviceColumn::Lifetime)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == DeviceColumn::Result && row.resultFailed)
            return errorTextColor(QGuiApplication::palette());
        return {};
    case EndpointRole:
        return row.endpoint;
    case ResultFailedRole:
        return row.resultFailed;
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= kDeviceColumnCount)
        return {};
    return deviceColumnTitle(static_cast<DeviceColumn>(section));
}

void DeviceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kDeviceColumnCount - 1);
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kDeviceColumnCount - 1));
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kDeviceColumnCount)
        return;
    const auto key = static_cast<DeviceColumn>(column);
    relayout([&] {
        std::erase_if(m_sortKeys, [key](const auto& entry) { return entry.first == key; });
        m_sortKeys.insert(m_sortKeys.begin(), {key, order});
        // m_sorted is in the order of the older keys, so a stable sort on the new key alone
        // gives the order less() describes.
        std::vector<std::string> resultKeys;
        if (key == DeviceColumn::Result) {
            resultKeys.resize(m_rows.size());
            for (std::size_t slot = 0; slot < m_rows.size(); ++slot) {
                if (m_rows[slot].alive)
                    resultKeys[slot] = resultSortKey(m_rows[slot]);
            }
        }
        stableSortByKey(
            m_sorted,
            [this, key, &resultKeys](int slot) -> std::string_view {
                if (key == DeviceColumn::Result)
                    return resultKeys[static_cast<std::size_t>(slot)];
                return sortKey(m_rows[static_cast<std::size_t>(slot)], key);
            },
            order == Qt::DescendingOrder);
    });
}

void DeviceTableModel::setFilter(DeviceFilter filter)
{
    relayout([&] {
        m_filter = std::move(filter);
        // In slot order, the order of the rows in memory.
        for (DeviceRow& row : m_rows) {
            if (row.alive)
                row.visible = m_filter.matches(row);
        }
    });
    Q_EMIT countsChanged();
}

const DeviceRow* DeviceTableModel::rowFor(const std::string& endpoint) const
{
    const auto it = m_byEndpoint.find(endpoint);
    return it == m_byEndpoint.end() ? nullptr : &m_rows[static_cast<std::size_t>(it->second)];
}

const DeviceRow& DeviceTableModel::visibleRow(int row) const
{
    return m_rows[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(row)])];
}

int DeviceTableModel::visiblePosition(const std::string& endpoint) const
{
    const auto it = m_byEndpoint.find(endpoint);
    if (it == m_byEndpoint.end() || !m_rows[static_cast<std::size_t>(it->second)].visible)
        return -1;
    const std::size_t pos = find(m_visible, it->second);
    return pos == m_visible.size() ? -1 : static_cast<int>(pos);
}

bool DeviceTableModel::less(int a, int b) const
{
    return lessRows(m_rows[static_cast<std::size_t>(a)], a, m_rows[static_cast<std::size_t>(b)], b);
}

bool DeviceTableModel::keepsPlace(int slot, const DeviceRow& fresh) const
{
    const std::size_t pos = find(m_sorted, slot);
    if (pos > 0) {
        const int before = m_sorted[pos - 1];
        if (!lessRows(m_rows[static_cast<std::size_t>(before)], before, fresh, slot))
            return false;
    }
    if (pos + 1 < m_sorted.size()) {
        const int after = m_sorted[pos + 1];
        if (!lessRows(fresh, slot, m_rows[static_cast<std::size_t>(after)], after))
            return false;
    }
    return true;
}

bool DeviceTableModel::lessRows(const DeviceRow& x, int a, const DeviceRow& y, int b) const
{
    for (const auto& [column, order] : m_sortKeys) {
        int c = compareRows(x, y, column);
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c != 0)
            return c < 0;
    }
    // Endpoints are unique but may differ only in case or leading zeros.
    if (const int c = compareRows(x, y, DeviceColumn::Endpoint); c != 0)
        return c < 0;
    if (const int c = x.endpoint.compare(y.endpoint); c != 0)
        return c < 0;
    return a < b;
}

std::size_t DeviceTableModel::lowerBound(const std::vector<int>& list, std::size_t first,
                                         std::size_t last, int slot) const
{
    const auto begin = list.begin() + static_cast<std::ptrdiff_t>(first);
    const auto end = list.begin() + static_cast<std::ptrdiff_t>(last);
    const auto it = std::lower_bound(begin, end, slot, [this](int a, int b) { return less(a, b); });
    return static_cast<std::size_t>(it - list.begin());
}

std::size_t DeviceTableModel::find(const std::vector<int>& list, int slot) const
{
    const std::size_t pos = lowerBound(list, 0, list.size(), slot);
    return pos < list.size() && list[pos] == slot ? pos : list.size();
}

void DeviceTableModel::relayout(const std::function<void()>& mutate)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> slots;
    slots.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex& index : from) {
        const bool valid = index.row() >= 0 && index.row() < rowCount();
        slots.push_back(valid ? m_visible[static_cast<std::size_t>(index.row())] : -1);
    }
    mutate();
    rebuildVisible();
    if (!from.isEmpty()) {
        std::vector<int> positionOf(m_rows.size(), -1);
        for (std::size_t i = 0; i < m_visible.size(); ++i)
            positionOf[static_cast<std::size_t>(m_visible[i])] = static_cast<int>(i);
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype k = 0; k < from.size(); ++k) {
            const int slot = slots[static_cast<std::size_t>(k)];
            const int row = slot >= 0 ? positionOf[static_cast<std::size_t>(slot)] : -1;
            to.append(row >= 0 ? index(row, from[k].column()) : QModelIndex());
        }
        changePersistentIndexList(from, to);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DeviceTableModel::rebuildVisible()
{
    m_visible.clear();
    for (const int slot : m_sorted) {
        if (m_rows[static_cast<std::size_t>(slot)].visible)
            m_visible.push_back(slot);
    }
}

void DeviceTableModel::emitRowsChanged(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    // Contiguous runs become one signal each; very scattered changes become one span.
    if (rows.size() > 64) {
        Q_EMIT dataChanged(index(rows.front(), 0), index(rows.back(), kDeviceColumnCount - 1));
        return;
    }
    std::size_t start = 0;
    for (std::size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] > rows[i - 1] + 1) {
            Q_EMIT dataChanged(index(rows[start], 0), index(rows[i - 1], kDeviceColumnCount - 1));
            start = i;
        }
    }
}

} // namespace hangar::app
