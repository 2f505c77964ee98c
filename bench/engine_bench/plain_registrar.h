#pragma once

// Plain-CoAP registrations from raw UDP sockets: one socket per device, hand-encoded Register
// messages, a bounded window of registrations in flight, retransmission on timeout.

#include "bench_clock.h"
#include "loopback_sockets.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::bench {

/// The Register payload of every benchmark device: SenML CBOR announced, a Server object and
/// one temperature sensor. No /3/0: the engine would read it after each Register, and the
/// raw-socket devices do not answer reads.
inline constexpr std::string_view kBenchObjectLinks =
    "</>;rt=\"oma.lwm2m\";ct=112,</1/0>,</3303/0>";

struct PlainRegisterSettings
{
    sockaddr_in server{};
    std::string endpointPrefix; ///< endpoint names are prefix + zero-padded index
    std::uint64_t firstIndex = 0;
    std::uint64_t count = 0;
    int window = 256;                                ///< registrations in flight
    std::chrono::milliseconds retransmitAfter{1000}; ///< doubled on each retransmission
    int maxRetransmits = 4;
    std::chrono::milliseconds timeLimit{60000};
    bool keepSockets = false; ///< hand the sockets of registered devices back (else closed at 2.01)
};

/// A registered device whose socket stayed open (connected to the engine's endpoint).
struct OpenDevice
{
    int fd = -1;
    std::string endpoint;
};

struct RegisterOutcome
{
    std::uint64_t registered = 0;
    std::uint64_t failed = 0;
    std::uint64_t retransmits = 0;
    double seconds = 0;
    LatencySummary latency; ///< send of the first attempt to 2.01
    std::string firstFailure;
    std::vector<OpenDevice> devices; ///< with keepSockets

    double perSecond() const { return seconds > 0 ? static_cast<double>(registered) / seconds : 0; }
};

/// The endpoint name of device `index` ("plain-000042").
std::string endpointName(const std::string& prefix, std::uint64_t index);

/// Registers `count` devices; each gets a fresh source address/port from `sources`.
RegisterOutcome registerPlainDevices(const PlainRegisterSettings& settings, SourcePool& sources);

} // namespace hangar::bench
