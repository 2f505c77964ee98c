#include "coap_test_support.h"

#include "coap/duplicate_cache.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>

#include <algorithm>
#include <optional>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

using Datagram = std::vector<std::uint8_t>;

constexpr std::uint8_t kCon = 0;
constexpr std::uint8_t kNon = 1;
constexpr std::uint8_t kAck = 2;
constexpr std::uint8_t kPost = 2;

/// A device played by hand: one UDP socket on 127.0.0.1 talking to the server under test.
class RawPeer
{
public:
    explicit RawPeer(std::uint16_t serverPort)
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof(local));
        m_server.sin_family = AF_INET;
        m_server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_server.sin_port = htons(serverPort);
    }
    ~RawPeer() { ::close(m_fd); }
    RawPeer(const RawPeer&) = delete;
    RawPeer& operator=(const RawPeer&) = delete;

    void send(const Datagram& datagram) const
    {
        ::sendto(m_fd, datagram.data(), datagram.size(), 0, reinterpret_cast<const sockaddr*>(&m_server),
                 sizeof(m_server));
    }

    /// The next datagram from the server, running the event loop meanwhile.
    std::optional<Datagram> receive(std::chrono::milliseconds limit = 2000ms) const
    {
        std::optional<Datagram> result;
        waitFor(
            [&] {
                Datagram buffer(1500);
                const auto got = ::recv(m_fd, buffer.data(), buffer.size(), MSG_DONTWAIT);
                if (got < 0)
                    return false;
                buffer.resize(static_cast<std::size_t>(got));
                result = std::move(buffer);
                return true;
            },
            limit);
        return result;
    }

private:
    int m_fd = -1;
    sockaddr_in m_server{};
};

/// A request with a 4-byte token, Uri-Path "dup", optional Block1 option and payload.
Datagram request(std::uint8_t type, std::uint16_t mid, std::uint32_t token, const std::string& payload,
                 std::optional<std::uint8_t> block1 = std::nullopt, std::uint8_t method = kPost,
                 bool withSize1 = true)
{
    Datagram out{static_cast<std::uint8_t>(0x40 | (type << 4) | 4), method, static_cast<std::uint8_t>(mid >> 8),
                 static_cast<std::uint8_t>(mid)};
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(token >> shift));
    out.insert(out.end(), {0xB3, 'd', 'u', 'p'}); // Uri-Path (11)
    if (block1)
    {
        out.insert(out.end(), {0xD1, 0x03, *block1}); // Block1 (27 = 11 + 13 + 3)
        if (withSize1)
            out.insert(out.end(), {0xD2, 0x14, 0x04, 0x04}); // Size1 (60 = 27 + 13 + 20): 1028
    }
    if (!payload.empty()) {
        out.push_back(0xFF);
        out.insert(out.end(), payload.begin(), payload.end());
    }
    return out;
}

std::uint8_t typeOf(const Datagram& datagram) { return static_cast<std::uint8_t>((datagram.at(0) >> 4) & 3); }
std::uint8_t codeOf(const Datagram& datagram) { return datagram.at(1); }
std::uint16_t midOf(const Datagram& datagram) { return static_cast<std::uint16_t>((datagram.at(2) << 8) | datagram.at(3)); }

std::string payloadOf(const Datagram& datagram)
{
    const auto marker = std::find(datagram.begin() + 4, datagram.end(), 0xFF);
    return marker == datagram.end() ? std::string() : std::string(marker + 1, datagram.end());
}

/// A server whose handler counts its runs and answers "run <n>" with a Location-Path.
struct CountingServer
{
    explicit CountingServer(ContextOptions options = {}) : context(options)
    {
        context.setRequestHandler([this](const IncomingRequest& incoming) -> std::optional<Answer> {
            ++runs;
            lastPayload = text(incoming.payload);
            lastExchange = incoming.exchange;
            if (deferAnswers)
                return std::nullopt;
            Answer answer;
            answer.response.code = ResponseCode::Created;
            answer.response.locationPath = {"rd", "r" + std::to_string(runs)};
            answer.response.payload = bytes("run " + std::to_string(runs));
            return answer;
        });
        port = context.listen("127.0.0.1", 0, ServerSecurity{}).value();
    }

    CoapContext context;
    std::uint16_t port = 0;
    int runs = 0;
    bool deferAnswers = false;
    std::string lastPayload;
    ExchangeId lastExchange = 0;
};

} // namespace

