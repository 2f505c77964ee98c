#include "detail/event_history_view.h"

#include "detail/event_history_model.h"
#include "services/app_services.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

constexpr int kPageSize = 1000;
constexpr int kPagesPerFetch = 50;

struct EventFetch
{
    std::vector<store::EventRecord> events; ///< this device's, in id order
    std::int64_t lastId = 0;                ///< the last id read
    bool more = false;                      ///< stopped at the page limit: fetch again
    QString error;
};

} // namespace

EventHistoryView::EventHistoryView(AppServices& services, const QString& endpoint, QWidget* parent)
    : QWidget(parent), m_services(services), m_endpoint(endpoint.toStdString())
{
    m_model = new EventHistoryModel(this);
    m_summary = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(EventHistoryModel::TimeColumn, em * 13);
    m_table->setColumnWidth(EventHistoryModel::KindColumn, em * 10);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &EventHistoryView::refresh);
    m_timer->start();
    retranslate();
    refresh();
}

void EventHistoryView::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    engine::Engine* engine = &m_services.engine();
    m_services.query<EventFetch>(
        this,
        [engine, endpoint = m_endpoint, afterId = m_lastId] {
            EventFetch fetch;
            fetch.lastId = afterId;
            for (int page = 0; page < kPagesPerFetch; ++page) {
                auto events = engine->deviceEventsSince(endpoint, fetch.lastId, kPageSize);
                if (!events) {
                    fetch.error = QString::fromStdString(events.error().message);
                    return fetch;
                }
                for (store::EventRecord& event : *events) {
                    fetch.lastId = std::max(fetch.lastId, event.id);
                    fetch.events.push_back(std::move(event));
                }
                if (static_cast<int>(events->size()) < kPageSize)
                    return fetch;
            }
            fetch.more = true;
            return fetch;
        },
        [this](EventFetch fetch) {
            m_busy = false;
            m_error = fetch.error;
            m_lastId = fetch.lastId;
            m_model->prepend(std::move(fetch.events));
            updateSummary();
            if (fetch.more)
                QTimer::singleShot(0, this, &EventHistoryView::refresh);
        });
}

void EventHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventHistoryView::retranslate()
{
    m_table->setAccessibleName(tr("Device events"));
    m_table->horizontalHeader()->viewport()->update();
    updateSummary();
}

void EventHistoryView::updateSummary()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("Events could not be loaded: %1").arg(m_error));
        return;
    }
    m_summary->setText(tr("Events of this device, newest first: %1").arg(m_model->rowCount()));
}

} // namespace hangar::app
