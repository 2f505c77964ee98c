#include "device_fleet.h"

namespace hangar::devicesim {

DeviceFleet::DeviceFleet(coap::CoapContext& context, const lwm2m::ObjectRegistry& registry, QObject* parent)
    : QObject(parent), m_context(context), m_registry(registry)
{
    m_context.setRequestHandler([this](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        const auto found = m_bySession.find(request.session);
        if (found == m_bySession.end()) {
            coap::Answer unknown;
            unknown.response.code = coap::ResponseCode::NotFound;
            return unknown;
        }
        return found->second->handleRequest(request);
    });
    connect(&m_context, &coap::CoapContext::sessionEvent, this,
            [this](coap::SessionId session, coap::SessionEvent event) {
                if (const auto found = m_bySession.find(session); found != m_bySession.end())
                    found->second->handleSessionEvent(session, event);
            });
    connect(&m_context, &coap::CoapContext::observationEnded, this, [this](coap::ObservationId observation) {
        const auto found = m_byObservation.find(observation);
        if (found == m_byObservation.end())
            return;
        SimulatedDevice* device = found->second;
        m_byObservation.erase(found);
        device->handleObservationEnded(observation);
    });
}

DeviceFleet::~DeviceFleet()
{
    m_devices.clear();
    m_context.setRequestHandler({});
}

Expected<SimulatedDevice*> DeviceFleet::addDevice(DeviceConfig config)
{
    if (config.endpoint.empty())
        return fail(ErrorCode::InvalidArgument, "a simulated device needs an endpoint name");
    if (m_devices.contains(config.endpoint))
        return fail(ErrorCode::InvalidArgument, "endpoint '" + config.endpoint + "' is already simulated; pick another name");
    if (!isSimulatedLwm2mVersion(config.lwm2mVersion))
        return fail(ErrorCode::InvalidArgument, "endpoint '" + config.endpoint + "': LwM2M version \"" +
                                                    config.lwm2mVersion + "\" is not simulated; use 1.0, 1.1 or 1.2");
    const std::string endpoint = config.endpoint;
    auto device = std::make_unique<SimulatedDevice>(std::move(config), *this);
    SimulatedDevice* raw = device.get();
    m_devices.emplace(endpoint, std::move(device));
    return raw;
}

void DeviceFleet::removeDevice(SimulatedDevice* device)
{
    if (device != nullptr)
        m_devices.erase(device->endpoint());
}

SimulatedDevice* DeviceFleet::device(std::string_view endpoint) const
{
    const auto found = m_devices.find(std::string(endpoint));
    return found == m_devices.end() ? nullptr : found->second.get();
}

std::vector<SimulatedDevice*> DeviceFleet::devices() const
{
    std::vector<SimulatedDevice*> all;
    all.reserve(m_devices.size());
    for (const auto& [endpoint, device] : m_devices)
        all.push_back(device.get());
    return all;
}

void DeviceFleet::startAll()
{
    for (const auto& [endpoint, device] : m_devices)
        device->start();
}

void DeviceFleet::stopAll()
{
    for (const auto& [endpoint, device] : m_devices)
        device->stop();
}

void DeviceFleet::bindSession(coap::SessionId session, SimulatedDevice* device)
{
    m_bySession[session] = device;
}

void DeviceFleet::unbindSession(coap::SessionId session)
{
    m_bySession.erase(session);
}

void DeviceFleet::bindObservation(coap::ObservationId observation, SimulatedDevice* device)
{
    m_byObservation[observation] = device;
}

void DeviceFleet::unbindObservation(coap::ObservationId observation)
{
    m_byObservation.erase(observation);
}

} // namespace hangar::devicesim
