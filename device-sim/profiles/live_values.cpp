#include "profiles/live_values.h"

#include "device_objects.h"
#include "signals/signal_generator.h"
#include "signals/typed_sample.h"

namespace hangar::devicesim {

using lwm2m::LwM2mPath;
using lwm2m::Value;

namespace {

constexpr double kGateThreshold = 0.5;

double sampleSignalOf(const LiveResource& resource, std::uint64_t deviceSeed, std::uint16_t instanceId,
                      const SignalTime& time)
{
    const std::uint16_t seedResource =
        sharesInstanceSeed(resource.signal.kind) ? kSharedResourceSeed : resource.resourceId;
    return sampleSignal(resource.signal, resourceSeed(deviceSeed, resource.objectId, instanceId, seedResource), time);
}

const LiveResource* findGate(const LiveResource& resource, std::span<const LiveResource> all, std::uint16_t instanceId)
{
    for (const LiveResource& candidate : all)
        if (candidate.objectId == resource.gateObjectId && candidate.resourceId == resource.gateResourceId &&
            instanceId >= candidate.instanceFrom && instanceId <= candidate.instanceTo && candidate.gateObjectId == 0)
            return &candidate;
    return nullptr;
}

/// Whether a refresh of `scope` must sample `resource` of `instanceId`.
bool inScope(const LwM2mPath& scope, const LiveResource& resource, std::uint16_t instanceId)
{
    if (scope.depth() >= 1 && scope.objectId() != resource.objectId)
        return false;
    if (scope.depth() >= 2 && scope.instanceId() != instanceId)
        return false;
    if (scope.depth() >= 3 && scope.resourceId() != resource.resourceId) {
        const bool measuredRange = resource.resourceId == ids::kSensorValue &&
                                   (scope.resourceId() == ids::kSensorMinMeasured || scope.resourceId() == ids::kSensorMaxMeasured);
        if (!measuredRange)
            return false;
    }
    if (scope.depth() >= 4 && resource.resourceInstance >= 0 && scope.id(3) != resource.resourceInstance)
        return false;
    return true;
}

/// Min and Max Measured Value follow the reading; they appear with the first reading where
/// the object defines them.
void followMeasuredRange(ObjectStore& store, const LwM2mPath& value, double reading)
{
    const LwM2mPath minPath(value.objectId(), value.instanceId(), ids::kSensorMinMeasured);
    const LwM2mPath maxPath(value.objectId(), value.instanceId(), ids::kSensorMaxMeasured);
    const auto defined = [&store](const LwM2mPath& path) {
        return store.registry().resource(path.objectId(), path.resourceId()) != nullptr;
    };
    const auto* low = store.value(minPath);
    if (low == nullptr ? defined(minPath) : reading < low->asFloat())
        store.set(minPath, Value::floating(reading));
    const auto* high = store.value(maxPath);
    if (high == nullptr ? defined(maxPath) : reading > high->asFloat())
        store.set(maxPath, Value::floating(reading));
}

} // namespace

double sampleLiveResource(const LiveResource& resource, std::span<const LiveResource> all, std::uint64_t deviceSeed,
                          std::uint16_t instanceId, const SignalTime& time)
{
    if (resource.gateObjectId != 0) {
        if (const LiveResource* gate = findGate(resource, all, instanceId);
            gate != nullptr && sampleSignalOf(*gate, deviceSeed, instanceId, time) < kGateThreshold)
            return resource.idleValue;
    }
    return sampleSignalOf(resource, deviceSeed, instanceId, time);
}

void refreshLiveValues(ObjectStore& store, std::span<const LiveResource> live, std::uint64_t deviceSeed,
                       const SignalTime& time, const LwM2mPath& scope)
{
    std::uint16_t cachedObject = 0;
    std::vector<std::uint16_t> instances;
    for (const LiveResource& resource : live) {
        if (scope.depth() >= 1 && scope.objectId() != resource.objectId)
            continue;
        if (resource.objectId != cachedObject || instances.empty()) {
            instances = store.instanceIds(resource.objectId);
            cachedObject = resource.objectId;
        }
        const auto* model = store.registry().resource(resource.objectId, resource.resourceId);
        for (const std::uint16_t instance : instances) {
            if (instance < resource.instanceFrom || instance > resource.instanceTo || !inScope(scope, resource, instance))
                continue;
            const double sample = sampleLiveResource(resource, live, deviceSeed, instance, time);
            const Value value = typedSample(sample, model);
            const LwM2mPath path = resource.resourceInstance >= 0
                                       ? LwM2mPath(resource.objectId, instance, resource.resourceId,
                                                   static_cast<std::uint16_t>(resource.resourceInstance))
                                       : LwM2mPath(resource.objectId, instance, resource.resourceId);
            store.set(path, value);
            if (resource.resourceId == ids::kSensorValue && value.type() == lwm2m::ResourceType::Float)
                followMeasuredRange(store, path, value.asFloat());
        }
    }
}

} // namespace hangar::devicesim
