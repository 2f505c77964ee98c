#pragma once

#include "engine/peer_noise.h"
#include "store/store.h"

#include <QTimer>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace hangar::engine {

/// Writes engine events to the store as {kind, endpoint, details JSON}. Events that peers can
/// cause at will without authenticating (refused handshakes, malformed or refused requests)
/// go through recordFromPeer(), which aggregates them per kind, source address and minute so
/// that a flood cannot fill the database.
class EventLog
{
public:
    using Detail = std::pair<std::string_view, std::string_view>;

    explicit EventLog(store::Store& store, PeerNoiseLimits noise = {});
    /// Writes the summaries of the window still open.
    ~EventLog();
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    /// Records one event; details become a JSON object of strings.
    void record(std::string_view kind, std::string_view endpoint, std::initializer_list<Detail> details);
    /// Records an event that `source` (a peer address without port: a peer picks its ports
    /// freely) caused. The first of its kind from that source in a window is recorded in full;
    /// later ones are only counted, and once the window ends one summary event of the same
    /// kind says how many there were: {"summary":"true","source":…,"count":…,"since":…}, the
    /// count including the first. Beyond PeerNoiseLimits::maxSources sources in a window,
    /// events are only counted into a summary with source "other sources".
    void recordFromPeer(std::string_view kind, std::string_view source, std::string_view endpoint,
                        std::initializer_list<Detail> details);

    /// The event record() would write, for a caller that writes it in one transaction with
    /// the change it tells of.
    static store::EventRecord compose(std::string_view kind, std::string_view endpoint,
                                      std::initializer_list<Detail> details);

private:
    static store::EventRecord compose(std::string_view kind, std::string_view endpoint,
                                      std::span<const Detail> details);
    void write(std::string_view kind, std::string_view endpoint, std::span<const Detail> details);
    void writeSummaries(const std::vector<NoiseSummary>& summaries);
    void closeEndedWindow();

    store::Store& m_store;
    PeerNoise m_noise;
    QTimer m_windowEnd; ///< fires when the window with counted events ends
};

/// `text` as a JSON string literal (quotes included).
std::string jsonString(std::string_view text);

} // namespace hangar::engine
