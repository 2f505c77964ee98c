#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace hangar::app {

/// Runs one asynchronous operation over many devices, a few at a time, and counts outcomes.
/// Cancelling stops starting new ones; answers that arrive afterwards are ignored.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    /// Reports one device's outcome; call it exactly once, on the runner's thread.
    using Report = std::function<void(bool ok, const QString& text)>;
    using Operation = std::function<void(const std::string& endpoint, Report report)>;

    explicit BulkActionRunner(QObject* parent = nullptr);

    /// Starts `operation` on every endpoint (at most `concurrency` at a time). A running
    /// action is cancelled first.
    void start(std::vector<std::string> endpoints, Operation operation, int concurrency = 16);
    void cancel();
    bool running() const { return m_running; }
    int total() const { return static_cast<int>(m_endpoints.size()); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void deviceFinished(const std::string& endpoint, bool ok, const QString& text);
    void progress(int done, int total, int failed);
    /// Every device answered, or the action was cancelled.
    void finished(bool cancelled);

private:
    void launchMore();

    std::vector<std::string> m_endpoints;
    Operation m_operation;
    std::size_t m_next = 0;
    int m_inFlight = 0;
    int m_concurrency = 16;
    int m_done = 0;
    int m_failed = 0;
    bool m_running = false;
    std::uint64_t m_generation = 0;
};

} // namespace hangar::app