TEST_CASE("a retransmitted CON request gets the same answer without running the handler again", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x1234, 0xCAFE0001, "register"));
    const auto first = peer.receive();
    REQUIRE(first);
    peer.send(request(kCon, 0x1234, 0xCAFE0001, "register"));
    const auto second = peer.receive();
    REQUIRE(second);
    CHECK(server.runs == 1);
    CHECK(*second == *first);
    CHECK(typeOf(*first) == kAck);
    CHECK(midOf(*first) == 0x1234);
    CHECK(codeOf(*first) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(Datagram(first->begin() + 4, first->begin() + 8) == Datagram{0xCA, 0xFE, 0x00, 0x01});
    CHECK(payloadOf(*first) == "run 1");

    // A new Message ID is a new request, even with the same token.
    peer.send(request(kCon, 0x1235, 0xCAFE0001, "register"));
    const auto third = peer.receive();
    REQUIRE(third);
    CHECK(server.runs == 2);
    CHECK(payloadOf(*third) == "run 2");
}

TEST_CASE("the same Message ID with another token is a new request", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x0042, 0x1, "a"));
    REQUIRE(peer.receive());
    peer.send(request(kCon, 0x0042, 0x2, "b"));
    const auto answer = peer.receive();
    REQUIRE(answer);
    CHECK(server.runs == 2);
    CHECK(payloadOf(*answer) == "run 2");
}

TEST_CASE("a duplicate NON request is ignored", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kNon, 0x2000, 0xBEEF, "execute"));
    const auto first = peer.receive();
    REQUIRE(first);
    CHECK(payloadOf(*first) == "run 1");
    peer.send(request(kNon, 0x2000, 0xBEEF, "execute"));
    CHECK_FALSE(peer.receive(300ms));
    CHECK(server.runs == 1);
}

TEST_CASE("a retransmitted request whose answer was deferred is only acknowledged", "[coap]")
{
    CountingServer server;
    server.deferAnswers = true;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x3000, 0x77, "execute"));
    const auto ack = peer.receive();
    REQUIRE(ack);
    CHECK(typeOf(*ack) == kAck);
    CHECK(codeOf(*ack) == 0);

    // Still pending: the duplicate is acknowledged again.
    peer.send(request(kCon, 0x3000, 0x77, "execute"));
    const auto again = peer.receive();
    REQUIRE(again);
    CHECK(*again == *ack);
    CHECK(server.runs == 1);

    Answer answer;
    answer.response.code = ResponseCode::Changed;
    REQUIRE(server.context.respond(server.lastExchange, answer));
    const auto separate = peer.receive();
    REQUIRE(separate);
    CHECK(typeOf(*separate) == kCon);
    CHECK(codeOf(*separate) == static_cast<std::uint8_t>(ResponseCode::Changed));
    const std::uint16_t separateMid = midOf(*separate);
    peer.send({0x60, 0x00, static_cast<std::uint8_t>(separateMid >> 8), static_cast<std::uint8_t>(separateMid)});

    // Answered already: a late duplicate gets an empty ACK, not a second run.
    peer.send(request(kCon, 0x3000, 0x77, "execute"));
    const auto late = peer.receive();
    REQUIRE(late);
    CHECK(*late == *ack);
    CHECK(server.runs == 1);
}

TEST_CASE("block-wise blocks are not duplicates, a repeated final block is", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    // Block1 with 1024-byte blocks (SZX 6): NUM 0 with More, then the final NUM 1.
    const std::string head(1024, 'x');
    peer.send(request(kCon, 0x4000, 0x99, head, std::uint8_t{0x0E}, 3));
    const auto proceed = peer.receive();
    REQUIRE(proceed);
    CHECK(codeOf(*proceed) == static_cast<std::uint8_t>(ResponseCode::Continue));
    peer.send(request(kCon, 0x4001, 0x99, "tail", std::uint8_t{0x16}, 3));
    const auto done = peer.receive();
    REQUIRE(done);
    CHECK(codeOf(*done) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(server.runs == 1);
    CHECK(server.lastPayload == head + "tail");

    peer.send(request(kCon, 0x4001, 0x99, "tail", std::uint8_t{0x16}, 3));
    const auto repeated = peer.receive();
    REQUIRE(repeated);
    CHECK(*repeated == *done);
    CHECK(server.runs == 1);
}

TEST_CASE("a Block1 upload without Size1 is reassembled before the handler sees it", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    const std::string head(1024, 'y');
    peer.send(request(kCon, 0x5000, 0x77, head, std::uint8_t{0x0E}, 3, false));
    const auto proceed = peer.receive();
    REQUIRE(proceed);
    CHECK(codeOf(*proceed) == static_cast<std::uint8_t>(ResponseCode::Continue));
    CHECK(server.runs == 0);
    peer.send(request(kCon, 0x5001, 0x77, "end", std::uint8_t{0x16}, 3, false));
    const auto done = peer.receive();
    REQUIRE(done);
    CHECK(codeOf(*done) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(server.runs == 1);
    CHECK(server.lastPayload == head + "end");
}

TEST_CASE("a Block1 block without its beginning is refused with 4.08", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x5100, 0x78, std::string(1024, 'z'), std::uint8_t{0x1E}, 3, false));
    const auto refused = peer.receive();
    REQUIRE(refused);
    CHECK(codeOf(*refused) == static_cast<std::uint8_t>(ResponseCode::RequestEntityIncomplete));
    CHECK(server.runs == 0);
}

