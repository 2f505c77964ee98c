// transport_bench: request round trips per second on loopback, raw UDP versus the CoAP
// transport (client session -> server endpoint -> response), with growing numbers of idle
// sessions. The rate through the transport must not fall as idle sessions grow.
//
// Usage: transport_bench [--quick]

#include "coap/coap_context.h"
#include "coap/file_limit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace hangar::coap;
using namespace std::chrono_literals;

namespace {

/// Wall-clock rate and process CPU time per round trip: the CPU figure stays meaningful on
/// a machine shared with other work, the rate does not.
struct Measurement
{
    double perSecond = 0;
    double cpuMicrosPerRoundTrip = 0;
};

double processCpuSeconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

struct Settings
{
    std::chrono::milliseconds runTime{3000};
    std::vector<int> windows{1, 32};
    std::vector<int> idleCounts{0, 100, 1000, 10000};
};

int boundUdpSocket()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    return fd;
}

sockaddr_in localAddressOf(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof(address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    return address;
}

/// Raw UDP echo in one thread: the client keeps `window` datagrams in flight, the echo side
/// answers each; one round trip is send + receive + echo + receive.
Measurement rawUdpRate(int window, std::chrono::milliseconds runTime)
{
    const int server = boundUdpSocket();
    const int client = boundUdpSocket();
    const sockaddr_in serverAddress = localAddressOf(server);
    const sockaddr_in clientAddress = localAddressOf(client);
    ::connect(client, reinterpret_cast<const sockaddr*>(&serverAddress), sizeof(serverAddress));
    std::array<char, 64> message{};
    std::memset(message.data(), 'x', message.size());
    std::array<char, 2048> buffer{};
    for (int i = 0; i < window; ++i)
        ::send(client, message.data(), 32, 0);
    long completed = 0;
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = processCpuSeconds();
    while (clock.elapsed() < runTime.count()) {
        for (int i = 0; i < 256; ++i) {
            const auto got = ::recv(server, buffer.data(), buffer.size(), 0);
            ::sendto(server, buffer.data(), static_cast<size_t>(got), 0,
                     reinterpret_cast<const sockaddr*>(&clientAddress), sizeof(clientAddress));
            ::recv(client, buffer.data(), buffer.size(), 0);
            ++completed;
            ::send(client, message.data(), 32, 0);
        }
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuStart;
    ::close(server);
    ::close(client);
    return {static_cast<double>(completed) / seconds, cpu * 1e6 / static_cast<double>(completed)};
}

void runEventLoop(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Predicate>
bool runUntil(Predicate done, std::chrono::milliseconds limit)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < limit.count())
        runEventLoop(2ms);
    return done();
}

ConnectOptions plainClient(std::uint16_t port)
{
    ConnectOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    return options;
}

/// A server endpoint plus a client context holding `idle` quiet sessions that registered once.
struct Fleet
{
    CoapContext server;
    CoapContext clients;
    std::uint16_t port = 0;
    std::vector<SessionId> idle;
    std::vector<SessionId> active;

    bool open()
    {
        server.setRequestHandler([](const IncomingRequest& request) -> std::optional<Answer> {
            Answer answer;
            if (request.uriPath.size() == 1 && request.uriPath.front() == "rd") {
                answer.response.code = ResponseCode::Created;
                answer.response.locationPath = {"rd", "x"};
            } else {
                answer.response.contentFormat = 0;
                answer.response.payload = {'4', '2'};
            }
            return answer;
        });
        auto bound = server.listen("127.0.0.1", 0, {});
        if (!bound) {
            std::fprintf(stderr, "listen failed: %s\n", bound.error().message.c_str());
            return false;
        }
        port = *bound;
        return true;
    }

    /// Opens sessions and registers each once, at most `inFlight` at a time.
    bool addIdle(int count)
    {
        constexpr int inFlight = 256;
        int started = 0;
        int finished = 0;
        int failed = 0;
        std::function<void()> startNext = [&] {
            while (started < count && started - finished < inFlight) {
                auto session = clients.connect(plainClient(port));
                if (!session) {
                    std::fprintf(stderr, "connect failed: %s\n", session.error().message.c_str());
                    ++failed;
                    ++finished;
                    ++started;
                    continue;
                }
                idle.push_back(*session);
                Request registration;
                registration.method = Method::Post;
                registration.uriPath = {"rd"};
                registration.uriQuery = {"ep=idle" + std::to_string(started), "lt=86400"};
                ++started;
                clients.send(*session, registration, [&](hangar::Expected<Response> response) {
                    ++finished;
                    if (!response)
                        ++failed;
                });
            }
        };
        while (finished < count) {
            startNext();
            if (!runUntil([&] { return finished >= count || (started < count && started - finished < inFlight); },
                          30000ms))
                return false;
        }
        if (failed > 0)
            std::fprintf(stderr, "%d idle registrations failed\n", failed);
        return failed == 0;
    }

    /// Keeps `window` confirmable GETs in flight, one per active session (libcoap's NSTART is 1).
    Measurement requestRate(int window, std::chrono::milliseconds runTime)
    {
        while (static_cast<int>(active.size()) < window) {
            auto session = clients.connect(plainClient(port));
            if (!session)
                return {};
            active.push_back(*session);
        }
        long completed = 0;
        long failures = 0;
        bool running = true;
        Request read;
        read.uriPath = {"3", "0", "9"};
        std::function<void(SessionId)> issue = [&](SessionId session) {
            clients.send(session, read, [&, session](hangar::Expected<Response> response) {
                if (response)
                    ++completed;
                else
                    ++failures;
                if (running)
                    issue(session);
            });
        };
        for (int i = 0; i < window; ++i)
            issue(active[static_cast<std::size_t>(i)]);
        runEventLoop(200ms); // warm-up
        const long warm = completed;
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = processCpuSeconds();
        runEventLoop(runTime);
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        const double cpu = processCpuSeconds() - cpuStart;
        const long measured = completed - warm;
        running = false;
        runUntil([&] { return false; }, 100ms); // let the last answers drain
        if (failures > 0)
            std::fprintf(stderr, "%ld requests failed\n", failures);
        if (measured == 0)
            return {};
        return {static_cast<double>(measured) / seconds, cpu * 1e6 / static_cast<double>(measured)};
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Settings settings;
    if (app.arguments().contains(QStringLiteral("--quick")))
        settings.runTime = 700ms;
    std::printf("open file limit: %llu\n", static_cast<unsigned long long>(raiseOpenFileLimit()));

    std::printf("\n%-34s %7s %13s %14s %7s %13s %7s\n", "path", "window", "idle sessions", "round trips/s",
                "vs UDP", "CPU us/trip", "vs UDP");
    std::vector<Measurement> raw;
    for (const int window : settings.windows) {
        raw.push_back(rawUdpRate(window, settings.runTime));
        std::printf("%-34s %7d %13s %14.0f %7.2f %13.2f %7.2f\n", "raw UDP echo (POSIX, one thread)", window, "-",
                    raw.back().perSecond, 1.0, raw.back().cpuMicrosPerRoundTrip, 1.0);
    }
    std::fflush(stdout);

    Fleet fleet;
    if (!fleet.open())
        return 1;
    int idleNow = 0;
    for (const int idle : settings.idleCounts) {
        QElapsedTimer setup;
        setup.start();
        if (!fleet.addIdle(idle - idleNow)) {
            std::fprintf(stderr, "could not open %d idle sessions\n", idle);
            return 1;
        }
        idleNow = idle;
        if (idle > 0)
            std::printf("  (%d idle sessions registered in %.1f s; server holds %zu sessions)\n", idle,
                        static_cast<double>(setup.elapsed()) / 1000.0, fleet.server.sessionCount());
        for (std::size_t i = 0; i < settings.windows.size(); ++i) {
            const int window = settings.windows[i];
            const Measurement m = fleet.requestRate(window, settings.runTime);
            std::printf("%-34s %7d %13d %14.0f %7.2f %13.2f %7.2f\n", "CoAP CON GET via CoapContext", window, idle,
                        m.perSecond, m.perSecond / raw[i].perSecond, m.cpuMicrosPerRoundTrip,
                        m.cpuMicrosPerRoundTrip / raw[i].cpuMicrosPerRoundTrip);
            std::fflush(stdout);
        }
    }
    return 0;
}
