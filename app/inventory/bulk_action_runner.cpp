#include "inventory/bulk_action_runner.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace hangar::app {

BulkActionRunner::BulkActionRunner(QObject* parent) : QObject(parent) {}

void BulkActionRunner::start(std::vector<std::string> endpoints, Operation operation,
                             int concurrency)
{
    startBatches(
        std::move(endpoints),
        [operation = std::move(operation)](const std::vector<std::string>& batch, Report report) {
            operation(batch.front(), std::move(report));
        },
        1, concurrency);
}

void BulkActionRunner::startBatches(std::vector<std::string> endpoints, BatchOperation operation,
                                    std::size_t batchSize, int concurrency)
{
    cancel();
    ++m_generation;
    m_endpoints = std::move(endpoints);
    m_operation = std::move(operation);
    m_batchSize = std::max<std::size_t>(1, batchSize);
    m_next = 0;
    m_inFlight = 0;
    m_concurrency = std::max(1, concurrency);
    m_done = 0;
    m_failed = 0;
    m_running = true;
    Q_EMIT progress(0, total(), 0);
    if (m_endpoints.empty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    launchMore();
}

void BulkActionRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    Q_EMIT finished(true);
}

void BulkActionRunner::launchMore()
{
    while (m_running && m_inFlight < m_concurrency && m_next < m_endpoints.size()) {
        const std::size_t end = std::min(m_endpoints.size(), m_next + m_batchSize);
        std::vector<std::string> batch(m_endpoints.begin() + static_cast<std::ptrdiff_t>(m_next),
                                       m_endpoints.begin() + static_cast<std::ptrdiff_t>(end));
        m_next = end;
        ++m_inFlight;
        QPointer<BulkActionRunner> self(this);
        const std::uint64_t generation = m_generation;
        auto report = [self, generation, batch](bool ok, const QString& text) {
            if (self.isNull() || generation != self->m_generation)
                return;
            --self->m_inFlight;
            const int count = static_cast<int>(batch.size());
            self->m_done += count;
            if (!ok)
                self->m_failed += count;
            for (const std::string& endpoint : batch)
                Q_EMIT self->deviceFinished(endpoint, ok, text);
            Q_EMIT self->progress(self->m_done, self->total(), self->m_failed);
            if (self->m_done == self->total()) {
                self->m_running = false;
                Q_EMIT self->finished(false);
                return;
            }
            self->launchMore();
        };
        m_operation(std::as_const(batch), std::move(report));
    }
}

} // namespace hangar::app
