#pragma once

#include "faults/fault_settings.h"
#include "fleet_spec.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hangar::app {

class ErrorLabel;

class SimulatorHost;

/// Changes the faults of the running fleet live, per group or for all groups: packet loss,
/// added latency, a reboot loop, and a network partition starting now for N seconds. Edits are
/// applied shortly after the last keystroke through SimulatorHost::setGroupFaults; a
/// partition keeps its end time when other faults change later.
class FaultControls : public QWidget
{
    Q_OBJECT

public:
    explicit FaultControls(SimulatorHost& host, QWidget* parent = nullptr);

    /// Takes the groups of the fleet that just started and the faults they started with.
    void setFleet(const devicesim::FleetSpec& spec);
    /// No fleet: the controls are reset and disabled.
    void clearFleet();

protected:
    void changeEvent(QEvent* event) override;

private:
    using SteadyClock = std::chrono::steady_clock;
    struct GroupFaults
    {
        devicesim::FaultSettings settings;
        SteadyClock::time_point appliedAt; ///< the partition window counts from here
    };

    void retranslate();
    std::vector<std::string> selectedGroups() const;
    void onGroupChosen();
    void showGroup();
    void applyEdits();
    void partitionNow();
    void endPartition();
    void apply(const std::string& group);
    void updatePartitionStatus();

    SimulatorHost& m_host;
    std::map<std::string, GroupFaults> m_groups;
    std::vector<std::string> m_order; ///< group names in spec order
    std::vector<std::string> m_shown; ///< the groups the spin boxes show and edit
    /// Which fields were edited since the last apply: only those change, so that editing the
    /// loss of "All groups" keeps each group's own latency.
    enum Edited : unsigned { EditedLoss = 1, EditedLatency = 2, EditedReboot = 4 };
    unsigned m_edited = 0;
    QComboBox* m_group = nullptr;
    QLabel* m_groupLabel = nullptr;
    QLabel* m_lossLabel = nullptr;
    QDoubleSpinBox* m_loss = nullptr;
    QLabel* m_latencyLabel = nullptr;
    QSpinBox* m_latency = nullptr;
    QLabel* m_rebootLabel = nullptr;
    QSpinBox* m_reboot = nullptr;
    QLabel* m_partitionLabel = nullptr;
    QSpinBox* m_partitionSeconds = nullptr;
    QPushButton* m_partitionButton = nullptr;
    QPushButton* m_endPartitionButton = nullptr;
    ErrorLabel* m_status = nullptr;
    QString m_error;
    QTimer m_applyTimer;
    QTimer m_statusTimer;
};

} // namespace hangar::app
