#include "detail/device_detail_view.h"

#include "detail/device_overview.h"
#include "detail/event_history_view.h"
#include "detail/object_browser.h"
#include "services/app_services.h"
#include "services/gui_callback.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

const lwm2m::LwM2mPath kBatteryLevel(3, 0, 9);
constexpr int kRecheckMs = 400;

} // namespace

DeviceDetailView::DeviceDetailView(AppServices& services, const QString& endpoint, QWidget* parent)
    : QWidget(parent), m_services(services), m_endpoint(endpoint.toStdString())
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);

    m_tabs = new QTabWidget(this);
    m_overview = new DeviceOverview(services.models(), m_tabs);
    m_browser = new ObjectBrowser(services, endpoint, m_tabs);
    m_events = new EventHistoryView(services, endpoint, m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_events, QString());
    connect(m_browser, &ObjectBrowser::chartRequested, this, &DeviceDetailView::chartRequested);
    // Reads and observations in the object browser keep the battery level current.
    connect(&m_browser->model(), &QAbstractItemModel::dataChanged, this, [this] {
        const ObjectNode* battery = m_browser->model().node(kBatteryLevel);
        if (battery != nullptr && battery->value)
            showBattery(*battery->value, battery->valueTimeMs);
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckMs);
    connect(m_recheck, &QTimer::timeout, this, &DeviceDetailView::refresh);

    // devicesChanged is emitted on the engine thread: queue it to this (GUI) thread.
    connect(&services.engine(), &engine::Engine::devicesChanged, this, &DeviceDetailView::devicesChanged,
            Qt::QueuedConnection);
    retranslate();
    refresh();
}

DeviceDetailView::~DeviceDetailView() = default;

void DeviceDetailView::refresh()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    engine::Engine* engine = &m_services.engine();
    m_services.query<Expected<store::DeviceRecord>>(
        this, [engine, endpoint = m_endpoint] { return engine->device(endpoint); },
        [this](Expected<store::DeviceRecord> loaded) {
            m_loading = false;
            if (loaded) {
                m_device = std::move(*loaded);
                m_loadError.clear();
                m_overview->setDevice(*m_device);
                m_browser->setDevice(*m_device);
                showHeader();
                Q_EMIT deviceLoaded();
                loadBattery();
            } else {
                m_loadError = QString::fromStdString(loaded.error().message);
                showHeader();
                Q_EMIT deviceMissing(m_loadError);
            }
            if (std::exchange(m_reloadAgain, false))
                refresh();
        });
}

void DeviceDetailView::loadBattery()
{
    engine::Done<engine::ReadResult> done =
        onGui<engine::ReadResult>(this, [this](Expected<engine::ReadResult> result) {
            if (!result)
                return;
            for (const lwm2m::PathValue& value : result->values) {
                if (value.path != kBatteryLevel)
                    continue;
                showBattery(value.value, result->timeMs);
            }
        });
    engine::Engine* engine = &m_services.engine();
    // A cache-only read queries the store on the calling thread: keep it off the GUI thread.
    m_services.query<int>(
        this,
        [engine, endpoint = m_endpoint, done = std::move(done)] {
            engine::ReadOptions options;
            options.cacheOnly = true;
            engine->read(endpoint, kBatteryLevel, options, done);
            return 0;
        },
        [](int) {});
}

void DeviceDetailView::showBattery(const lwm2m::Value& level, std::int64_t timeMs)
{
    if (timeMs < m_batteryTimeMs)
        return;
    if (auto percent = level.convertedTo(lwm2m::ResourceType::Integer)) {
        m_batteryTimeMs = timeMs;
        m_overview->setBattery(percent->asInteger(), timeMs);
    }
}

void DeviceDetailView::devicesChanged(const std::vector<std::string>& endpoints)
{
    if (std::find(endpoints.begin(), endpoints.end(), m_endpoint) == endpoints.end())
        return;
    refresh();
    // The signal may come before the store committed the change: load once more a little later.
    m_recheck->start();
}

void DeviceDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceDetailView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("&Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_browser), tr("O&bjects"));
    m_tabs->setTabText(m_tabs->indexOf(m_events), tr("E&vents"));
    m_tabs->setAccessibleName(tr("Device detail"));
    showHeader();
}

void DeviceDetailView::showHeader()
{
    m_title->setText(QString::fromStdString(m_endpoint));
    if (!m_loadError.isEmpty()) {
        m_state->setText(tr("not available: %1").arg(m_loadError));
        return;
    }
    if (!m_device) {
        m_state->setText(tr("loading…"));
        return;
    }
    const QString model = m_device->model ? QString::fromStdString(*m_device->model) : tr("unknown model");
    m_state->setText(tr("%1 · %2").arg(model, DeviceOverview::statusName(m_device->status)));
}

} // namespace hangar::app
