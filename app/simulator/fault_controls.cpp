#include "simulator/fault_controls.h"

#include "services/simulator_host.h"
#include "shell/error_label.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <utility>

namespace hangar::app {

using namespace std::chrono_literals;

namespace {

constexpr auto kApplyDelay = 300ms;
constexpr int kMaxLatencyMs = 60'000;
constexpr int kMaxRebootEverySec = 86'400;
constexpr int kMaxPartitionSec = 86'400;
constexpr int kDefaultPartitionSec = 30;

} // namespace

FaultControls::FaultControls(SimulatorHost& host, QWidget* parent) : QWidget(parent), m_host(host)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("faultGroup"));
    m_groupLabel = new QLabel(this);
    m_groupLabel->setBuddy(m_group);
    form->addRow(m_groupLabel, m_group);

    m_loss = new QDoubleSpinBox(this);
    m_loss->setObjectName(QStringLiteral("lossPercent"));
    m_loss->setRange(0.0, 100.0);
    m_loss->setDecimals(1);
    m_loss->setSingleStep(5.0);
    m_lossLabel = new QLabel(this);
    m_lossLabel->setBuddy(m_loss);
    form->addRow(m_lossLabel, m_loss);

    m_latency = new QSpinBox(this);
    m_latency->setObjectName(QStringLiteral("latencyMs"));
    m_latency->setRange(0, kMaxLatencyMs);
    m_latency->setSingleStep(50);
    m_latencyLabel = new QLabel(this);
    m_latencyLabel->setBuddy(m_latency);
    form->addRow(m_latencyLabel, m_latency);

    m_reboot = new QSpinBox(this);
    m_reboot->setObjectName(QStringLiteral("rebootEverySec"));
    m_reboot->setRange(0, kMaxRebootEverySec);
    m_reboot->setSingleStep(10);
    m_rebootLabel = new QLabel(this);
    m_rebootLabel->setBuddy(m_reboot);
    form->addRow(m_rebootLabel, m_reboot);

    auto* partitionRow = new QHBoxLayout;
    m_partitionSeconds = new QSpinBox(this);
    m_partitionSeconds->setObjectName(QStringLiteral("partitionSec"));
    m_partitionSeconds->setRange(1, kMaxPartitionSec);
    m_partitionSeconds->setValue(kDefaultPartitionSec);
    m_partitionButton = new QPushButton(this);
    m_partitionButton->setObjectName(QStringLiteral("partitionNow"));
    m_endPartitionButton = new QPushButton(this);
    m_endPartitionButton->setObjectName(QStringLiteral("endPartition"));
    partitionRow->addWidget(m_partitionSeconds, 1);
    partitionRow->addWidget(m_partitionButton);
    partitionRow->addWidget(m_endPartitionButton);
    m_partitionLabel = new QLabel(this);
    m_partitionLabel->setBuddy(m_partitionSeconds);
    form->addRow(m_partitionLabel, partitionRow);

    m_status = new ErrorLabel(this);
    m_status->setObjectName(QStringLiteral("faultStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(kApplyDelay);
    connect(&m_applyTimer, &QTimer::timeout, this, &FaultControls::applyEdits);
    m_statusTimer.setInterval(1s);
    connect(&m_statusTimer, &QTimer::timeout, this, &FaultControls::updatePartitionStatus);

    connect(m_group, &QComboBox::currentIndexChanged, this, &FaultControls::onGroupChosen);
    const auto edited = [this](Edited field) {
        m_edited |= field;
        m_applyTimer.start();
    };
    connect(m_loss, &QDoubleSpinBox::valueChanged, this, [edited] { edited(EditedLoss); });
    connect(m_latency, &QSpinBox::valueChanged, this, [edited] { edited(EditedLatency); });
    connect(m_reboot, &QSpinBox::valueChanged, this, [edited] { edited(EditedReboot); });
    connect(m_partitionButton, &QPushButton::clicked, this, &FaultControls::partitionNow);
    connect(m_endPartitionButton, &QPushButton::clicked, this, &FaultControls::endPartition);
    connect(&m_host, &SimulatorHost::faultsFailed, this, [this](const QString& message) {
        m_error = message;
        updatePartitionStatus();
    });

    retranslate();
    clearFleet();
}

void FaultControls::setFleet(const devicesim::FleetSpec& spec)
{
    m_applyTimer.stop();
    m_edited = 0;
    m_groups.clear();
    m_order.clear();
    m_error.clear();
    const auto now = SteadyClock::now();
    for (const devicesim::GroupSpec& group : spec.groups) {
        m_groups[group.name] = GroupFaults{group.faults, now};
        m_order.push_back(group.name);
    }
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"));
    for (const std::string& name : m_order)
        m_group->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_group->setCurrentIndex(0);
    setEnabled(!m_order.empty());
    showGroup();
    m_statusTimer.start();
}

void FaultControls::clearFleet()
{
    m_applyTimer.stop();
    m_edited = 0;
    m_statusTimer.stop();
    m_groups.clear();
    m_order.clear();
    {
        const QSignalBlocker block(m_group);
        m_group->clear();
        m_group->addItem(tr("All groups"));
    }
    showGroup();
    setEnabled(false);
}

void FaultControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FaultControls::retranslate()
{
    m_groupLabel->setText(tr("&Group:"));
    if (m_group->count() > 0)
        m_group->setItemText(0, tr("All groups"));
    m_lossLabel->setText(tr("Packet &loss:"));
    m_loss->setSuffix(tr(" %"));
    m_loss->setAccessibleName(tr("Packet loss in percent"));
    m_latencyLabel->setText(tr("Added la&tency:"));
    m_latency->setSuffix(tr(" ms"));
    m_latency->setAccessibleName(tr("Added latency in milliseconds"));
    m_rebootLabel->setText(tr("&Reboot loop every:"));
    m_reboot->setSuffix(tr(" s"));
    m_reboot->setSpecialValueText(tr("off"));
    m_reboot->setAccessibleName(tr("Reboot loop interval in seconds, 0 for off"));
    m_partitionLabel->setText(tr("Network partition &for:"));
    m_partitionSeconds->setSuffix(tr(" s"));
    m_partitionSeconds->setAccessibleName(tr("Partition length in seconds"));
    m_partitionButton->setText(tr("&Partition now"));
    m_partitionButton->setToolTip(tr("Drop every packet between the devices and the server from now on"));
    m_endPartitionButton->setText(tr("&End partition"));
    m_endPartitionButton->setToolTip(tr("Let the packets through again now, before the partition would end"));
    updatePartitionStatus();
}

std::vector<std::string> FaultControls::selectedGroups() const
{
    const QString name = m_group->currentData().toString();
    if (name.isEmpty())
        return m_order;
    return {name.toStdString()};
}

void FaultControls::onGroupChosen()
{
    // Edits still waiting belong to the groups shown before.
    if (m_applyTimer.isActive()) {
        m_applyTimer.stop();
        applyEdits();
    }
    showGroup();
}

void FaultControls::showGroup()
{
    m_shown = selectedGroups();
    devicesim::FaultSettings shown;
    if (!m_shown.empty())
        shown = m_groups.at(m_shown.front()).settings;
    const QSignalBlocker blockLoss(m_loss);
    const QSignalBlocker blockLatency(m_latency);
    const QSignalBlocker blockReboot(m_reboot);
    m_loss->setValue(shown.network.lossPercent);
    m_latency->setValue(static_cast<int>(shown.network.latency.count()));
    m_reboot->setValue(static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(shown.device.rebootEvery).count()));
    updatePartitionStatus();
}

