#pragma once

#include <QObject>
#include <QString>

#include <cstddef>
#include <cstdint>
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
    /// Handles several endpoints in one call; its report is every one of their outcomes.
    using BatchOperation = std::function<void(const std::vector<std::string>& endpoints, Report report)>;

    explicit BulkActionRunner(QObject* parent = nullptr);

    /// Starts `operation` on every endpoint (at most `concurrency` at a time). A running
    /// action is cancelled first.
    void start(std::vector<std::string> endpoints, Operation operation, int concurrency = 16);
    /// Like start(), handing `operation` up to `batchSize` endpoints at a time.
    void startBatches(std::vector<std::string> endpoints, BatchOperation operation,
                      std::size_t batchSize, int concurrency = 1);
    void cancel();
    bool running() const { return m_running; }
    int total() const { return static_cast<int>(m_endpoints.size()); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void deviceFinished(const std::string& endpoint, bool ok, const QString& text);
    void progress(int done, int total, int failed);
    /// Every device answered, or the action was cancelled (answers after this are ignored).
    void finished(bool cancelled);

private:
    void launchMore();

    std::vector<std::string> m_endpoints;
    BatchOperation m_operation;
    std::size_t m_batchSize = 1;
    std::size_t m_next = 0;
    int m_inFlight = 0;
    int m_concurrency = 16;
    int m_done = 0;
    int m_failed = 0;
    bool m_running = false;
    std::uint64_t m_generation = 0;
};

} // namespace hangar::app
