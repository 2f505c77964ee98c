#pragma once

#include "device_host.h"
#include "simulated_device.h"

#include <QObject>

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hangar::devicesim {

/// Owns simulated devices that share one CoapContext, one ObjectRegistry and one
/// DeviceScheduler, and routes the context's requests, session events and ended observations to
/// the device they belong to. The fleet takes over the context's request handler: use a context
/// of its own. The context and registry must outlive the fleet.
class DeviceFleet : public QObject, public DeviceHost
{
    Q_OBJECT

public:
    DeviceFleet(coap::CoapContext& context, const lwm2m::ObjectRegistry& registry, QObject* parent = nullptr);
    ~DeviceFleet() override;

    /// Creates a stopped device; fails when the endpoint name is empty or already used, or the
    /// LwM2M version is not one the simulator speaks.
    Expected<SimulatedDevice*> addDevice(DeviceConfig config);
    /// Destroys a device at once (no De-register: call stop() first for a clean leave).
    void removeDevice(SimulatedDevice* device);
    SimulatedDevice* device(std::string_view endpoint) const;
    std::size_t size() const { return m_devices.size(); }
    std::vector<SimulatedDevice*> devices() const;

    void startAll();
    void stopAll();

    coap::CoapContext& context() override { return m_context; }
    const lwm2m::ObjectRegistry& registry() const override { return m_registry; }
    DeviceScheduler& scheduler() override { return m_scheduler; }
    void bindSession(coap::SessionId session, SimulatedDevice* device) override;
    void unbindSession(coap::SessionId session) override;
    void bindObservation(coap::ObservationId observation, SimulatedDevice* device) override;
    void unbindObservation(coap::ObservationId observation) override;

private:
    coap::CoapContext& m_context;
    const lwm2m::ObjectRegistry& m_registry;
    DeviceScheduler m_scheduler;
    std::unordered_map<std::string, std::unique_ptr<SimulatedDevice>> m_devices;
    std::unordered_map<coap::SessionId, SimulatedDevice*> m_bySession;
    std::unordered_map<coap::ObservationId, SimulatedDevice*> m_byObservation;
};

} // namespace hangar::devicesim
