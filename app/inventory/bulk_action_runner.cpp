#include "inventory/bulk_action_runner.h"

#include <QPointer>

namespace hangar::app {

BulkActionRunner::BulkActionRunner(QObject* parent) : QObject(parent) {}

void BulkActionRunner::start(std::vector<std::string> endpoints, Operation operation,
                             int concurrency)
{
    cancel();
    ++m_generation;
    m_endpoints = std::move(endpoints);
    m_operation = std::move(operation);
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
        const std::string endpoint = m_endpoints[m_next++];
        ++m_inFlight;
        QPointer<BulkActionRunner> self(this);
        const std::uint64_t generation = m_generation;
        m_operation(endpoint, [self, generation, endpoint](bool ok, const QString& text) {
            if (self.isNull() || generation != self->m_generation)
                return;
            --self->m_inFlight;
            ++self->m_done;
            if (!ok)
                ++self->m_failed;
            Q_EMIT self->deviceFinished(endpoint, ok, text);
            Q_EMIT self->progress(self->m_done, self->total(), self->m_failed);
            if (self->m_done == self->total()) {
                self->m_running = false;
                Q_EMIT self->finished(false);
                return;
            }
            self->launchMore();
        });
    }
}

} // namespace hangar::app
