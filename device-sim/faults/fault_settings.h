#pragma once

#include <chrono>
#include <cstdint>

namespace hangar::devicesim {

/// What the network between a device and its server does wrong. Applied by a FaultRelay to
/// every datagram in both directions; all zero means a clean link.
struct NetworkFaults
{
    double lossPercent = 0.0;      ///< each datagram is dropped with this probability (0..100)
    double duplicatePercent = 0.0; ///< each datagram is delivered twice with this probability
    std::chrono::milliseconds latency{0}; ///< added one-way delay
    std::chrono::milliseconds jitter{0};  ///< uniform extra delay in [0, jitter]
    /// A partition drops everything between `partitionStart` and `partitionEnd` (relative to
    /// when the faults were applied); an empty window means no partition.
    std::chrono::milliseconds partitionStart{0};
    std::chrono::milliseconds partitionEnd{0};

    bool hasPartition() const { return partitionEnd > partitionStart; }
    bool any() const
    {
        return lossPercent > 0.0 || duplicatePercent > 0.0 || latency.count() > 0 || jitter.count() > 0 ||
               hasPartition();
    }
    bool operator==(const NetworkFaults&) const = default;
};

/// What a device itself does wrong.
struct DeviceFaults
{
    /// Reboot loop: the device reboots this long after each successful registration (0: off).
    std::chrono::milliseconds rebootEvery{0};
    /// The device's clock is off by this much (its Current Time and SenML times).
    std::chrono::seconds clockSkew{0};
    /// Slow responder: every answer to a server request is sent this much later (0: at once).
    std::chrono::milliseconds responseDelay{0};
    /// Share of server requests answered with an error (5.00 or 4.xx) instead (0..100).
    double errorPercent = 0.0;

    bool any() const
    {
        return rebootEvery.count() > 0 || clockSkew.count() != 0 || responseDelay.count() > 0 ||
               errorPercent > 0.0;
    }
    bool operator==(const DeviceFaults&) const = default;
};

/// Everything that can be injected into a group of devices or one device.
struct FaultSettings
{
    NetworkFaults network;
    DeviceFaults device;
    bool operator==(const FaultSettings&) const = default;
};

} // namespace hangar::devicesim
