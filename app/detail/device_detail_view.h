#pragma once

#include "store/store_records.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QTabWidget;
class QTimer;

namespace hangar::app {

class AppServices;
class DeviceOverview;
class EventHistoryView;
class ObjectBrowser;

/// Everything about one device: Overview (identity, registration, connectivity, battery),
/// Objects (the object browser with read / write / execute / observe / discover) and Events.
/// Follows the engine's devicesChanged for its endpoint; store queries run off the GUI thread.
class DeviceDetailView : public QWidget
{
    Q_OBJECT

public:
    DeviceDetailView(AppServices& services, const QString& endpoint, QWidget* parent = nullptr);
    ~DeviceDetailView() override;

    QString endpoint() const { return QString::fromStdString(m_endpoint); }
    /// The latest device record (empty until the first load finished).
    const std::optional<store::DeviceRecord>& device() const { return m_device; }

    QTabWidget* tabs() const { return m_tabs; }
    DeviceOverview* overview() const { return m_overview; }
    ObjectBrowser* objectBrowser() const { return m_browser; }
    EventHistoryView* eventHistory() const { return m_events; }

public Q_SLOTS:
    /// Loads the device record and the battery level again.
    void refresh();

Q_SIGNALS:
    /// The user asked to chart an observed numeric resource (path like "/3303/0/5700").
    void chartRequested(const QString& endpoint, const QString& path);
    /// The device record was (re)loaded.
    void deviceLoaded();
    /// The device is not known to the engine (any more); `message` says why (translated).
    void deviceMissing(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showHeader();
    void devicesChanged(const std::vector<std::string>& endpoints);
    void loadBattery();
    void showBattery(const lwm2m::Value& level, std::int64_t timeMs);

    AppServices& m_services;
    std::string m_endpoint;
    std::optional<store::DeviceRecord> m_device;
    QString m_loadError;
    bool m_loading = false;
    bool m_reloadAgain = false;
    std::int64_t m_batteryTimeMs = 0;

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTimer* m_recheck = nullptr;
    DeviceOverview* m_overview = nullptr;
    ObjectBrowser* m_browser = nullptr;
    EventHistoryView* m_events = nullptr;
};

} // namespace hangar::app
