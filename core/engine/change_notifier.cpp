#include "engine/change_notifier.h"

namespace hangar::engine {

ChangeNotifier::ChangeNotifier(std::chrono::milliseconds interval, Flush flush, QObject* parent)
    : QObject(parent), m_flush(std::move(flush))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::emitPending);
}

void ChangeNotifier::changed(const std::string& endpoint)
{
    m_pending.insert(endpoint);
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeNotifier::emitPending()
{
    std::vector<std::string> endpoints(m_pending.begin(), m_pending.end());
    m_pending.clear();
    if (!endpoints.empty())
        m_flush(std::move(endpoints));
}

} // namespace hangar::engine
