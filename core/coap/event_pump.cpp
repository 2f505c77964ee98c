#include "coap/event_pump.h"

#include "coap/socket_tools.h"

#include <fcntl.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

namespace hangar::coap {

namespace {

constexpr int kEventsPerRound = 64;

// libcoap registers its timerfd with a null data pointer; /proc lists each epoll target with
// its data, which is how the timerfd (not exposed by the API) is found.
int findTimerFd(int epollFd)
{
    std::ifstream info("/proc/self/fdinfo/" + std::to_string(epollFd));
    std::string line;
    while (std::getline(info, line)) {
        std::istringstream fields(line);
        std::string tag;
        int fd = -1;
        std::string eventsTag;
        std::string events;
        std::string dataTag;
        std::string data;
        if (fields >> tag >> fd >> eventsTag >> events >> dataTag >> data && tag == "tfd:" && dataTag == "data:" &&
            data == "0")
            return fd;
    }
    return -1;
}

// The epoll data (libcoap's coap_socket_t pointer) registered for `target`, or 0.
std::uintptr_t findEpollData(int epollFd, int target)
{
    std::ifstream info("/proc/self/fdinfo/" + std::to_string(epollFd));
    std::string line;
    while (std::getline(info, line)) {
        std::istringstream fields(line);
        std::string tag;
        int fd = -1;
        std::string eventsTag;
        std::string events;
        std::string dataTag;
        std::string data;
        if (fields >> tag >> fd >> eventsTag >> events >> dataTag >> data && tag == "tfd:" && fd == target &&
            dataTag == "data:")
            return static_cast<std::uintptr_t>(std::stoull(data, nullptr, 16));
    }
    return 0;
}

} // namespace

EventPump::EventPump(coap_context_t* context,
                     std::function<void(const std::function<void()>&)> run, QObject* parent)
    : QObject(parent), m_context(context), m_reader(coap_new_context(nullptr)), m_run(std::move(run))
{
    m_epollFd = coap_context_get_coap_fd(m_context);
    m_timerFd = m_epollFd >= 0 ? findTimerFd(m_epollFd) : -1;
    m_sinceSweep.start();
    if (m_epollFd >= 0) {
        m_notifier = new QSocketNotifier(static_cast<qintptr>(m_epollFd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &EventPump::onReadable);
    }
    m_sweepTimer.setSingleShot(true);
    m_sweepTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sweepTimer, &QTimer::timeout, this, &EventPump::sweep);
    requestSweep();
}

EventPump::~EventPump()
{
    if (m_reader != nullptr)
        coap_free_context(m_reader);
}

void EventPump::requestSweep()
{
    if (m_sweepTimer.isActive())
        return;
    const auto since = std::chrono::milliseconds(m_sinceSweep.elapsed());
    m_sweepTimer.start(since >= kSweepInterval ? std::chrono::milliseconds(0) : kSweepInterval - since);
}

bool EventPump::watchHandshakes(int fd, HelloHook onHello)
{
    const std::uintptr_t data = m_epollFd >= 0 ? findEpollData(m_epollFd, fd) : 0;
    if (data == 0)
        return false;
    m_watched.push_back({reinterpret_cast<const void*>(data), fd});
    m_onHello = std::move(onHello);
    return true;
}

bool EventPump::watchDatagrams(int fd, std::uint16_t localPort, std::function<bool()> active, DatagramFilter filter)
{
    const std::uintptr_t data = m_epollFd >= 0 ? findEpollData(m_epollFd, fd) : 0;
    if (data == 0)
        return false;
    m_filtered[reinterpret_cast<const void*>(data)] = Filtered{fd, localPort};
    m_filterActive = std::move(active);
    m_filter = std::move(filter);
    return true;
}

void EventPump::filterDatagrams(const void* socket) const
{
    const auto found = m_filtered.find(socket);
    if (found == m_filtered.end())
        return;
    while (m_filter(found->second.fd, found->second.port)) {
    }
}

bool EventPump::replaceSocket(int fd, int replacement)
{
    const std::uintptr_t data = m_epollFd >= 0 ? findEpollData(m_epollFd, fd) : 0;
    if (data == 0) {
        ::close(replacement);
        return false;
    }
    // Removed first: an epoll registration belongs to the open file, which dup3 closes.
    ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, nullptr);
    const bool moved = ::dup3(replacement, fd, O_CLOEXEC) == fd;
    ::close(replacement);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = reinterpret_cast<void*>(data);
    return ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event) == 0 && moved;
}

void EventPump::peekHello(const void* socket) const
{
    for (const Watched& watched : m_watched) {
        if (watched.socket != socket)
            continue;
        if (const auto source = detail::peekClientHello(watched.fd))
            m_onHello(watched.fd, *source);
        return;
    }
}

void EventPump::onReadable()
{
    std::array<epoll_event, kEventsPerRound> events{};
    std::array<epoll_event, kEventsPerRound> sockets{};
    std::array<epoll_event, kEventsPerRound> timers{};
    bool readAny = false;
    for (int round = 0; round < kMaxRoundsPerWakeup; ++round) {
        const int count = ::epoll_wait(m_epollFd, events.data(), kEventsPerRound, 0);
        if (count <= 0)
            break;
        std::size_t socketCount = 0;
        std::size_t timerCount = 0;
        for (int i = 0; i < count; ++i) {
            const auto& event = events[static_cast<std::size_t>(i)];
            // libcoap registers its timerfd with a null pointer and each socket with its
            // coap_socket_t.
            if (event.data.ptr == nullptr)
                timers[timerCount++] = event;
            else
                sockets[socketCount++] = event;
        }
        const bool swallowTimer = timerCount > 0 && m_timerFd >= 0;
        // Before libcoap reads: a ClientHello may have to replace a stale session first.
        if (!m_watched.empty()) {
            for (std::size_t i = 0; i < socketCount; ++i)
                if ((sockets[i].events & EPOLLIN) != 0)
                    peekHello(sockets[i].data.ptr);
        }
        if (!m_filtered.empty() && m_filterActive()) {
            for (std::size_t i = 0; i < socketCount; ++i)
                if ((sockets[i].events & EPOLLIN) != 0)
                    filterDatagrams(sockets[i].data.ptr);
        }
        if (swallowTimer) {
            std::uint64_t expirations = 0;
            [[maybe_unused]] const auto got = ::read(m_timerFd, &expirations, sizeof(expirations));
        }
        m_run([&] {
            if (socketCount > 0)
                coap_io_do_epoll(m_reader != nullptr ? m_reader : m_context, sockets.data(), socketCount);
            if (timerCount > 0 && !swallowTimer)
                coap_io_do_epoll(m_context, timers.data(), timerCount);
        });
        readAny = readAny || socketCount > 0 || swallowTimer;
    }
    if (readAny)
        requestSweep();
}

void EventPump::sweep()
{
    m_sinceSweep.restart();
    m_run([&] {
        coap_tick_t now = 0;
        coap_ticks(&now);
        // Walks all sessions once and re-arms libcoap's timerfd for the next deadline.
        coap_io_prepare_epoll(m_context, now);
    });
}

} // namespace hangar::coap
