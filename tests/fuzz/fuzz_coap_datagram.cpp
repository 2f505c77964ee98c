// One UDP datagram into a real engine's plain CoAP endpoint on 127.0.0.1: libcoap's parsing,
// the duplicate cache and Block1 guard, the conversion to IncomingRequest, the registration
// interface and the store behind it. A probe (CON GET /probe, answered 4.04) follows every
// datagram from the same socket; its answer proves the engine has handled the datagram and still
// serves the peer. (Not a CoAP ping: on loopback, libcoap 4.3.1 left every second one of pings
// sent back to back unanswered.)
//
// The Message ID is rewritten (a real peer never repeats one within EXCHANGE_LIFETIME), and the
// engine, its store and the peer socket are made anew every kInputsPerEngine inputs so that
// registrations and the event log stay bounded however long the fuzzer runs.
#include "fuzz_support.h"

#include "engine/engine_host.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <memory>

namespace {

using namespace hangar;

constexpr std::uint32_t kInputsPerEngine = 30000; // below the 32768 Message IDs of one peer
constexpr std::size_t kMaxDatagram = 1152;        // the engine's MTU: larger datagrams are dropped

/// An engine with a fresh store, and the peer socket the datagrams come from.
struct Target
{
    QTemporaryDir dir;
    engine::EngineConfig config;
    std::unique_ptr<store::SqliteStore> store;
    std::unique_ptr<engine::EngineHost> host;
    int peer = -1;

    Target()
    {
        if (!dir.isValid())
            fuzz::violated("no temporary directory");
        store::SqliteStore::Options options;
        options.path = dir.filePath(QStringLiteral("hangar.db")).toStdString();
        auto opened = store::SqliteStore::open(options);
        if (!opened)
            fuzz::violated("the store does not open: " + opened.error().message);
        store = std::move(*opened);
        config.dataDir = dir.path().toStdString();
        config.coap = engine::ListenAddress{"127.0.0.1", 0};
        config.coaps.reset();
        config.requestTimeout = std::chrono::seconds(2);
        config.transport.plainListenShards = 1;
        host = std::make_unique<engine::EngineHost>(config, *store, fuzz::builtinModels(),
                                                    std::vector<store::Credential>{},
                                                    [](std::vector<std::string>) {});
        const auto ports = host->listen();
        if (!ports)
            fuzz::violated("the engine does not listen: " + ports.error().message);
        peer = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(ports->first);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (peer < 0 ||
            ::connect(peer, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0)
            fuzz::violated("no peer socket");
    }

    ~Target()
    {
        ::close(peer);
        host.reset();
        store.reset();
    }

    Target(const Target&) = delete;
    Target& operator=(const Target&) = delete;

    /// Runs the engine until the answer to the probe with `mid` arrives; discards everything
    /// else (answers to the datagram, the engine's own requests).
    void awaitProbeAnswer(std::uint16_t mid) const
    {
        const QDeadlineTimer deadline(5000);
        std::array<std::uint8_t, 1500> buffer{};
        while (!deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            for (;;) {
                const ssize_t got = ::recv(peer, buffer.data(), buffer.size(), 0);
                if (got < 0)
                    break;
                const bool acknowledgement = got >= 4 && (buffer[0] & 0xf0) == 0x60;
                if (acknowledgement && buffer[2] == (mid >> 8) && buffer[3] == (mid & 0xff))
                    return;
            }
        }
        fuzz::violated("the engine did not answer a probe after the datagram");
    }
};

std::unique_ptr<Target> g_target;
std::uint32_t g_inputs = 0;

void sendDatagram(const std::uint8_t* data, std::size_t size)
{
    if (::send(g_target->peer, data, size, 0) < 0)
        fuzz::violated("send failed");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!g_target || g_inputs == kInputsPerEngine) {
        g_target.reset();
        g_target = std::make_unique<Target>();
        g_inputs = 0;
    }
    const auto mid = static_cast<std::uint16_t>(g_inputs++);
    std::vector<std::uint8_t> datagram(data, data + std::min(size, kMaxDatagram));
    if (datagram.size() >= 4) {
        datagram[2] = static_cast<std::uint8_t>(mid >> 8);
        datagram[3] = static_cast<std::uint8_t>(mid & 0xff);
    }
    sendDatagram(datagram.data(), datagram.size());
    const auto probeMid = static_cast<std::uint16_t>(0x8000 | mid);
    // CON GET, no token, Uri-Path "probe".
    const std::array<std::uint8_t, 10> probe{0x40,
                                             0x01,
                                             static_cast<std::uint8_t>(probeMid >> 8),
                                             static_cast<std::uint8_t>(probeMid & 0xff),
                                             0xb5,
                                             'p',
                                             'r',
                                             'o',
                                             'b',
                                             'e'};
    sendDatagram(probe.data(), probe.size());
    g_target->awaitProbeAnswer(probeMid);
    return 0;
}