void FaultControls::applyEdits()
{
    const unsigned edited = std::exchange(m_edited, 0U);
    for (const std::string& name : m_shown) {
        devicesim::FaultSettings& settings = m_groups.at(name).settings;
        if ((edited & EditedLoss) != 0)
            settings.network.lossPercent = m_loss->value();
        if ((edited & EditedLatency) != 0)
            settings.network.latency = std::chrono::milliseconds(m_latency->value());
        if ((edited & EditedReboot) != 0)
            settings.device.rebootEvery = std::chrono::seconds(m_reboot->value());
        apply(name);
    }
}

void FaultControls::partitionNow()
{
    // Pending edits go out with the partition rather than after it.
    if (m_applyTimer.isActive()) {
        m_applyTimer.stop();
        applyEdits();
    }
    const auto length = std::chrono::milliseconds(std::chrono::seconds(m_partitionSeconds->value()));
    for (const std::string& name : m_shown) {
        GroupFaults& group = m_groups.at(name);
        group.settings.network.partitionStart = 0ms;
        group.settings.network.partitionEnd = length;
        group.appliedAt = SteadyClock::now();
        apply(name);
    }
}

void FaultControls::endPartition()
{
    for (const std::string& name : m_shown) {
        devicesim::NetworkFaults& network = m_groups.at(name).settings.network;
        if (!network.hasPartition())
            continue;
        network.partitionStart = network.partitionEnd = 0ms;
        apply(name);
    }
}

void FaultControls::apply(const std::string& name)
{
    GroupFaults& group = m_groups.at(name);
    const auto now = SteadyClock::now();
    devicesim::NetworkFaults& network = group.settings.network;
    // The simulator counts a partition window from the moment faults are set: re-express the
    // window from now so that changing the loss does not restart a running partition.
    if (network.hasPartition()) {
        const auto passed = std::chrono::duration_cast<std::chrono::milliseconds>(now - group.appliedAt);
        network.partitionStart = std::max(network.partitionStart - passed, 0ms);
        network.partitionEnd -= passed;
        if (network.partitionEnd <= 0ms)
            network.partitionStart = network.partitionEnd = 0ms;
    }
    group.appliedAt = now;
    m_error.clear();
    m_host.setGroupFaults(QString::fromStdString(name), group.settings);
    updatePartitionStatus();
}

void FaultControls::updatePartitionStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The faults could not be changed: %1").arg(m_error));
        m_status->setError(true);
        m_status->setVisible(true);
        m_endPartitionButton->setEnabled(false);
        return;
    }
    const auto now = SteadyClock::now();
    QString text;
    for (const std::string& name : m_shown) {
        const GroupFaults& group = m_groups.at(name);
        const devicesim::NetworkFaults& network = group.settings.network;
        if (!network.hasPartition())
            continue;
        const auto passed = std::chrono::duration_cast<std::chrono::seconds>(now - group.appliedAt);
        const auto from = std::chrono::duration_cast<std::chrono::seconds>(network.partitionStart) - passed;
        const auto until = std::chrono::duration_cast<std::chrono::seconds>(network.partitionEnd) - passed;
        if (until.count() <= 0)
            continue;
        text = from.count() > 0
                   ? tr("A partition starts in %L1 s.").arg(from.count())
                   : tr("Partitioned: the link is down for another %L1 s.").arg(until.count());
        break;
    }
    m_status->setText(text);
    m_status->setError(false);
    m_status->setVisible(!text.isEmpty());
    // Only a running or coming partition can be ended.
    m_endPartitionButton->setEnabled(!text.isEmpty());
}

} // namespace hangar::app
