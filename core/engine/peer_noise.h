#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hangar::engine {

/// How PeerNoise aggregates.
struct PeerNoiseLimits
{
    /// Events of one kind from one source within a window (aligned to multiples of it on the
    /// wall clock: a minute means 12:03:00 to 12:04:00) become one event and one summary.
    std::chrono::milliseconds window{60'000};
    /// (kind, source) pairs tracked per window; events of further sources only count towards
    /// one "other sources" summary per kind.
    std::size_t maxSources = 100;
};

/// What a source did in one window beyond its first event, or all the untracked sources did.
struct NoiseSummary
{
    std::string kind;
    std::string source;      ///< the peer address, or PeerNoise::kOtherSources
    std::string endpoint;    ///< the endpoint every one of them named; empty when they differed
    std::uint64_t count = 0; ///< events in the window, the first one included
    std::int64_t windowStartMs = 0;
};

/// Counts events that peers can cause without authenticating, per (kind, source) and window,
/// in bounded memory. Pure bookkeeping: the caller passes the time and writes the events.
class PeerNoise
{
public:
    static constexpr std::string_view kOtherSources = "other sources";

    explicit PeerNoise(PeerNoiseLimits limits);

    /// Counts one event at `nowMs`, first closing a window that has ended (its summaries are
    /// appended to `closed`). True when the event is the first of its (kind, source) in the
    /// window and should be recorded in full; false when it was only counted.
    bool admit(std::string_view kind, std::string_view source, std::string_view endpoint,
               std::int64_t nowMs, std::vector<NoiseSummary>& closed);
    /// The summaries of the current window once it has ended by `nowMs` (or at once when the
    /// wall clock went back before its start); nothing while it is still open.
    std::vector<NoiseSummary> closeEnded(std::int64_t nowMs);
    /// The summaries of the current window, ended or not (the engine is stopping).
    std::vector<NoiseSummary> closeAll();
    /// When the current window ends; nullopt when nothing is being counted.
    std::optional<std::int64_t> windowEndMs() const;

private:
    struct Tracked
    {
        std::string kind;
        std::string source;
        std::string endpoint;
        bool sameEndpoint = true;
        std::uint64_t count = 0;
    };

    const PeerNoiseLimits m_limits;
    std::int64_t m_windowStartMs = 0;
    std::unordered_map<std::string, Tracked> m_tracked;           ///< by kind + '\n' + source
    std::map<std::string, std::uint64_t, std::less<>> m_overflow; ///< by kind
};

} // namespace hangar::engine