TEST_CASE("a Block1 upload without Size1 whose final block is repeated leaves the server serving", "[coap]")
{
    CountingServer server;
    RawPeer peer(server.port);
    const std::string head(1024, 'y');
    peer.send(request(kCon, 0x5000, 0x77, head, std::uint8_t{0x0E}, 3, false));
    REQUIRE(peer.receive());
    peer.send(request(kCon, 0x5001, 0x77, "end", std::uint8_t{0x16}, 3, false));
    REQUIRE(peer.receive());
    // libcoap 4.3.1 crashed on either: the same message again, or the final block under a new
    // Message ID with the token of the finished transfer. Both are refused with a Reset now.
    for (const std::uint16_t mid : {std::uint16_t{0x5001}, std::uint16_t{0x5002}}) {
        peer.send(request(kCon, mid, 0x77, "end", std::uint8_t{0x16}, 3, false));
        const auto refused = peer.receive();
        REQUIRE(refused);
        CHECK(typeOf(*refused) == 3);
        CHECK(midOf(*refused) == mid);
    }
    CHECK(server.runs == 1);
    // Another peer still gets its plain request answered.
    RawPeer other(server.port);
    other.send(request(kCon, 0x6000, 0x55, "hello"));
    const auto answer = other.receive();
    REQUIRE(answer);
    CHECK(codeOf(*answer) == static_cast<std::uint8_t>(ResponseCode::Created));
}

TEST_CASE("block 0 without More after an upload without Size1 is refused instead of crashing", "[coap]")
{
    // Found by tests/fuzz/fuzz_coap_datagram: once a peer had sent a block without Size1 that
    // announced more, libcoap 4.3.1 crashed (SIGSEGV) on that peer's next request carrying
    // block 0 without More, whatever its token and path. Such a request is reset now.
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x7000, 0x80, std::string(1024, 'y'), std::uint8_t{0x0E}, kPost, false));
    const auto proceed = peer.receive();
    REQUIRE(proceed);
    CHECK(codeOf(*proceed) == static_cast<std::uint8_t>(ResponseCode::Continue));
    SECTION("while the upload is open") {}
    SECTION("after the upload ended")
    {
        peer.send(request(kCon, 0x7001, 0x80, "end", std::uint8_t{0x16}, kPost, false));
        const auto done = peer.receive();
        REQUIRE(done);
        CHECK(codeOf(*done) == static_cast<std::uint8_t>(ResponseCode::Created));
    }
    const int runs = server.runs;
    peer.send(request(kCon, 0x7002, 0x81, "whole", std::uint8_t{0x06}, kPost, false));
    const auto refused = peer.receive();
    REQUIRE(refused);
    CHECK(typeOf(*refused) == 3);
    CHECK(midOf(*refused) == 0x7002);
    CHECK(server.runs == runs);
    // The server still serves, this peer included.
    peer.send(request(kCon, 0x7003, 0x82, "hello"));
    const auto answer = peer.receive();
    REQUIRE(answer);
    CHECK(codeOf(*answer) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(server.runs == runs + 1);
}

