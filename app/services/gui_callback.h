#pragma once

#include "common/error.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace hangar::app {

/// Wraps `done` so that it runs on `receiver`'s thread, and not at all once `receiver` is gone.
/// Engine operations report on the engine thread; views pass their callbacks through this.
template <typename T>
std::function<void(Expected<T>)> onGui(QObject* receiver, std::function<void(Expected<T>)> done)
{
    QPointer<QObject> guard(receiver);
    return [guard, done = std::move(done)](Expected<T> result) mutable {
        if (guard.isNull())
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, result = std::move(result)]() mutable {
                if (!guard.isNull())
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    };
}

} // namespace hangar::app
