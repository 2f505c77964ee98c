#pragma once

#include "fleet_stats.h"

#include <QWidget>

#include <array>

class QLabel;

namespace hangar::app {

/// The running fleet's totals as big readable numbers: devices, registered, online, requests
/// served, notifications sent, retransmissions, errors, and how long the fleet has run.
class FleetCounters : public QWidget
{
    Q_OBJECT

public:
    enum Counter { Devices, Registered, Online, Requests, Notifications, Retransmissions, Errors, CounterCount };

    explicit FleetCounters(QWidget* parent = nullptr);

    void setStats(const devicesim::SimulatorStats& stats);
    /// The value a counter shows now, as displayed (tests, accessibility).
    QString valueText(Counter counter) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateAccessibleNames();

    std::array<QLabel*, CounterCount> m_captions{};
    std::array<QLabel*, CounterCount> m_values{};
    QLabel* m_elapsed = nullptr;
    std::chrono::milliseconds m_elapsedMs{0};
};

} // namespace hangar::app
