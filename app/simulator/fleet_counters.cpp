#include "simulator/fleet_counters.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace hangar::app {
namespace {

constexpr int kColumns = FleetCounters::CounterCount;

std::uint64_t counterValue(const devicesim::FleetCounts& counts, int counter)
{
    switch (counter) {
    case FleetCounters::Devices: return counts.devices;
    case FleetCounters::Registered: return counts.registered;
    case FleetCounters::Online: return counts.online;
    case FleetCounters::Requests: return counts.requestsServed;
    case FleetCounters::Notifications: return counts.notificationsSent;
    case FleetCounters::Retransmissions: return counts.retransmissions;
    case FleetCounters::Errors: return counts.errors;
    default: return 0;
    }
}

} // namespace

FleetCounters::FleetCounters(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    static constexpr const char* kNames[CounterCount] = {"devices",       "registered",      "online", "requests",
                                                         "notifications", "retransmissions", "errors"};
    for (int counter = 0; counter < CounterCount; ++counter) {
        auto* value = new QLabel(QStringLiteral("0"), this);
        value->setObjectName(QString::fromLatin1(kNames[counter]) + QStringLiteral("Value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* caption = new QLabel(this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        const int row = (counter / kColumns) * 2;
        const int column = counter % kColumns;
        grid->addWidget(value, row, column);
        grid->addWidget(caption, row + 1, column);
        grid->setColumnStretch(column, 1);
        m_values[static_cast<std::size_t>(counter)] = value;
        m_captions[static_cast<std::size_t>(counter)] = caption;
    }
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedValue"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    grid->addWidget(m_elapsed, 1, kColumns);
    retranslate();
}

void FleetCounters::setStats(const devicesim::SimulatorStats& stats)
{
    const QLocale locale;
    for (int counter = 0; counter < CounterCount; ++counter)
        m_values[static_cast<std::size_t>(counter)]->setText(
            locale.toString(static_cast<qulonglong>(counterValue(stats.total, counter))));
    m_elapsedMs = stats.elapsed;
    retranslate();
}

QString FleetCounters::valueText(Counter counter) const
{
    return m_values[static_cast<std::size_t>(counter)]->text();
}

void FleetCounters::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetCounters::retranslate()
{
    m_captions[Devices]->setText(tr("devices"));
    m_captions[Registered]->setText(tr("registered"));
    m_captions[Online]->setText(tr("online"));
    m_captions[Requests]->setText(tr("requests served"));
    m_captions[Notifications]->setText(tr("notifications sent"));
    m_captions[Retransmissions]->setText(tr("retransmissions"));
    m_captions[Errors]->setText(tr("errors"));
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_elapsedMs).count();
    m_elapsed->setText(seconds > 0 ? tr("running for %1").arg(QStringLiteral("%1:%2")
                                                                  .arg(seconds / 60)
                                                                  .arg(seconds % 60, 2, 10, QLatin1Char('0')))
                                   : QString());
    updateAccessibleNames();
}

void FleetCounters::updateAccessibleNames()
{
    // A screen reader reads "Registered: 20" rather than a bare number.
    for (std::size_t counter = 0; counter < m_values.size(); ++counter)
        m_values[counter]->setAccessibleName(
            tr("%1: %2").arg(m_captions[counter]->text(), m_values[counter]->text()));
}

} // namespace hangar::app
