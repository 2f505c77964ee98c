#include "inventory/device_row.h"

#include "inventory/sort_keys.h"

#include <algorithm>

namespace hangar::app {

namespace {

static_assert(static_cast<int>(DeviceColumn::Result) == kDeviceColumnCount - 1,
              "every column before Result has a stored sort key");

QString fromOptional(const std::optional<std::string>& text)
{
    return text ? QString::fromStdString(*text) : QString();
}

/// Appends `text` in lower case as UTF-8 (ASCII without a temporary copy: most device data).
void appendLower(const QString& text, std::string& out)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        const QByteArray lower = text.toLower().toUtf8();
        out.append(lower.constData(), static_cast<std::size_t>(lower.size()));
        return;
    }
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        out.push_back(static_cast<char>(unit >= u'A' && unit <= u'Z' ? unit - u'A' + u'a' : unit));
    }
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

std::uint32_t endOf(const std::string& text)
{
    return static_cast<std::uint32_t>(text.size());
}

using KeyEnds = std::array<std::uint32_t, kStoredKeyCount>;

/// Empty when `begin` is past `end` (an empty part after a separator, or a row without keys).
std::string_view slice(const std::string& text, std::size_t begin, std::size_t end)
{
    return begin < end ? std::string_view(text).substr(begin, end - begin) : std::string_view();
}

/// A search part of `texts`, laid out as rebuildKeys writes them: endpoint, model, serial and
/// tags each after a '\x1f', then firmware and address.
std::string_view searchTextIn(const std::string& texts, const KeyEnds& ends, SearchPart part)
{
    switch (part) {
    case SearchPart::Any:
        return slice(texts, 0, ends[3]);
    case SearchPart::Endpoint:
        return slice(texts, 0, ends[0]);
    case SearchPart::Model:
        return slice(texts, ends[0] + 1, ends[1]);
    case SearchPart::Serial:
        return slice(texts, ends[1] + 1, ends[2]);
    case SearchPart::Tags:
        return slice(texts, ends[2] + 1, ends[3]);
    case SearchPart::Firmware:
        return slice(texts, ends[3], ends[4]);
    case SearchPart::Address:
        return slice(texts, ends[4], ends[5]);
    }
    return {};
}

/// The search part a natural-order column sorts by.
SearchPart naturalTextOf(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Model:
        return SearchPart::Model;
    case DeviceColumn::Serial:
        return SearchPart::Serial;
    case DeviceColumn::Firmware:
        return SearchPart::Firmware;
    case DeviceColumn::Tags:
        return SearchPart::Tags;
    default:
        return SearchPart::Endpoint;
    }
}

template <typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int sign(int compared)
{
    return compared < 0 ? -1 : (compared > 0 ? 1 : 0);
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
    // Endpoint, model, serial and tags are adjacent so that together they are the Any text.
    thread_local std::string texts;
    texts.clear();
    std::size_t end = 0;
    const auto mark = [&](const std::string& buffer) { row.keyEnds[end++] = endOf(buffer); };
    appendLower(row.endpoint, texts);
    mark(texts);
    texts.push_back('\x1f');
    appendLower(row.model, texts);
    mark(texts);
    texts.push_back('\x1f');
    appendLower(row.serial, texts);
    mark(texts);
    texts.push_back('\x1f');
    for (qsizetype i = 0; i < row.tags.size(); ++i) {
        if (i > 0)
            texts.push_back('\x1f');
        appendLower(row.tags[i], texts);
    }
    mark(texts);
    appendLower(row.firmware, texts);
    mark(texts);
    appendLower(row.address, texts);
    mark(texts);

    thread_local std::string keys;
    keys.assign(texts);
    for (int column = 0; column < static_cast<int>(DeviceColumn::Result); ++column) {
        switch (static_cast<DeviceColumn>(column)) {
        case DeviceColumn::Status:
            keys.push_back(static_cast<char>(statusRank(row.status)));
            break;
        case DeviceColumn::LastSeen:
            appendNumberKey(row.lastSeenMs, keys);
            break;
        case DeviceColumn::Lifetime:
            appendNumberKey(row.lifetimeSec, keys);
            break;
        case DeviceColumn::Address:
            appendAddressKey(searchTextIn(texts, row.keyEnds, SearchPart::Address), keys);
            break;
        default:
            appendNaturalKey(
                searchTextIn(texts, row.keyEnds, naturalTextOf(static_cast<DeviceColumn>(column))), keys);
            break;
        }
        mark(keys);
    }
    row.keys = keys;
}

bool sameDeviceData(const DeviceRow& a, const DeviceRow& b)
{
    return a.status == b.status && a.lastSeenMs == b.lastSeenMs && a.lifetimeSec == b.lifetimeSec
           && a.model == b.model && a.serial == b.serial && a.firmware == b.firmware
           && a.address == b.address && a.tags == b.tags;
}

std::string_view searchText(const DeviceRow& row, SearchPart part)
{
    return searchTextIn(row.keys, row.keyEnds, part);
}

std::string_view sortKey(const DeviceRow& row, DeviceColumn column)
{
    const auto stored = static_cast<std::size_t>(column);
    if (stored >= kStoredKeyCount - kSearchPartCount)
        return {};
    return slice(row.keys, row.keyEnds[kSearchPartCount + stored - 1],
                 row.keyEnds[kSearchPartCount + stored]);
}

std::string resultSortKey(const DeviceRow& row)
{
    std::string lower;
    appendLower(row.result, lower);
    std::string key;
    appendNaturalKey(lower, key);
    return key;
}

int compareRows(const DeviceRow& a, const DeviceRow& b, DeviceColumn column)
{
    // The numbers directly: the same order as their keys, without slicing the key buffer (the
    // incremental paths compare often).
    switch (column) {
    case DeviceColumn::Status:
        return threeWay(statusRank(a.status), statusRank(b.status));
    case DeviceColumn::LastSeen:
        return threeWay(a.lastSeenMs, b.lastSeenMs);
    case DeviceColumn::Lifetime:
        return threeWay(a.lifetimeSec, b.lifetimeSec);
    case DeviceColumn::Result:
        return sign(resultSortKey(a).compare(resultSortKey(b)));
    default:
        return sign(sortKey(a, column).compare(sortKey(b, column)));
    }
}

} // namespace hangar::app
