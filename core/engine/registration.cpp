#include "engine/registration.h"

#include <charconv>

namespace hangar::engine {

std::string Registration::id() const
{
    char text[8];
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i)
        text[i] = kDigits[(key >> (28 - 4 * i)) & 0xF];
    return std::string(text, 8);
}

store::DeviceRecord Registration::record(store::DeviceStatus status) const
{
    store::DeviceRecord device;
    device.endpoint = endpoint;
    device.registrationId = id();
    device.lwm2mVersion = lwm2mVersion;
    device.lifetimeSec = lifetimeSec;
    device.binding = binding;
    device.queueMode = queueMode;
    device.objectLinks = objectLinks;
    device.status = status;
    device.registeredAtMs = registeredAtMs;
    device.lastSeenMs = lastSeenMs;
    device.manufacturer = info.manufacturer;
    device.model = info.model;
    device.serialNumber = info.serialNumber;
    device.firmwareVersion = info.firmwareVersion;
    device.address = address;
    return device;
}

std::uint32_t registrationKeyFromId(std::string_view id)
{
    if (id.size() != 8)
        return 0;
    std::uint32_t key = 0;
    const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), key, 16);
    if (error != std::errc() || end != id.data() + id.size())
        return 0;
    for (const char c : id)
        if (c >= 'A' && c <= 'F')
            return 0; // only the lower-case spelling we hand out
    return key;
}

} // namespace hangar::engine
