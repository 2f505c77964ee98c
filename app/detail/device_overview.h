#pragma once

#include "lwm2m/object_registry.h"
#include "store/store_records.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGroupBox;
class QLabel;
class QProgressBar;

namespace hangar::app {

/// The Overview tab of the device detail: identity (endpoint, manufacturer, model, serial,
/// firmware), registration (status, LwM2M version, lifetime, binding and queue mode, registered
/// objects, registered at, last seen), connectivity (peer address) and battery level.
class DeviceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceOverview(const lwm2m::ObjectRegistry& models, QWidget* parent = nullptr);

    void setDevice(const store::DeviceRecord& device);
    /// The battery level in percent (/3/0/9) and when it was reported; nullopt: not known.
    void setBattery(std::optional<std::int64_t> percent, std::int64_t timeMs);

    /// The shown text of a field (tests): "endpoint", "manufacturer", "model", "serial",
    /// "firmware", "status", "version", "lifetime", "binding", "objects", "registered",
    /// "lastSeen", "address", "battery".
    QString fieldText(const QString& key) const;

    /// The translated name of a device status ("online", "sleeping", "offline").
    static QString statusName(store::DeviceStatus status);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        QString key;
        QLabel* label = nullptr;
        QLabel* value = nullptr;
    };
    QLabel* addField(QGroupBox* group, const QString& key);
    QLabel* value(const QString& key) const;
    void retranslate();
    void showDevice();
    void showBattery();
    QString objectsText() const;

    const lwm2m::ObjectRegistry& m_models;
    std::optional<store::DeviceRecord> m_device;
    std::optional<std::int64_t> m_batteryPercent;
    std::int64_t m_batteryTimeMs = 0;
    std::vector<Field> m_fields;
    QGroupBox* m_identity = nullptr;
    QGroupBox* m_registration = nullptr;
    QGroupBox* m_connectivity = nullptr;
    QGroupBox* m_battery = nullptr;
    QProgressBar* m_batteryBar = nullptr;
};

} // namespace hangar::app
