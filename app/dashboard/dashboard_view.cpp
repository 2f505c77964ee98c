#include "dashboard/dashboard_view.h"

#include "charts/qcustomplot_include.h"
#include "dashboard/count_list_model.h"
#include "dashboard/dashboard_plots.h"
#include "dashboard/recent_events_model.h"
#include "services/app_services.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hangar::app {

namespace {

using namespace std::chrono_literals;

constexpr std::size_t kTopFirmware = 10;
constexpr std::size_t kTopModels = 10;
constexpr std::size_t kLatestEvents = 20;
constexpr int kEventPage = 1000;
constexpr std::int64_t kRegistrationsRangeMs = 24 * 3600 * 1000;
constexpr std::int64_t kRegistrationBucketMs = 15 * 60 * 1000;
constexpr qint64 kSoonMs = 250;
constexpr qint64 kLatestSoonMs = 5000;

struct TimedSummary
{
    Expected<store::FleetSummary> summary;
    qint64 elapsedMs = 0;
};

QTreeView* makeTable(QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

DashboardView::DashboardView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_models(new CountListModel(this))
    , m_events(new RecentEventsModel(kLatestEvents, this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    buildLayout();
    m_tick.setInterval(2s);
    connect(&m_tick, &QTimer::timeout, this, &DashboardView::onTick);
    m_tick.start();
    // devicesChanged comes at most every ~50 ms; the timer is not restarted by later changes,
    // so a registration storm costs one summary per interval and the charts trail it by about
    // one interval.
    m_soon.setSingleShot(true);
    m_soon.setInterval(static_cast<int>(kSoonMs));
    connect(&m_soon, &QTimer::timeout, this, &DashboardView::refreshSummary);
    connect(&services.engine(), &engine::Engine::devicesChanged, this, [this] {
        if (!m_soon.isActive())
            m_soon.start();
    });
    retranslate();
    refresh();
}

DashboardView::~DashboardView()
{
    m_cancel->store(true);
}

void DashboardView::buildLayout()
{
    auto* grid = new QGridLayout(this);
    auto* cards = new QGridLayout;
    for (int card = 0; card < CardCount; ++card) {
        auto* caption = new QLabel(this);
        auto* value = new QLabel(QStringLiteral("–"), this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        value->setFont(big);
        value->setFocusPolicy(Qt::TabFocus); // reachable by keyboard and screen readers
        value->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        cards->addWidget(value, 0, card, Qt::AlignHCenter);
        cards->addWidget(caption, 1, card, Qt::AlignHCenter);
        m_cardCaptions[static_cast<std::size_t>(card)] = caption;
        m_cardValues[static_cast<std::size_t>(card)] = value;
    }
    grid->addLayout(cards, 0, 0, 1, 2);

    for (QLabel*& title : m_sectionTitles) {
        title = new QLabel(this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    m_registrationsPlot = new QCustomPlot(this);
    setupRegistrationsPlot(*m_registrationsPlot, palette());
    m_firmwarePlot = new QCustomPlot(this);
    setupFirmwarePlot(*m_firmwarePlot, palette());
    m_modelsView = makeTable(this);
    m_modelsView->setModel(m_models);
    m_eventsView = makeTable(this);
    m_eventsView->setModel(m_events);
    // 20 rows at most: fitting the time column to its contents costs nothing here.
    m_eventsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_modelsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_modelsView->header()->setStretchLastSection(false);
    m_sectionTitles[2]->setBuddy(m_modelsView);
    m_sectionTitles[3]->setBuddy(m_eventsView);

    grid->addWidget(m_sectionTitles[0], 1, 0);
    grid->addWidget(m_sectionTitles[1], 1, 1);
    grid->addWidget(m_registrationsPlot, 2, 0);
    grid->addWidget(m_firmwarePlot, 2, 1);
    grid->addWidget(m_sectionTitles[2], 3, 0);
    grid->addWidget(m_sectionTitles[3], 3, 1);
    grid->addWidget(m_modelsView, 4, 0);
    grid->addWidget(m_eventsView, 4, 1);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(4, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void DashboardView::retranslate()
{
    const std::array<QString, CardCount> captions{tr("Online"), tr("Sleeping"), tr("Offline"), tr("Known devices")};
    for (std::size_t card = 0; card < captions.size(); ++card) {
        m_cardCaptions[card]->setText(captions[card]);
        m_cardValues[card]->setAccessibleName(captions[card]);
    }
    m_sectionTitles[0]->setText(tr("Registrations, last 24 hours"));
    m_sectionTitles[1]->setText(tr("Firmware versions"));
    m_sectionTitles[2]->setText(tr("&Models"));
    m_sectionTitles[3]->setText(tr("Latest &events"));
    m_registrationsPlot->setAccessibleName(tr("Registrations per 15 minutes over the last 24 hours"));
    m_firmwarePlot->setAccessibleName(tr("Devices per firmware version"));
    m_registrationsPlot->yAxis->setLabel(tr("Registrations"));
    m_firmwarePlot->yAxis->setLabel(tr("Devices"));
    m_modelsView->setAccessibleName(tr("Models"));
    m_eventsView->setAccessibleName(tr("Latest events"));
    m_models->retranslate();
    m_events->retranslate();
    showBreakdown(true); // the "unknown" and "other" names are translated
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        recolourDashboardPlot(*m_registrationsPlot, palette());
        recolourDashboardPlot(*m_firmwarePlot, palette());
    }
    QWidget::changeEvent(event);
}

QString DashboardView::cardText(Card card) const
{
    return m_cardValues[static_cast<std::size_t>(card)]->text();
}

void DashboardView::refresh()
{
    onTick();
}

void DashboardView::onTick()
{
    refreshSummary();
    refreshEvents();
    refreshRegistrations();
}

void DashboardView::refreshSummary()
{
    if (m_summaryRunning) {
        m_summaryWanted = true;
        return;
    }
    m_summaryRunning = true;
    m_summaryWanted = false;
    engine::Engine* engine = &m_services.engine();
    m_services.query<TimedSummary>(
        this,
        [engine] {
            QElapsedTimer clock;
            clock.start();
            auto summary = engine->fleetSummary();
            return TimedSummary{std::move(summary), clock.elapsed()};
        },
        [this](TimedSummary result) {
            m_summaryRunning = false;
            // A store that answers slowly is asked less often, so the worker idles at least
            // three quarters of the time even through a long registration storm.
            m_soon.setInterval(static_cast<int>(std::clamp(3 * result.elapsedMs, kSoonMs, kLatestSoonMs)));
            if (result.summary)
                showSummary(*result.summary);
            if (m_summaryWanted && !m_soon.isActive())
                m_soon.start();
        });
}

void DashboardView::showSummary(const store::FleetSummary& summary)
{
    m_summary = summary;
    const std::array<std::int64_t, CardCount> values{summary.online, summary.sleeping, summary.offline, summary.total};
    for (std::size_t card = 0; card < values.size(); ++card)
        m_cardValues[card]->setText(QLocale().toString(values[card]));
    showBreakdown(false);
}

void DashboardView::refreshRegistrations()
{
    if (m_registrationsRunning)
        return;
    m_registrationsRunning = true;
    engine::Engine* engine = &m_services.engine();
    // Up to the end of the current bucket, so the newest bar is not cut off at the edge.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t toMs = (now / kRegistrationBucketMs + 1) * kRegistrationBucketMs;
    const std::int64_t fromMs = toMs - kRegistrationsRangeMs;
    // From the event log, so the chart tells the same story after a restart; the (kind, time)
    // index makes it cost the day's registrations only.
    m_services.query<Expected<std::vector<store::EventCount>>>(
        this,
        [engine, fromMs, toMs] { return engine->eventCounts("registered", fromMs, toMs, kRegistrationBucketMs); },
        [this, fromMs, toMs](Expected<std::vector<store::EventCount>> counts) {
            m_registrationsRunning = false;
            if (!counts)
                return;
            m_registrations = std::move(*counts);
            showRegistrations(*m_registrationsPlot, m_registrations, fromMs, toMs, kRegistrationBucketMs);
        });
}

void DashboardView::showBreakdown(bool redraw)
{
    if (!m_summary)
        return;
    auto firmware = topCounts(m_summary->firmware, kTopFirmware, tr("unknown"), tr("other"));
    if (redraw || firmware != m_firmware) {
        m_firmware = std::move(firmware);
        showFirmwareBars(*m_firmwarePlot, m_firmware);
    }
    m_models->setCounts(topCounts(m_summary->models, kTopModels, tr("unknown"), tr("other")));
}

void DashboardView::refreshEvents()
{
    if (m_eventsRunning)
        return;
    m_eventsRunning = true;
    engine::Engine* engine = &m_services.engine();
    const std::int64_t after = m_events->lastId();
    // Reads forward from the last id seen, keeping only the newest: at start-up that is a pass
    // over the whole log (in pages), afterwards one small page per tick.
    m_services.query<std::vector<store::EventRecord>>(
        this,
        [engine, after, cancel = m_cancel] {
            std::vector<store::EventRecord> newest;
            std::int64_t from = after;
            while (!cancel->load()) {
                auto page = engine->eventsSince(from, kEventPage);
                if (!page || page->empty())
                    break;
                from = page->back().id;
                newest.insert(newest.end(), page->begin(), page->end());
                if (newest.size() > kLatestEvents)
                    newest.erase(newest.begin(), newest.end() - static_cast<std::ptrdiff_t>(kLatestEvents));
                if (std::cmp_less(page->size(), kEventPage))
                    break;
            }
            return newest;
        },
        [this](std::vector<store::EventRecord> events) {
            m_eventsRunning = false;
            m_events->append(events);
        });
}

} // namespace hangar::app
