#include "store/device_rows.h"

#include "store/device_tags.h"
#include "store/sqlite_database.h"

namespace hangar::store {

namespace {

constexpr char kFieldSeparator = '\x1f';

void bindOptional(Statement& statement, int index, const std::optional<std::string>& text)
{
    if (text)
        statement.bind(index, std::string_view(*text));
    else
        statement.bindNull(index);
}

std::optional<std::string> readOptional(const Statement& statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.text(column);
}

DeviceStatus statusFrom(std::int64_t number)
{
    if (number == static_cast<std::int64_t>(DeviceStatus::Sleeping))
        return DeviceStatus::Sleeping;
    if (number == static_cast<std::int64_t>(DeviceStatus::Offline))
        return DeviceStatus::Offline;
    return DeviceStatus::Registered;
}

} // namespace

void bindDevice(Statement& statement, const DeviceRecord& device)
{
    statement.bind(1, std::string_view(device.endpoint));
    statement.bind(2, std::string_view(device.registrationId));
    statement.bind(3, std::string_view(device.lwm2mVersion));
    statement.bind(4, device.lifetimeSec);
    statement.bind(5, std::string_view(device.binding));
    statement.bind(6, std::int64_t{device.queueMode ? 1 : 0});
    statement.bind(7, std::string_view(device.objectLinks));
    statement.bind(8, static_cast<std::int64_t>(device.status));
    statement.bind(9, device.registeredAtMs);
    statement.bind(10, device.lastSeenMs);
    bindOptional(statement, 11, device.manufacturer);
    bindOptional(statement, 12, device.model);
    bindOptional(statement, 13, device.serialNumber);
    bindOptional(statement, 14, device.firmwareVersion);
    statement.bind(15, std::string_view(tagsColumnText(device.tags)));
    statement.bind(16, std::string_view(device.address));
    statement.bind(17, std::string_view(searchBaseOf(device)));
}

DeviceRecord readDevice(const Statement& statement)
{
    DeviceRecord device;
    device.endpoint = statement.text(0);
    device.registrationId = statement.text(1);
    device.lwm2mVersion = statement.text(2);
    device.lifetimeSec = statement.int64(3);
    device.binding = statement.text(4);
    device.queueMode = statement.int64(5) != 0;
    device.objectLinks = statement.text(6);
    device.status = statusFrom(statement.int64(7));
    device.registeredAtMs = statement.int64(8);
    device.lastSeenMs = statement.int64(9);
    device.manufacturer = readOptional(statement, 10);
    device.model = readOptional(statement, 11);
    device.serialNumber = readOptional(statement, 12);
    device.firmwareVersion = readOptional(statement, 13);
    device.tags = tagsFromColumnText(statement.text(14));
    device.address = statement.text(15);
    return device;
}

std::string foldCase(std::string_view text)
{
    std::string folded(text);
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return folded;
}

std::string searchTextOf(const DeviceRecord& device)
{
    // The same text SQL builds as base || lower(tags): tags are ASCII, where both fold alike.
    return searchBaseOf(device) + foldCase(tagsColumnText(device.tags));
}

std::string searchBaseOf(const DeviceRecord& device)
{
    std::string text = foldCase(device.endpoint);
    for (const auto* field : {&device.manufacturer, &device.model, &device.serialNumber}) {
        text += kFieldSeparator;
        if (*field)
            text += foldCase(**field);
    }
    // Only tags may bring a tag separator, or the tag filter could match a model name.
    std::erase(text, kTagSeparator);
    return text;
}

} // namespace hangar::store
