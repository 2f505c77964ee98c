#include "event_wait.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <thread>

namespace hangar::bench {

bool runUntil(const std::function<bool()>& done, std::chrono::milliseconds limit, std::chrono::milliseconds poll)
{
    if (done())
        return true;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool held = false;
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(poll);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        held = done();
        if (held || std::chrono::steady_clock::now() >= deadline)
            loop.quit();
    });
    timer.start();
    loop.exec();
    return held;
}

void runFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

void runOffThread(const std::function<void()>& work)
{
    std::atomic<bool> finished{false};
    std::thread worker([&] {
        work();
        finished.store(true);
    });
    runUntil([&] { return finished.load(); }, std::chrono::hours(24), std::chrono::milliseconds(2));
    worker.join();
}

} // namespace hangar::bench
