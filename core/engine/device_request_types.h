#pragma once

#include "common/error.h"
#include "lwm2m/content_format.h"
#include "lwm2m/path_value.h"

#include <chrono>
#include <functional>
#include <optional>

namespace hangar::engine {

template <typename T>
using Done = std::function<void(Expected<T>)>;

struct ReadOptions
{
    /// The format to ask the device for; empty lets the engine pick one the device announced.
    std::optional<lwm2m::ContentFormat> format;
    /// Answer from the value cache without contacting the device.
    bool cacheOnly = false;
    std::chrono::milliseconds timeout{30'000};
};

struct ReadResult
{
    lwm2m::ContentFormat format = lwm2m::ContentFormat::Tlv; ///< what the device answered with
    lwm2m::PathValues values;
    bool fromCache = false;
    std::int64_t timeMs = 0; ///< when the values were received
};

struct WriteOptions
{
    /// false: Replace (PUT) — the target's content becomes `values`;
    /// true: Partial Update (POST) — only the given resources change.
    bool partialUpdate = false;
    std::optional<lwm2m::ContentFormat> format;
    std::chrono::milliseconds timeout{30'000};
};

/// The awake window of a queue-mode device (Engine::setAwakeWindow).
struct AwakeWindow
{
    std::chrono::milliseconds window{0}; ///< how long it is reachable after each Register/Update
    bool custom = false;                 ///< the device's own; false: the engine's default
};

/// Bounds of a device's own awake window.
inline constexpr std::chrono::milliseconds kMinAwakeWindow{100};
inline constexpr std::chrono::milliseconds kMaxAwakeWindow{86'400'000};

/// Write-Attributes parameters (LwM2M 1.1 §5.1.2); unset ones are left as they are.
struct NotificationAttributes
{
    std::optional<std::int64_t> pminSec;
    std::optional<std::int64_t> pmaxSec;
    std::optional<double> greaterThan;
    std::optional<double> lessThan;
    std::optional<double> step;

    bool empty() const { return !pminSec && !pmaxSec && !greaterThan && !lessThan && !step; }
};

} // namespace hangar::engine