TEST_CASE("a Block1 block whose payload does not fit its size is refused instead of crashing", "[coap]")
{
    // Found by tests/fuzz/fuzz_coap_datagram: block 0 of 16 bytes (SZX 0) carrying 184, or 13
    // with more to come, then a final block 3: libcoap 4.3.1 counted blocks it never got and
    // crashed (SIGSEGV).
    CountingServer server;
    RawPeer peer(server.port);
    std::size_t carried = 0;
    SECTION("larger") { carried = 184; }
    SECTION("smaller, more announced") { carried = 13; }
    peer.send(request(kCon, 0x7100, 0x90, std::string(carried, 'a'), std::uint8_t{0x08}, kPost, false));
    const auto refused = peer.receive();
    REQUIRE(refused);
    CHECK(typeOf(*refused) == 3);
    CHECK(midOf(*refused) == 0x7100);
    peer.send(request(kCon, 0x7101, 0x90, "end", std::uint8_t{0x30}, kPost, false));
    const auto late = peer.receive();
    REQUIRE(late);
    CHECK(codeOf(*late) == static_cast<std::uint8_t>(ResponseCode::RequestEntityIncomplete));
    peer.send(request(kCon, 0x7102, 0x91, "hello"));
    const auto answer = peer.receive();
    REQUIRE(answer);
    CHECK(codeOf(*answer) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(server.runs == 1);
}

TEST_CASE("a final Block1 block beyond an open upload is refused instead of crashing", "[coap]")
{
    // Found by tests/fuzz/fuzz_coap_datagram: with an upload without Size1 open, a final block
    // far ahead of it (block 2000, under its token or another) crashed libcoap 4.3.1 (SIGSEGV).
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x7200, 0xA0, std::string(1024, 'y'), std::uint8_t{0x0E}, kPost, false));
    const auto proceed = peer.receive();
    REQUIRE(proceed);
    CHECK(codeOf(*proceed) == static_cast<std::uint8_t>(ResponseCode::Continue));
    std::uint32_t token = 0;
    SECTION("under the upload's token") { token = 0xA0; }
    SECTION("under another token") { token = 0xA1; }
    Datagram ahead = request(kCon, 0x7201, token, "end", std::uint8_t{0x00}, kPost, false);
    // Block1 (option 27) as two bytes: block 2000, More clear, SZX 6.
    const auto block1 = std::find(ahead.begin(), ahead.end(), std::uint8_t{0xD1});
    REQUIRE(block1 != ahead.end());
    *block1 = 0xD2;
    *(block1 + 2) = 0x7D;
    ahead.insert(block1 + 3, std::uint8_t{0x06});
    peer.send(ahead);
    const auto refused = peer.receive();
    REQUIRE(refused);
    CHECK(typeOf(*refused) == 3);
    CHECK(midOf(*refused) == 0x7201);
    // The upload itself still completes.
    peer.send(request(kCon, 0x7202, 0xA0, "end", std::uint8_t{0x16}, kPost, false));
    const auto done = peer.receive();
    REQUIRE(done);
    CHECK(codeOf(*done) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(server.lastPayload == std::string(1024, 'y') + "end");
}

TEST_CASE("a Block1 request in an ACK is guarded like any other", "[coap]")
{
    // Found by tests/fuzz/fuzz_coap_datagram: libcoap 4.3.1 handles a request code in an ACK;
    // an oversized final block sent that way after an open upload crashed it (SIGSEGV).
    CountingServer server;
    RawPeer peer(server.port);
    peer.send(request(kCon, 0x7300, 0xB0, std::string(16, 'y'), std::uint8_t{0x08}, kPost, false));
    REQUIRE(peer.receive());
    for (const std::uint16_t mid : {std::uint16_t{0x7301}, std::uint16_t{0x7302}})
        peer.send(request(kAck, mid, 0xB1, std::string(74, 'z'), std::uint8_t{0x12}, kPost, false));
    peer.send(request(kCon, 0x7303, 0xB2, "hello"));
    const auto answer = peer.receive();
    REQUIRE(answer);
    CHECK(codeOf(*answer) == static_cast<std::uint8_t>(ResponseCode::Created));
    CHECK(midOf(*answer) == 0x7303);
}

TEST_CASE("duplicates are recognised only within the window and the entry bound", "[coap]")
{
    ContextOptions options;
    options.duplicateWindow = 300ms;
    options.duplicateCacheEntries = 2;
    CountingServer server(options);
    RawPeer peer(server.port);
    for (std::uint16_t mid = 1; mid <= 3; ++mid) {
        peer.send(request(kCon, mid, mid, "x"));
        REQUIRE(peer.receive());
    }
    peer.send(request(kCon, 3, 3, "x")); // still cached
    REQUIRE(peer.receive());
    CHECK(server.runs == 3);
    peer.send(request(kCon, 1, 1, "x")); // dropped as the oldest
    REQUIRE(peer.receive());
    CHECK(server.runs == 4);
    spin(400ms);
    peer.send(request(kCon, 3, 3, "x")); // expired
    REQUIRE(peer.receive());
    CHECK(server.runs == 5);
}

TEST_CASE("the duplicate cache drops its oldest entries beyond its byte bound", "[coap]")
{
    using detail::DuplicateCache;
    DuplicateCache cache(detail::DuplicateLimits{std::chrono::milliseconds(1000), 1000, 4096});
    const auto now = DuplicateCache::Clock::now();
    for (std::uint16_t mid = 0; mid < 100; ++mid)
        cache.remember(7, mid, mid, 2, false, std::vector<std::uint8_t>(200, 1), now);
    CHECK(cache.bytes() <= 4096);
    CHECK(cache.size() < 100);
    CHECK(cache.find(7, 99, 99, 2, now) != nullptr);
    CHECK(cache.find(7, 0, 0, 2, now) == nullptr);
    CHECK(cache.find(8, 99, 99, 2, now) == nullptr);
    CHECK(cache.find(7, 99, 99, 2, now + std::chrono::milliseconds(1000)) == nullptr);
}
