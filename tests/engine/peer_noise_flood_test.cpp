// Floods a real engine on 127.0.0.1 with what any host can send without a key: malformed
// registrations over plain CoAP and DTLS handshakes with an unknown PSK identity.
#include "engine_test_support.h"

#include "store/sqlite_database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hangar;
using namespace hangar::engine;
using namespace hangar::engine::test;

namespace {

/// A plain UDP socket bound to one local address: a source as the engine sees it.
class UdpSource
{
public:
    explicit UdpSource(const std::string& localAddress)
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        REQUIRE(::inet_pton(AF_INET, localAddress.c_str(), &local.sin_addr) == 1);
        REQUIRE(::bind(m_fd, reinterpret_cast<const sockaddr*>(&local), sizeof(local)) == 0);
    }
    ~UdpSource() { ::close(m_fd); }
    UdpSource(const UdpSource&) = delete;
    UdpSource& operator=(const UdpSource&) = delete;

    void send(std::uint16_t port, const std::vector<std::uint8_t>& datagram)
    {
        sockaddr_in engine{};
        engine.sin_family = AF_INET;
        engine.sin_port = htons(port);
        engine.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::sendto(m_fd, datagram.data(), datagram.size(), 0,
                         reinterpret_cast<const sockaddr*>(&engine),
                         sizeof(engine)) == static_cast<ssize_t>(datagram.size()));
    }

    /// Answers with code 4.00 received within `limit`, up to `expected` of them.
    int receiveBadRequests(int expected, std::chrono::milliseconds limit = 5000ms)
    {
        int received = 0;
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (received < expected) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                break;
            pollfd ready{m_fd, POLLIN, 0};
            if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0)
                break;
            std::uint8_t answer[1500];
            const ssize_t size = ::recv(m_fd, answer, sizeof(answer), 0);
            if (size >= 2 && answer[1] == 0x80) // 4.00 Bad Request
                ++received;
        }
        return received;
    }

private:
    int m_fd = -1;
};

/// A NON POST /rd?lt=60 without the endpoint name: a Register the engine refuses with 4.00.
std::vector<std::uint8_t> registerWithoutEndpoint(std::uint16_t messageId)
{
    return {0x52,
            0x02,
            static_cast<std::uint8_t>(messageId >> 8),
            static_cast<std::uint8_t>(messageId & 0xff),
            0xab,
            0xcd,
            0xb2,
            'r',
            'd',
            0x45,
            'l',
            't',
            '=',
            '6',
            '0'};
}

/// Sends `count` malformed Registers from `source` in paced bursts (a burst is answered before
/// the next goes out, so the socket buffers never drop any); each is preceded by a datagram
/// that is not CoAP at all. Returns how many were answered with 4.00.
int floodMalformed(UdpSource& source, std::uint16_t port, int count, std::uint16_t& messageId)
{
    constexpr int kBurst = 50;
    const std::vector<std::uint8_t> garbage = {0x00, 0x01, 'n', 'o', 't', ' ', 'c', 'o', 'a', 'p'};
    int answered = 0;
    for (int sent = 0; sent < count; sent += kBurst) {
        const int burst = std::min(kBurst, count - sent);
        for (int i = 0; i < burst; ++i) {
            source.send(port, garbage);
            source.send(port, registerWithoutEndpoint(++messageId));
        }
        answered += source.receiveBadRequests(burst);
    }
    return answered;
}

/// The aggregated view of one kind of event in the log.
struct NoiseTally
{
    int firsts = 0;    ///< events recorded in full
    int summaries = 0; ///< summary events
    std::uint64_t occurrences =
        0; ///< what happened: firsts plus what the summaries counted beyond them
    std::uint64_t otherSources = 0;
    int events() const { return firsts + summaries; }
};

NoiseTally tally(const std::vector<store::EventRecord>& events)
{
    NoiseTally result;
    for (const store::EventRecord& event : events) {
        const QJsonObject details =
            QJsonDocument::fromJson(QByteArray::fromStdString(event.detailsJson)).object();
        if (details.value(u"summary").toString() != u"true") {
            ++result.firsts;
            ++result.occurrences;
            continue;
        }
        ++result.summaries;
        const std::uint64_t count = details.value(u"count").toString().toULongLong();
        // A tracked source's summary counts its first event too; "other sources" had none.
        if (details.value(u"source").toString() ==
            QString::fromUtf8(PeerNoise::kOtherSources.data())) {
            result.otherSources += count;
            result.occurrences += count;
        } else {
            result.occurrences += count - 1;
        }
    }
    return result;
}

