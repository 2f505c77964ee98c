#include "events/event_feed.h"

#include "events/event_log_model.h"
#include "services/app_services.h"

#include <QTimer>

#include <deque>

namespace hangar::app {
namespace {

constexpr int kPollMs = 1000;
constexpr int kChunk = 2000;
/// Chunks read per poll: bounds one worker task; the rest follows at once in the next poll.
constexpr int kChunksPerPoll = 50;

struct EventBatch
{
    std::vector<store::EventRecord> events;
    bool more = false;
    QString error;
};

EventBatch readSince(engine::Engine& engine, std::int64_t afterId, std::size_t keep)
{
    EventBatch batch;
    std::deque<store::EventRecord> kept;
    for (int chunk = 0; chunk < kChunksPerPoll; ++chunk) {
        auto events = engine.eventsSince(afterId, kChunk);
        if (!events) {
            batch.error = QString::fromStdString(events.error().message);
            break;
        }
        if (events->empty())
            break;
        afterId = events->back().id;
        for (store::EventRecord& event : *events)
            kept.push_back(std::move(event));
        while (kept.size() > keep)
            kept.pop_front();
        batch.more = static_cast<int>(events->size()) == kChunk;
        if (!batch.more)
            break;
    }
    batch.events.assign(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
    return batch;
}

} // namespace

EventFeed::EventFeed(AppServices& services, EventLogModel& model, QObject* parent)
    : QObject(parent), m_services(services), m_model(model)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &EventFeed::pollNow);
    m_timer->start();
    pollNow();
}

void EventFeed::pollNow()
{
    if (m_polling)
        return;
    m_polling = true;
    engine::Engine& engine = m_services.engine();
    const std::int64_t after = m_model.lastId();
    const auto keep = static_cast<std::size_t>(m_model.maxRows());
    m_services.query<EventBatch>(
        this, [&engine, after, keep] { return readSince(engine, after, keep); },
        [this](EventBatch batch) {
            m_polling = false;
            m_model.append(std::move(batch.events));
            if (!batch.error.isEmpty())
                Q_EMIT failed(batch.error);
            Q_EMIT polled();
            if (batch.more)
                pollNow();
        });
}

} // namespace hangar::app
