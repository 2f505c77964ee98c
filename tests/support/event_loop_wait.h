#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <chrono>

namespace hangar::test {

using namespace std::chrono_literals;

/// Runs the event loop until `done()` holds or `limit` passed; returns done().
template <typename Predicate>
bool waitFor(Predicate done, std::chrono::milliseconds limit = 5000ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limit.count())
            return done();
        QEventLoop loop;
        QTimer tick;
        tick.setSingleShot(true);
        QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        tick.start(5);
        loop.exec();
    }
    return true;
}

/// Runs the event loop for a fixed time.
inline void spin(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace hangar::test
