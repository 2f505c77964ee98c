#pragma once

// Internal to core/coap: drives one libcoap context from the Qt event loop.

#include <coap3/coap.h>

#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <chrono>
#include <functional>
#include <unordered_map>
#include <vector>

namespace hangar::coap {

/// Puts libcoap's epoll descriptor on a QSocketNotifier and keeps the per-datagram cost
/// independent of the number of sessions.
///
/// Why the second, empty context: coap_io_do_epoll() reads each ready socket through the
/// socket's own context, then ends with coap_io_prepare_epoll() on the context it was given,
/// which walks every session (retransmissions, idle reaping, DTLS and block timeouts):
/// O(sessions) per call. Socket events are therefore handed to an empty "reader" context,
/// and the real context is walked ("swept") at most once per `kSweepInterval`: after activity
/// (deadlines set while reading get armed) and when libcoap's timerfd fires. That timer fires
/// far too early in 4.3.1 whenever several confirmable messages are in flight (coap_wait_ack
/// arms it with a delta relative to the previous queue entry), so its wakeups are read and
/// coalesced here instead of each costing a walk. Deadlines are thus late by < kSweepInterval.
class EventPump : public QObject
{
    Q_OBJECT

public:
    /// `run` wraps every call into libcoap (the owner defers frees until libcoap returned).
    EventPump(coap_context_t* context, std::function<void(const std::function<void()>&)> run,
              QObject* parent = nullptr);
    ~EventPump() override;

    /// Asks for a session walk soon (after creating sessions or starting handshakes).
    void requestSweep();

    using HelloHook = std::function<void(int fd, const coap_address_t& source)>;

    /// From now on, before libcoap reads a datagram on the DTLS endpoint socket `fd`, peeks it
    /// and calls `onHello` when it is an epoch-0 ClientHello (a device starting over). Only
    /// watched sockets pay the peek. False if the socket is not in libcoap's epoll set.
    bool watchHandshakes(int fd, HelloHook onHello);

    /// Called for a watched plain socket with data, before libcoap reads it: true when the
    /// filter consumed the next datagram itself (it is then asked again).
    using DatagramFilter = std::function<bool(int fd, std::uint16_t localPort)>;

    /// From now on, while `active()` holds, runs `filter` on the plain endpoint socket `fd`
    /// before libcoap reads from it. False if the socket is not in libcoap's epoll set.
    bool watchDatagrams(int fd, std::uint16_t localPort, std::function<bool()> active, DatagramFilter filter);

    /// Puts the socket `replacement` in the place of libcoap's socket `fd` (same descriptor
    /// number, same epoll registration) and closes the one it replaces. Takes ownership of
    /// `replacement` in every case. False if `fd` is not in libcoap's epoll set.
    bool replaceSocket(int fd, int replacement);

    static constexpr std::chrono::milliseconds kSweepInterval{50};
    static constexpr int kMaxRoundsPerWakeup = 64;

private:
    void onReadable();
    void sweep();
    void peekHello(const void* socket) const;
    void filterDatagrams(const void* socket) const;

    struct Watched
    {
        const void* socket = nullptr; ///< libcoap's coap_socket_t, the epoll event's data
        int fd = -1;
    };

    coap_context_t* m_context;
    coap_context_t* m_reader;
    std::function<void(const std::function<void()>&)> m_run;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_sweepTimer;
    QElapsedTimer m_sinceSweep;
    int m_epollFd = -1;
    int m_timerFd = -1; ///< libcoap's timerfd in the epoll set, -1 if not found
    std::vector<Watched> m_watched;
    HelloHook m_onHello;
    struct Filtered
    {
        int fd = -1;
        std::uint16_t port = 0;
    };
    std::unordered_map<const void*, Filtered> m_filtered;
    std::function<bool()> m_filterActive;
    DatagramFilter m_filter;
};

} // namespace hangar::coap
