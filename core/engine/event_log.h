#pragma once

#include "store/store.h"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace hangar::engine {

/// Writes engine events to the store as {kind, endpoint, details JSON}. Events that untrusted
/// peers can trigger at will (malformed requests, refused handshakes) are rate limited so a
/// flood cannot fill the database; the number suppressed is reported in the next one let through.
class EventLog
{
public:
    using Detail = std::pair<std::string_view, std::string_view>;

    explicit EventLog(store::Store& store) : m_store(store) {}

    /// Records one event; details become a JSON object of strings.
    void record(std::string_view kind, std::string_view endpoint, std::initializer_list<Detail> details);
    /// Like record() but at most kBurst events per second across all throttled kinds.
    void recordThrottled(std::string_view kind, std::string_view endpoint,
                         std::initializer_list<Detail> details);

    /// The event record() would write, for a caller that writes it in one transaction with
    /// the change it tells of.
    static store::EventRecord compose(std::string_view kind, std::string_view endpoint,
                                      std::initializer_list<Detail> details);

    static constexpr int kBurst = 50;

private:
    static store::EventRecord compose(std::string_view kind, std::string_view endpoint,
                                      std::span<const Detail> details);
    void write(std::string_view kind, std::string_view endpoint, std::span<const Detail> details);

    store::Store& m_store;
    std::int64_t m_windowStartMs = 0;
    int m_inWindow = 0;
    std::uint64_t m_suppressed = 0;
};

/// `text` as a JSON string literal (quotes included).
std::string jsonString(std::string_view text);

} // namespace hangar::engine