/// Every event of `kind` in the engine's database, read after the engine stopped.
std::vector<store::EventRecord> storedEvents(const std::string& dataDir, const std::string& kind)
{
    auto database =
        store::Database::open(LocalEngine::storePath(dataDir), store::Database::Mode::ReadOnly)
            .value();
    auto statement =
        database->prepare("SELECT time_ms, endpoint, details_json FROM events WHERE kind = ?1");
    REQUIRE(statement.has_value());
    store::StatementUse use(**statement);
    use->bind(1, std::string_view(kind));
    std::vector<store::EventRecord> events;
    while (use->step().value_or(false))
        events.push_back(store::EventRecord{0, use->int64(0), kind, use->text(1), use->text(2)});
    return events;
}

} // namespace

TEST_CASE("a flood of malformed datagrams from one source is logged once with a per-minute count",
          "[engine][noise]")
{
    TestEngine engine;
    const std::string dataDir = engine.config.dataDir;
    UdpSource source("127.0.0.1");
    std::uint16_t messageId = 0;
    REQUIRE(floodMalformed(source, engine->coapPort(), 1000, messageId) == 1000);

    // While the minute is open only the first of them is in the log (two if it just turned).
    const auto whileOpen = tally(engine.events("malformed-request"));
    CHECK(whileOpen.firsts >= 1);
    CHECK(whileOpen.firsts <= 2);

    // Stopping the engine writes the summary of the minute still open.
    engine.engine.reset();
    const auto events = storedEvents(dataDir, "malformed-request");
    const NoiseTally stored = tally(events);
    CHECK(stored.occurrences == 1000);
    CHECK(stored.events() <= 4);
    CHECK(stored.summaries >= 1);
    for (const store::EventRecord& event : events) {
        if (event.detailsJson.find("\"summary\":\"true\"") != std::string::npos)
            CHECK(event.detailsJson.find("\"source\":\"127.0.0.1\"") != std::string::npos);
    }
    // Datagrams that are not CoAP at all never reach the log.
    auto database =
        store::Database::open(LocalEngine::storePath(dataDir), store::Database::Mode::ReadOnly)
            .value();
    CHECK(database
              ->queryInt("SELECT count(*) FROM events WHERE kind NOT IN ('malformed-request', "
                         "'engine-started')")
              .value() == 0);
}

TEST_CASE("malformed datagrams from many sources stay bounded with an 'other sources' count",
          "[engine][noise]")
{
    TestEngine engine([](EngineConfig& config) { config.peerNoise.maxSources = 20; });
    const std::string dataDir = engine.config.dataDir;
    constexpr int kSources = 100;
    constexpr int kEach = 3;
    std::uint16_t messageId = 0;
    for (int i = 0; i < kSources; ++i) {
        UdpSource source("127.0.0." + std::to_string(10 + i));
        REQUIRE(floodMalformed(source, engine->coapPort(), kEach, messageId) == kEach);
    }
    engine.engine.reset();
    const NoiseTally stored = tally(storedEvents(dataDir, "malformed-request"));
    CHECK(stored.occurrences == kSources * kEach);
    // 20 sources in full with a summary each, the other 80 in one count (twice over when a
    // minute turned during the test).
    CHECK(stored.events() <= 2 * (20 + 20 + 1));
    CHECK(stored.otherSources >= (kSources - 2 * 20) * kEach);
}

TEST_CASE("refused PSK handshakes from one source are summed up when each window closes",
          "[engine][noise]")
{
    TestEngine engine([](EngineConfig& config) { config.peerNoise.window = 1s; });
    constexpr int kHandshakes = 60;
    coap::CoapContext clients;
    std::vector<coap::SessionId> sessions;
    for (int i = 0; i < kHandshakes; ++i) {
        coap::ConnectOptions options;
        options.host = "127.0.0.1";
        options.port = engine->coapsPort();
        options.mode = coap::SecurityMode::Psk;
        options.pskIdentity = "id-stranger-" + std::to_string(i);
        options.pskKey = kKey;
        auto connected = clients.connect(options);
        REQUIRE(connected.has_value());
        sessions.push_back(*connected);
    }
    // The summaries come from the engine's own timer at the end of each window, while it runs.
    NoiseTally seen;
    const bool complete = waitFor(
        [&] {
            seen = tally(engine.events("dtls-refused"));
            return seen.occurrences >= kHandshakes;
        },
        20s);
    INFO("occurrences " << seen.occurrences << ", firsts " << seen.firsts << ", summaries "
                        << seen.summaries);
    REQUIRE(complete);
    CHECK(seen.occurrences == kHandshakes);
    CHECK(seen.summaries >= 1);
    CHECK(seen.events() < kHandshakes / 4);
}
