#pragma once

#include "coap/coap_types.h"
#include "faults/fault_settings.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace hangar::devicesim {

struct DeviceProfile;

enum class DeviceSecurity : std::uint8_t {
    NoSec = 1,
    Psk = 2,
};

/// How long a queue-mode device stays awake after an exchange unless a profile or scenario
/// says otherwise: MAX_TRANSMIT_WAIT with the default CoAP transmission parameters, the window
/// LwM2M 1.1 §6.5 tells servers to assume.
inline constexpr std::chrono::milliseconds kSpecAwakeTime{93'000};

/// Everything that makes one simulated device; plain data, cheap to copy.
struct DeviceConfig
{
    std::string endpoint;                 ///< LwM2M endpoint client name (ep=)
    std::string serverHost = "127.0.0.1"; ///< numeric address of the LwM2M server
    std::uint16_t serverPort = 0;         ///< 0: 5683 (NoSec) or 5684 (Psk)
    DeviceSecurity security = DeviceSecurity::NoSec;
    std::string pskIdentity;              ///< empty: the endpoint name
    std::vector<std::uint8_t> pskKey;
    std::string localAddress;             ///< numeric address to bind, empty for any

    std::uint32_t lifetimeSec = 300;
    /// Queue mode (b=U with Q): the device sleeps `awakeTime` after its last exchange and only
    /// takes requests again after it woke and sent an Update.
    bool queueMode = false;
    std::chrono::milliseconds awakeTime = kSpecAwakeTime;
    /// Queue mode: the device wakes by itself this long after it fell asleep and sends an
    /// Update (0: it only wakes for the lifetime Update or wakeUp()).
    std::chrono::milliseconds wakeInterval{0};
    /// The LwM2M version the device registers as first ("1.0", "1.1" or "1.2"); a server that
    /// refuses it makes the device step down (SimulatedDevice::lwm2mVersion()).
    std::string lwm2mVersion = "1.1";
    std::uint16_t shortServerId = 1;
    std::uint32_t defaultPminSec = 0; ///< /1/0/2
    std::uint32_t defaultPmaxSec = 0; ///< /1/0/3; 0 means no maximum period

    /// The kind of device: objects, generated values, model. nullptr is the plain device with
    /// config.temperatureSensors Temperature instances. applyProfile() (profiles/device_profile.h)
    /// also takes the profile's lifetime and queue-mode defaults.
    const DeviceProfile* profile = nullptr;
    std::string model;           ///< /3/0/1; empty: the profile's model (hangar-sim-1 without)
    std::string firmwareVersion; ///< /3/0/3; empty: the profile's version (1.0.0 without)
    /// Seeds the generated values together with the endpoint name: the same seed and endpoint
    /// give the same values on every run; another seed gives others.
    std::uint64_t seed = 0;
    std::uint16_t temperatureSensors = 1; ///< instances of object 3303 (plain device only)
    /// What the device does wrong; change it on a running device with setFaults().
    DeviceFaults faults;

    /// LwM2M 1.1 §6.2.1 keeps the Security object out of the Register object list; true lists it.
    bool announceSecurityObject = false;
    coap::MessageType notificationType = coap::MessageType::NonConfirmable;

    std::chrono::milliseconds rebootDelay{1000};       ///< offline time of an executed reboot
    std::chrono::milliseconds requestTimeout{20000};   ///< one Register/Update/De-register try
    std::chrono::milliseconds retryInitialDelay{1000}; ///< first retry after a failure, then doubled
    std::chrono::milliseconds retryMaxDelay{60000};
    std::chrono::milliseconds ackTimeout{2000};        ///< RFC 7252 ACK_TIMEOUT of the session
    std::uint16_t maxRetransmit = 4;
};

/// Where a device is in its life. 0 is never a valid state.
enum class DeviceState : std::uint8_t {
    Stopped = 1,
    Registering,
    Registered,
    Sleeping,  ///< queue mode: registered, radio off
    Rebooting, ///< offline after an executed reboot or factory reset
    Error,     ///< the last registration attempt failed; a retry is scheduled
};

/// "stopped", "registering", ... for logs and tests.
const char* toString(DeviceState state);

/// What a device did so far; counters only grow.
struct DeviceCounters
{
    std::uint64_t requestsServed = 0;   ///< server requests answered (any code)
    std::uint64_t notificationsSent = 0;
    std::uint64_t registrations = 0;    ///< successful Registers
    std::uint64_t updates = 0;          ///< successful Updates
    std::uint64_t deregistrations = 0;  ///< successful De-registers
    std::uint64_t errors = 0;           ///< failed registration exchanges
    std::uint64_t errorAnswers = 0;     ///< server requests answered with an injected error
    std::uint64_t reboots = 0;          ///< executed reboots, reboot-loop ones included
    std::uint64_t versionFallbacks = 0; ///< Registers refused for their LwM2M version, then retried older
};

} // namespace hangar::devicesim
