#include "engine/registration.h"

#include "lwm2m/registration_links.h"

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

store::RegistrationRecord Registration::live() const
{
    store::RegistrationRecord live;
    live.endpoint = endpoint;
    live.key = key;
    live.lwm2mVersion = lwm2mVersion;
    live.binding = binding;
    live.queueMode = queueMode;
    live.objectLinks = objectLinks;
    live.rootPath = rootPath;
    live.contentFormat = format;
    live.lifetimeSec = lifetimeSec;
    live.registeredAtMs = registeredAtMs;
    live.lastUpdateMs = lastSeenMs;
    live.peerHost = peerHost;
    live.peerPort = peerPort;
    live.localPort = localPort;
    live.security = security;
    live.pskIdentity = pskIdentity;
    return live;
}

std::unique_ptr<Registration> registrationFrom(const RestoredRegistration& restored)
{
    const store::RegistrationRecord& live = restored.live;
    auto registration = std::make_unique<Registration>();
    registration->key = live.key;
    registration->endpoint = live.endpoint;
    registration->lwm2mVersion = live.lwm2mVersion;
    registration->binding = live.binding;
    registration->objectLinks = live.objectLinks;
    registration->address = restored.device.address;
    registration->peerHost = live.peerHost;
    registration->peerPort = live.peerPort;
    registration->localPort = live.localPort;
    registration->security = live.security;
    registration->pskIdentity = live.pskIdentity;
    registration->rootPath = live.rootPath;
    registration->format = live.contentFormat;
    registration->queueMode = live.queueMode;
    registration->lifetimeSec = live.lifetimeSec;
    registration->registeredAtMs = live.registeredAtMs;
    registration->lastSeenMs = live.lastUpdateMs;
    registration->info.manufacturer = restored.device.manufacturer;
    registration->info.model = restored.device.model;
    registration->info.serialNumber = restored.device.serialNumber;
    registration->info.firmwareVersion = restored.device.firmwareVersion;
    const DeviceInfo& info = registration->info;
    const bool infoUnknown = !info.manufacturer && !info.model && !info.serialNumber && !info.firmwareVersion;
    const auto links = lwm2m::parseRegistrationLinks(live.objectLinks);
    registration->infoWanted = infoUnknown && links && links->object(3) != nullptr;
    return registration;
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
