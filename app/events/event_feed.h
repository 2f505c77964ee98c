#pragma once

#include <QObject>
#include <QString>

#include <cstdint>

class QTimer;

namespace hangar::app {

class AppServices;
class EventLogModel;

/// Keeps an EventLogModel up with the engine's event log: polls eventsSince(lastId) once a
/// second on a worker thread and appends what is new. A long backlog (first start on a big
/// log) is read in chunks and only the newest model->maxRows() events are kept.
class EventFeed : public QObject
{
    Q_OBJECT

public:
    EventFeed(AppServices& services, EventLogModel& model, QObject* parent = nullptr);

    /// Polls now unless a poll is running.
    void pollNow();
    bool polling() const { return m_polling; }

Q_SIGNALS:
    /// A poll failed; `message` says why (the engine's words). Polling goes on.
    void failed(const QString& message);
    /// A poll finished (whether or not it brought events).
    void polled();

private:
    AppServices& m_services;
    EventLogModel& m_model;
    QTimer* m_timer = nullptr;
    bool m_polling = false;
};

} // namespace hangar::app
