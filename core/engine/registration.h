#pragma once

#include "coap/coap_types.h"
#include "store/store_records.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hangar::engine {

/// What /3/0 told about a device (read after it registered, again on Updates until a read succeeds).
struct DeviceInfo
{
    std::optional<std::string> manufacturer;
    std::optional<std::string> model;
    std::optional<std::string> serialNumber;
    std::optional<std::string> firmwareVersion;
};

/// One live registration, kept compact: strings of a few bytes stay in the small-string buffer
/// and no timer or QObject belongs to a single device.
struct Registration
{
    std::uint32_t key = 0;      ///< random, never 0; its hex form is the /rd/<id> location
    std::string endpoint;
    coap::SessionId session = 0; ///< 0 while the device has no transport session
    std::string lwm2mVersion;
    std::string binding;
    std::string objectLinks;     ///< the Register/Update payload text
    std::string address;         ///< peer "host:port" of the last Register/Update ("[v6]:port")
    std::string peerHost;        ///< the same, numeric address alone
    std::uint16_t peerPort = 0;
    std::uint16_t localPort = 0; ///< the engine's port the device talks to
    store::PeerSecurity security = store::PeerSecurity::Plain;
    std::string pskIdentity;     ///< of a Psk registration's session
    std::string rootPath = "/";  ///< where the device's objects live
    std::uint16_t format = 0;    ///< content format to talk to the device (ContentFormat)
    bool queueMode = false;
    bool sleeping = false;
    bool infoWanted = false;  ///< /3/0 is announced but no read of it has succeeded yet
    bool infoReading = false; ///< a read of /3/0 is in flight
    std::int64_t lifetimeSec = 0;
    std::int64_t registeredAtMs = 0; ///< wall clock
    std::int64_t lastSeenMs = 0;     ///< wall clock
    std::int64_t expiresAtMs = 0;    ///< steady clock deadline of the lifetime (with grace)
    std::int64_t sleepsAtMs = 0;     ///< steady clock end of the awake window (queue mode)
    std::int64_t pingedAtMs = 0;     ///< steady clock of the last ping while it had no session
    std::int64_t awakeSinceMs = 0;   ///< steady clock of its last Register/Update or notification
    std::int64_t wakeIntervalMs = 0; ///< from its previous contact to its last Update (0: unknown)
    DeviceInfo info;

    /// The /rd/<id> segment of this registration.
    std::string id() const;
    /// The device row the store keeps for this registration.
    store::DeviceRecord record(store::DeviceStatus status) const;
    /// What the store keeps so that a restarted engine can take the registration back.
    store::RegistrationRecord live() const;
    store::DeviceStatus status() const
    {
        return sleeping ? store::DeviceStatus::Sleeping : store::DeviceStatus::Registered;
    }
};

/// A registration a previous run of the engine left, with the device row it showed.
struct RestoredRegistration
{
    store::RegistrationRecord live;
    store::DeviceRecord device;
};

/// The registration `restored` describes, without a session (the engine's sessions ended with
/// it); its deadlines are left for the caller.
std::unique_ptr<Registration> registrationFrom(const RestoredRegistration& restored);

/// Turns a /rd/<id> segment back into a registration key; 0 if it is not one.
std::uint32_t registrationKeyFromId(std::string_view id);

} // namespace hangar::engine
