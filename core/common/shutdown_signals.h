#pragma once

#include <QObject>

class QSocketNotifier;

namespace hangar {

/// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe: the handler only
/// writes one byte; all work happens in `requested`).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    /// False when the pipe or the handlers could not be set up.
    bool ok() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void requested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace hangar
