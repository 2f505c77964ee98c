#include "simulator/simulator_panel.h"

#include "services/app_services.h"
#include "services/simulator_host.h"
#include "shell/error_label.h"
#include "shell/themed_icon.h"
#include "simulator/fault_controls.h"
#include "simulator/fleet_counters.h"
#include "simulator/fleet_form.h"
#include "simulator/fleet_launcher.h"
#include "simulator/group_stats_model.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hangar::app {

using devicesim::SimulatorState;

SimulatorPanel::SimulatorPanel(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort,
                               QWidget* parent)
    : QWidget(parent), m_services(services), m_launcher(new FleetLauncher(services, this)),
      m_groupModel(new GroupStatsModel(this))
{
    SimulatorHost& host = services.simulator();

    m_newFleetBox = new QGroupBox(this);
    auto* newFleet = new QVBoxLayout(m_newFleetBox);
    m_form = new FleetForm(services, coapPort, coapsPort, m_newFleetBox);
    newFleet->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(themedIcon(QStringLiteral("start")), QString(), m_newFleetBox);
    m_start->setObjectName(QStringLiteral("startFleet"));
    m_start->setDefault(true);
    m_stop = new QPushButton(themedIcon(QStringLiteral("stop")), QString(), m_newFleetBox);
    m_stop->setObjectName(QStringLiteral("stopFleet"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    newFleet->addLayout(buttons);
    m_status = new ErrorLabel(m_newFleetBox);
    m_status->setObjectName(QStringLiteral("simulatorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    newFleet->addWidget(m_status);
    m_progress = new QProgressBar(m_newFleetBox);
    m_progress->setObjectName(QStringLiteral("simulatorProgress"));
    m_progress->setVisible(false);
    newFleet->addWidget(m_progress);

    m_faultsBox = new QGroupBox(this);
    auto* faultsLayout = new QVBoxLayout(m_faultsBox);
    m_faults = new FaultControls(host, m_faultsBox);
    faultsLayout->addWidget(m_faults);

    m_countersBox = new QGroupBox(this);
    auto* countersLayout = new QVBoxLayout(m_countersBox);
    m_counters = new FleetCounters(m_countersBox);
    countersLayout->addWidget(m_counters);
    m_groupTable = new QTableView(m_countersBox);
    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    m_groupTable->setModel(m_groupModel);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->verticalHeader()->setVisible(false);
    // A handful of groups: sizing to contents is cheap here, and the names get the spare room.
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setSectionResizeMode(GroupStatsModel::GroupColumn, QHeaderView::Stretch);
    m_groupTable->setTabKeyNavigation(false);
    countersLayout->addWidget(m_groupTable, 1);

    // Controls on top, the live numbers below over the full width (the group table has many columns).
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_newFleetBox, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_faultsBox);
    right->addStretch(1);
    controls->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_countersBox, 1);

    connect(m_start, &QPushButton::clicked, this, &SimulatorPanel::startFleet);
    connect(m_stop, &QPushButton::clicked, this, &SimulatorPanel::stopFleet);
    connect(m_form, &FleetForm::readyChanged, this, &SimulatorPanel::updateControls);
    connect(m_launcher, &FleetLauncher::progress, this,
            [this](const QString& step) { setStatus([step] { return step; }); });
    connect(m_launcher, &FleetLauncher::failed, this, [this](const QString& message) {
        setStatus([message] { return message; }, true);
        updateControls();
    });
    connect(m_launcher, &FleetLauncher::cancelled, this, [this] {
        setStatus([this] { return tr("Start cancelled."); });
        updateControls();
    });
    connect(m_launcher, &FleetLauncher::started, this, &SimulatorPanel::updateControls);
    connect(&host, &SimulatorHost::stateChanged, this, &SimulatorPanel::onStateChanged);
    connect(&host, &SimulatorHost::statsChanged, this, &SimulatorPanel::onStats);
    connect(&host, &SimulatorHost::stopped, this, &SimulatorPanel::onStopped);

    // Tab order is creation order, which follows the layout: form, start, stop, faults, table.
    setStatus([this] { return tr("No fleet is running."); });
    retranslate();
    // A fleet may already run (the first-run demo starts before this view exists).
    if (host.state() != SimulatorState::Idle)
        onStateChanged(host.state());
    if (host.state() == SimulatorState::Running)
        onStats(host.stats());
    updateControls();
}

SimulatorPanel::~SimulatorPanel() = default;

void SimulatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulatorPanel::retranslate()
{
    m_newFleetBox->setTitle(tr("New fleet"));
    m_start->setText(tr("&Start fleet"));
    m_start->setToolTip(tr("Start the simulated devices described above"));
    m_faultsBox->setTitle(tr("Faults (live)"));
    m_countersBox->setTitle(tr("Live counters"));
    m_groupTable->setAccessibleName(tr("Counters per group"));
    m_progress->setAccessibleName(tr("Fleet progress"));
    m_groupModel->retranslate();
    if (m_statusText)
        m_status->setText(m_statusText());
    updateControls();
    updateProgress();
}

void SimulatorPanel::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_status->setError(error);
    m_status->setText(m_statusText());
}

void SimulatorPanel::startFleet()
{
    auto request = m_form->request();
    if (!request) {
        setStatus([message = request.error()] { return message; }, true);
        return;
    }
    m_launcher->launch(std::move(request->spec), request->target);
    updateControls();
    updateProgress();
}

void SimulatorPanel::stopFleet()
{
    if (m_launcher->busy()) {
        m_launcher->cancel();
        return;
    }
    if (m_services.simulator().state() != SimulatorState::Running)
        return;
    m_onlineAtStop = m_stats.total.online;
    m_services.simulator().stop();
    setStatus([this] { return tr("De-registering the devices…"); });
}

void SimulatorPanel::onStateChanged(SimulatorState state)
{
    switch (state) {
    case SimulatorState::Running: {
        m_fleetSpec = m_services.simulator().spec();
        m_faults->setFleet(m_fleetSpec);
        const auto devices = static_cast<int>(m_fleetSpec.deviceCount());
        setStatus([this, devices] { return tr("Simulated devices running: %L1.").arg(devices); });
        break;
    }
    case SimulatorState::Stopping:
        m_faults->clearFleet();
        if (m_onlineAtStop == 0)
            m_onlineAtStop = m_stats.total.online;
        setStatus([this] { return tr("De-registering the devices…"); });
        break;
    case SimulatorState::Idle:
        m_faults->clearFleet();
        break;
    }
    updateControls();
    updateProgress();
}

void SimulatorPanel::onStats(const devicesim::SimulatorStats& stats)
{
    m_stats = stats;
    m_counters->setStats(stats);
    m_groupModel->setStats(stats, m_fleetSpec);
    updateProgress();
}

void SimulatorPanel::onStopped(const devicesim::SimulatorStats& finalStats)
{
    onStats(finalStats);
    m_onlineAtStop = 0;
    const auto left = static_cast<int>(finalStats.total.deregistered);
    const auto dropped = static_cast<int>(finalStats.total.online);
    if (dropped > 0)
        setStatus([this, left, dropped] {
            return tr("Stopped. Devices de-registered: %L1; %L2 did not answer in time and were dropped.")
                .arg(left)
                .arg(dropped);
        });
    else
        setStatus([this, left] { return tr("Stopped. Devices de-registered: %L1.").arg(left); });
    updateControls();
    updateProgress();
}

void SimulatorPanel::updateControls()
{
    const SimulatorState state = m_services.simulator().state();
    const bool launching = m_launcher->busy();
    const bool idle = state == SimulatorState::Idle && !launching;
    m_form->setEnabled(idle);
    m_start->setEnabled(idle && m_form->ready());
    m_stop->setEnabled(launching || state == SimulatorState::Running);
    m_stop->setText(launching ? tr("&Cancel") : tr("S&top fleet"));
    m_stop->setToolTip(launching ? tr("Abandon starting the fleet")
                                 : tr("De-register every simulated device and stop the fleet"));
}

void SimulatorPanel::updateProgress()
{
    const SimulatorState state = m_services.simulator().state();
    const devicesim::FleetCounts& total = m_stats.total;
    if (m_launcher->busy()) {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
    } else if (state == SimulatorState::Running && total.devices > 0 && total.registered < total.devices) {
        m_progress->setRange(0, static_cast<int>(total.devices));
        m_progress->setValue(static_cast<int>(total.registered));
        m_progress->setFormat(tr("%v of %m registered"));
        m_progress->setVisible(true);
    } else if (state == SimulatorState::Stopping && m_onlineAtStop > 0) {
        m_progress->setRange(0, static_cast<int>(m_onlineAtStop));
        m_progress->setValue(static_cast<int>(m_onlineAtStop - std::min(m_onlineAtStop, total.online)));
        m_progress->setFormat(tr("%v of %m de-registered"));
        m_progress->setVisible(true);
    } else {
        m_progress->setVisible(false);
    }
}

} // namespace hangar::app
