#include "udp_echo.h"

#include "bench_clock.h"
#include "loopback_sockets.h"

#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace hangar::bench {

namespace {

/// Blocking receives that give up after `timeoutMs`, so the echo thread notices the stop flag.
void setReceiveTimeout(int fd, int timeoutMs)
{
    timeval timeout{};
    timeout.tv_sec = timeoutMs / 1000;
    timeout.tv_usec = (timeoutMs % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
}

sockaddr_in boundAddress(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof(address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    return address;
}

int blockingSocket()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopbackAddress(0x7F000001, 0);
    ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address));
    setReceiveTimeout(fd, 100);
    return fd;
}

} // namespace

double udpEchoRoundTripsPerSecond(int window, int bytes, std::chrono::milliseconds runTime)
{
    const int echo = blockingSocket();
    const int client = blockingSocket();
    const sockaddr_in echoAddress = boundAddress(echo);
    const sockaddr_in clientAddress = boundAddress(client);
    ::connect(client, reinterpret_cast<const sockaddr*>(&echoAddress), sizeof(echoAddress));
    ::connect(echo, reinterpret_cast<const sockaddr*>(&clientAddress), sizeof(clientAddress));

    std::atomic<bool> stop{false};
    std::thread echoThread([&] {
        std::array<char, 2048> buffer{};
        while (!stop.load(std::memory_order_relaxed)) {
            const ssize_t got = ::recv(echo, buffer.data(), buffer.size(), 0);
            if (got > 0)
                (void)::send(echo, buffer.data(), static_cast<std::size_t>(got), 0);
        }
    });

    std::vector<char> message(static_cast<std::size_t>(bytes), 'x');
    std::array<char, 2048> buffer{};
    for (int i = 0; i < window; ++i)
        (void)::send(client, message.data(), message.size(), 0);
    std::uint64_t completed = 0;
    const std::int64_t startNs = nowNs();
    const std::int64_t endNs = startNs + runTime.count() * 1'000'000;
    while (nowNs() < endNs) {
        for (int i = 0; i < 64; ++i) {
            if (::recv(client, buffer.data(), buffer.size(), 0) > 0)
                ++completed;
            (void)::send(client, message.data(), message.size(), 0);
        }
    }
    const double seconds = secondsSince(startNs);
    stop.store(true);
    echoThread.join();
    ::close(echo);
    ::close(client);
    return static_cast<double>(completed) / seconds;
}

} // namespace hangar::bench
