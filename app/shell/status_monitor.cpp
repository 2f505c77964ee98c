#include "shell/status_monitor.h"

#include "services/app_services.h"
#include "shell/api_host.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include <cmath>

namespace hangar::app {
namespace {

constexpr int kPollMs = 1000;

QString hostPort(const QString& host, quint16 port)
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1:%2").arg(shownHost).arg(port);
}

} // namespace

StatusMonitor::StatusMonitor(AppServices& services, const ShellContext& context, QStatusBar* bar)
    : QObject(bar), m_services(services), m_listening(context.endpoints), m_api(context.api)
{
    m_endpoints = new QLabel(bar);
    m_devices = new QLabel(bar);
    m_ingest = new QLabel(bar);
    for (QLabel* label : {m_endpoints, m_devices, m_ingest})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_endpoints, 1);
    bar->addPermanentWidget(m_devices);
    bar->addPermanentWidget(m_ingest);
    bar->installEventFilter(this);

    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &StatusMonitor::pollNow);
    m_timer->start();
    if (m_api)
        connect(m_api, &ApiHost::tokenChanged, this, &StatusMonitor::retranslate);
    retranslate();
    pollNow();
}

void StatusMonitor::pollNow()
{
    if (m_polling)
        return;
    m_polling = true;
    engine::Engine& engine = m_services.engine();
    m_services.query<engine::EngineHealth>(
        this, [&engine] { return engine.health(); },
        [this](engine::EngineHealth health) {
            m_polling = false;
            onHealth(health);
        });
}

void StatusMonitor::onHealth(const engine::EngineHealth& health)
{
    if (m_lastDurable && m_sinceLast.isValid()) {
        const qint64 elapsedMs = std::max<qint64>(1, m_sinceLast.elapsed());
        const auto delta = health.storeDurable >= *m_lastDurable ? health.storeDurable - *m_lastDurable : 0;
        m_ratePerSec = static_cast<double>(delta) * 1000.0 / static_cast<double>(elapsedMs);
    }
    m_lastDurable = health.storeDurable;
    m_sinceLast.start();
    m_last = health;
    retranslate();
    Q_EMIT healthPolled(health);
}

bool StatusMonitor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StatusMonitor::retranslate()
{
    QStringList parts;
    if (!m_listening.coapHost.isEmpty())
        parts << tr("CoAP %1").arg(hostPort(m_listening.coapHost, m_listening.coapPort));
    if (!m_listening.coapsHost.isEmpty())
        parts << tr("CoAPS %1").arg(hostPort(m_listening.coapsHost, m_listening.coapsPort));
    if (m_api && m_api->running())
        parts << tr("API %1").arg(hostPort(m_api->address().toString(), m_api->port()));
    m_endpoints->setText(parts.isEmpty() ? tr("No endpoint is listening")
                                         : tr("Listening: %1").arg(parts.join(QStringLiteral(" · "))));

    if (!m_last) {
        m_devices->setText(tr("Devices: …"));
        m_ingest->setText(QString());
        return;
    }
    m_devices->setText(tr("Devices: %L1 online of %L2").arg(m_last->devicesOnline).arg(m_last->devicesKnown));
    m_devices->setToolTip(tr("%L1 sleeping (queue mode)").arg(m_last->devicesSleeping));
    m_ingest->setText(tr("Ingest: %L1 writes/s").arg(std::llround(m_ratePerSec)));
    m_ingest->setToolTip(tr("Values, registrations and events committed to the store per second"));
}

} // namespace hangar::app
