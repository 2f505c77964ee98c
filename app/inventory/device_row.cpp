#include "inventory/device_row.h"

#include <algorithm>

namespace hangar::app {

namespace {

std::string lowerKey(const QString& text)
{
    return text.toLower().toStdString();
}

QString fromOptional(const std::optional<std::string>& text)
{
    return text ? QString::fromStdString(*text) : QString();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

template <typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

DeviceRow makeDeviceRow(const store::DeviceRecord& record, std::uint64_t fetchSeq)
{
    DeviceRow row;
    row.endpoint = QString::fromStdString(record.endpoint);
    row.model = fromOptional(record.model);
    row.serial = fromOptional(record.serialNumber);
    row.firmware = fromOptional(record.firmwareVersion);
    row.address = QString::fromStdString(record.address);
    for (const std::string& tag : record.tags)
        row.tags.append(QString::fromStdString(tag));
    row.status = record.status;
    row.lastSeenMs = record.lastSeenMs;
    row.lifetimeSec = record.lifetimeSec;
    row.fetchSeq = fetchSeq;
    rebuildKeys(row);
    return row;
}

void rebuildKeys(DeviceRow& row)
{
    row.endpointKey = lowerKey(row.endpoint);
    row.modelKey = lowerKey(row.model);
    row.serialKey = lowerKey(row.serial);
    row.firmwareKey = lowerKey(row.firmware);
    row.addressKey = lowerKey(row.address);
    row.tagsKey = lowerKey(row.tags.join(QChar(0x1f)));
    row.anyKey = row.endpointKey + '\x1f' + row.modelKey + '\x1f' + row.serialKey + '\x1f'
                 + row.tagsKey;
}

bool sameDeviceData(const DeviceRow& a, const DeviceRow& b)
{
    return a.status == b.status && a.lastSeenMs == b.lastSeenMs && a.lifetimeSec == b.lifetimeSec
           && a.model == b.model && a.serial == b.serial && a.firmware == b.firmware
           && a.address == b.address && a.tags == b.tags;
}

int naturalCompare(std::string_view a, std::string_view b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare digit runs by value: skip leading zeros, then longer is larger.
            std::size_t si = i;
            std::size_t sj = j;
            while (si < a.size() && a[si] == '0')
                ++si;
            while (sj < b.size() && b[sj] == '0')
                ++sj;
            std::size_t ei = si;
            std::size_t ej = sj;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj)); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        ++i;
        ++j;
    }
    return threeWay(a.size() - i, b.size() - j);
}

int statusRank(store::DeviceStatus status)
{
    switch (status) {
    case store::DeviceStatus::Registered:
        return 0;
    case store::DeviceStatus::Sleeping:
        return 1;
    case store::DeviceStatus::Offline:
        return 2;
    }
    return 3;
}

std::string naturalSortKey(std::string_view text)
{
    std::string key;
    key.reserve(text.size() + 8);
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            key.push_back(text[i++]);
            continue;
        }
        while (i < text.size() && text[i] == '0')
            ++i;
        std::size_t end = i;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        key.push_back('0');
        key.push_back(static_cast<char>('0' + std::min<std::size_t>(end - i, 200)));
        key.append(text.substr(i, end - i));
        i = end;
    }
    return key;
}

std::string_view naturalSortText(const DeviceRow& row, DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Endpoint:
        return row.endpointKey;
    case DeviceColumn::Model:
        return row.modelKey;
    case DeviceColumn::Serial:
        return row.serialKey;
    case DeviceColumn::Firmware:
        return row.firmwareKey;
    case DeviceColumn::Address:
        return row.addressKey;
    case DeviceColumn::Tags:
        return row.tagsKey;
    default:
        return {};
    }
}

int compareRows(const DeviceRow& a, const DeviceRow& b, DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Endpoint:
        return naturalCompare(a.endpointKey, b.endpointKey);
    case DeviceColumn::Model:
        return naturalCompare(a.modelKey, b.modelKey);
    case DeviceColumn::Serial:
        return naturalCompare(a.serialKey, b.serialKey);
    case DeviceColumn::Firmware:
        return naturalCompare(a.firmwareKey, b.firmwareKey);
    case DeviceColumn::Status:
        return threeWay(statusRank(a.status), statusRank(b.status));
    case DeviceColumn::LastSeen:
        return threeWay(a.lastSeenMs, b.lastSeenMs);
    case DeviceColumn::Lifetime:
        return threeWay(a.lifetimeSec, b.lifetimeSec);
    case DeviceColumn::Address:
        return naturalCompare(a.addressKey, b.addressKey);
    case DeviceColumn::Tags:
        return naturalCompare(a.tagsKey, b.tagsKey);
    case DeviceColumn::Result:
        return a.result.compare(b.result, Qt::CaseInsensitive);
    case DeviceColumn::Count:
        break;
    }
    return 0;
}

} // namespace hangar::app
