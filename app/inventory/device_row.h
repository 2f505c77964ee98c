#pragma once

#include "store/store_records.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hangar::app {

/// The columns of the Devices table, in their default order.
enum class DeviceColumn : int {
    Endpoint = 0,
    Model,
    Serial,
    Firmware,
    Status,
    LastSeen,
    Lifetime,
    Address,
    Tags,
    Result,
    Count
};

inline constexpr int kDeviceColumnCount = static_cast<int>(DeviceColumn::Count);

/// The parts of a row's search text (lower-case UTF-8).
enum class SearchPart : std::uint8_t {
    Any = 1, ///< endpoint, model, serial and tags joined with '\x1f'
    Endpoint,
    Model,
    Serial,
    Tags, ///< tags joined with '\x1f'
    Firmware,
    Address,
};

inline constexpr std::size_t kSearchPartCount = 6; ///< the parts but Any, which spans four
/// Where DeviceRow::keys ends each search part, then each sort key of the columns before Result.
inline constexpr std::size_t kStoredKeyCount = kSearchPartCount + kDeviceColumnCount - 1;

/// One device as the inventory shows it: display strings, and the lower-case search texts and
/// byte-string sort keys built once (see rebuildKeys), so that filtering 100,000 rows is a plain
/// substring scan per row and sorting them compares bytes.
struct DeviceRow
{
    QString endpoint;
    QString model;
    QString serial;
    QString firmware;
    QString address; ///< last known peer address
    QStringList tags;
    store::DeviceStatus status = store::DeviceStatus::Registered;
    std::int64_t lastSeenMs = 0;
    std::int64_t lifetimeSec = 0;
    QString result;            ///< outcome of the last bulk action on this device (UI state)
    bool resultFailed = false;

    /// The search texts and then the sort keys of every column but Result, back to back in one
    /// allocation; `keyEnds` says where each ends (read them with searchText and sortKey).
    std::string keys;
    std::array<std::uint32_t, kStoredKeyCount> keyEnds{};

    std::uint64_t fetchSeq = 0; ///< which fetch wrote it; an older fetch never overwrites it
    bool alive = true;          ///< false once the device is gone (the slot is not reused)
    bool visible = false;       ///< matches the current filter
};

/// Builds a row from a store record (fetched by fetch number `fetchSeq`).
DeviceRow makeDeviceRow(const store::DeviceRecord& record, std::uint64_t fetchSeq);

/// Whether two rows show the same device data (the Result column aside).
bool sameDeviceData(const DeviceRow& a, const DeviceRow& b);

/// Rebuilds the search texts and sort keys after the display strings changed (e.g. tags).
void rebuildKeys(DeviceRow& row);

/// A lower-case text the filter searches.
std::string_view searchText(const DeviceRow& row, SearchPart part);

/// The sort key of `column` (see sort_keys.h): natural order for text, address order for the
/// address, numeric order for the rest; statuses as online, sleeping, offline. Result has no
/// stored key: it changes often and is empty on most rows (see resultSortKey).
std::string_view sortKey(const DeviceRow& row, DeviceColumn column);

/// The sort key of the Result column: its lower-case text in natural order.
std::string resultSortKey(const DeviceRow& row);

/// Compares two rows on one column by their sort keys: negative, zero or positive.
int compareRows(const DeviceRow& a, const DeviceRow& b, DeviceColumn column);

} // namespace hangar::app
