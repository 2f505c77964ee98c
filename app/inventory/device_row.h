#pragma once

#include "store/store_records.h"

#include <QString>
#include <QStringList>

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

/// One device as the inventory shows it: display strings built once, and lower-case keys
/// precomputed so that filtering 100,000 rows is a plain substring scan per row.
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

    std::string endpointKey; ///< lower case (UTF-8), also the natural-sort key
    std::string modelKey;
    std::string serialKey;
    std::string firmwareKey;
    std::string addressKey;
    std::string tagsKey; ///< tags joined with '\x1f'
    std::string anyKey;  ///< endpoint, model, serial and tags joined with '\x1f'

    std::uint64_t fetchSeq = 0; ///< which fetch wrote it; an older fetch never overwrites it
    bool alive = true;          ///< false once the device is gone (the slot is not reused)
    bool visible = false;       ///< matches the current filter
};

/// Builds a row from a store record (fetched by fetch number `fetchSeq`).
DeviceRow makeDeviceRow(const store::DeviceRecord& record, std::uint64_t fetchSeq);

/// Whether two rows show the same device data (the Result column aside).
bool sameDeviceData(const DeviceRow& a, const DeviceRow& b);

/// Rebuilds the lower-case keys after the display strings changed (e.g. tags).
void rebuildKeys(DeviceRow& row);

/// Compares two strings so that digit runs compare by value ("dev-9" < "dev-10").
int naturalCompare(std::string_view a, std::string_view b);

/// Compares two rows on one column: negative, zero or positive.
int compareRows(const DeviceRow& a, const DeviceRow& b, DeviceColumn column);

/// A byte string whose plain ordering is naturalCompare's: each run of digits becomes '0', its
/// length without leading zeros as one byte, and the digits. Sorting 100,000 rows on keys made
/// once is several times faster than calling naturalCompare in every comparison.
std::string naturalSortKey(std::string_view text);

/// The text a natural sort of `column` compares (empty for the numeric columns).
std::string_view naturalSortText(const DeviceRow& row, DeviceColumn column);

/// The order of statuses when sorting: online, sleeping, offline.
int statusRank(store::DeviceStatus status);

} // namespace hangar::app
