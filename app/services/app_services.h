#pragma once

#include "engine/engine.h"
#include "lwm2m/object_registry.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace hangar::app {

class SimulatorHost;

/// What every view of the desktop app gets: the engine facade (thread rules in engine.h), the
/// object models, a worker pool for store queries (they may take long at 100,000 devices and
/// must never run on the GUI thread) and the embedded simulator. Owned by the application;
/// views hold a reference.
class AppServices : public QObject
{
    Q_OBJECT

public:
    AppServices(engine::Engine& engine, SimulatorHost& simulator, QObject* parent = nullptr);
    ~AppServices() override;

    engine::Engine& engine() const { return m_engine; }
    const lwm2m::ObjectRegistry& models() const { return m_engine.models(); }
    SimulatorHost& simulator() const { return m_simulator; }

    /// Runs `work` on a worker thread and hands its result to `done` on `receiver`'s thread;
    /// nothing is delivered once `receiver` is destroyed.
    template <typename T>
    void query(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
    {
        QPointer<QObject> guard(receiver);
        m_pool.start([guard, work = std::move(work), done = std::move(done)]() mutable {
            T result = work();
            if (guard.isNull())
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (!guard.isNull())
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    /// Waits for the running queries (at shutdown).
    void waitForQueries() { m_pool.waitForDone(); }

private:
    engine::Engine& m_engine;
    SimulatorHost& m_simulator;
    QThreadPool m_pool;
};

} // namespace hangar::app
