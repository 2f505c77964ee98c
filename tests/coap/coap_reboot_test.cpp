#include "coap_test_support.h"

#include <catch2/catch.hpp>

#include <QSocketNotifier>

#include <algorithm>
#include <array>
#include <memory>

using namespace hangar;
using namespace hangar::coap;
using namespace hangar::coap::test;

namespace {

int boundLoopbackSocket()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    return fd;
}

/// Stands between a device and the server, so the server always sees the device at the
/// relay's own address and port. Cutting the relay while the device's context is destroyed
/// swallows its close_notify: to the server, the device rebooted silently.
class DeviceRelay
{
public:
    explicit DeviceRelay(std::uint16_t serverPort)
        : m_deviceSide(boundLoopbackSocket()), m_serverSide(boundLoopbackSocket())
    {
        m_server.sin_family = AF_INET;
        m_server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_server.sin_port = htons(serverPort);
        m_fromDevice = std::make_unique<QSocketNotifier>(m_deviceSide, QSocketNotifier::Read);
        m_fromServer = std::make_unique<QSocketNotifier>(m_serverSide, QSocketNotifier::Read);
        QObject::connect(m_fromDevice.get(), &QSocketNotifier::activated, [this] { pump(true); });
        QObject::connect(m_fromServer.get(), &QSocketNotifier::activated, [this] { pump(false); });
    }

    ~DeviceRelay()
    {
        m_fromDevice.reset();
        m_fromServer.reset();
        ::close(m_deviceSide);
        ::close(m_serverSide);
    }

    DeviceRelay(const DeviceRelay&) = delete;
    DeviceRelay& operator=(const DeviceRelay&) = delete;

    /// The port devices connect to.
    std::uint16_t port() const
    {
        sockaddr_in address{};
        socklen_t length = sizeof(address);
        ::getsockname(m_deviceSide, reinterpret_cast<sockaddr*>(&address), &length);
        return ntohs(address.sin_port);
    }

    /// While cut, datagrams in both directions are dropped.
    void setCut(bool cut) { m_cut = cut; }

private:
    void pump(bool fromDevice)
    {
        std::array<std::uint8_t, 2048> buffer{};
        for (;;) {
            sockaddr_in source{};
            socklen_t length = sizeof(source);
            const auto got = ::recvfrom(fromDevice ? m_deviceSide : m_serverSide, buffer.data(), buffer.size(), 0,
                                        reinterpret_cast<sockaddr*>(&source), &length);
            if (got < 0)
                return;
            if (m_cut)
                continue;
            const auto size = static_cast<std::size_t>(got);
            if (fromDevice) {
                m_device = source;
                ::sendto(m_serverSide, buffer.data(), size, 0, reinterpret_cast<const sockaddr*>(&m_server),
                         sizeof(m_server));
            } else if (m_device.sin_port != 0) {
                ::sendto(m_deviceSide, buffer.data(), size, 0, reinterpret_cast<const sockaddr*>(&m_device),
                         sizeof(m_device));
            }
        }
    }

    int m_deviceSide;
    int m_serverSide;
    sockaddr_in m_server{};
    sockaddr_in m_device{};
    bool m_cut = false;
    std::unique_ptr<QSocketNotifier> m_fromDevice;
    std::unique_ptr<QSocketNotifier> m_fromServer;
};

Request registration()
{
    Request request;
    request.method = Method::Post;
    request.uriPath = {"rd"};
    return request;
}

} // namespace

TEST_CASE("a device that reboots silently gets back in from the same address and port", "[coap]")
{
    CoapContext server;
    std::vector<SessionId> registered;
    std::vector<std::pair<SessionId, SessionEvent>> events;
    server.setRequestHandler([&](const IncomingRequest& request) -> std::optional<Answer> {
        server.retain(request.session); // as an LwM2M server does for a registered device
        registered.push_back(request.session);
        Answer answer;
        answer.response.code = ResponseCode::Created;
        return answer;
    });
    QObject::connect(&server, &CoapContext::sessionEvent, &server,
                     [&](SessionId id, SessionEvent event) { events.emplace_back(id, event); });
    const auto saw = [&](SessionId id, SessionEvent event) {
        return std::find(events.begin(), events.end(), std::pair{id, event}) != events.end();
    };
    auto port = server.listen("127.0.0.1", 0, pskSecurity());
    REQUIRE(port.has_value());
    DeviceRelay relay(*port);

    auto before = std::make_unique<CoapContext>();
    auto first = before->connect(clientOptions(relay.port(), SecurityMode::Psk));
    REQUIRE(first.has_value());
    REQUIRE(roundTrip(*before, *first, registration()).has_value());
    REQUIRE(registered.size() == 1);
    const SessionId old = registered.front();

    // Power cut: the device's DTLS state vanishes without a close_notify reaching the server.
    relay.setCut(true);
    before.reset();
    spin(100ms);
    relay.setCut(false);
    REQUIRE(server.sessionInfo(old).has_value());
    REQUIRE(server.sessionInfo(old)->state == SessionState::Established);

    CoapContext after;
    auto second = after.connect(clientOptions(relay.port(), SecurityMode::Psk));
    REQUIRE(second.has_value());
    auto again = roundTrip(after, *second, registration(), 4000ms);
    REQUIRE(again.has_value());
    CHECK(again->code == ResponseCode::Created);
    REQUIRE(registered.size() == 2);
    CHECK(registered.back() != old);
    CHECK(saw(old, SessionEvent::Closed));
    CHECK(saw(old, SessionEvent::Deleted));
    CHECK_FALSE(server.sessionInfo(old).has_value());
    CHECK(server.sessionCount() == 1);
    server.release(registered.back());
}
