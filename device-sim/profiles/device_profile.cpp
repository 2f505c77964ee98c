#include "profiles/device_profile.h"

#include "device_config.h"
#include "profiles/builtin_profiles.h"

#include <array>

namespace hangar::devicesim {

const std::vector<const DeviceProfile*>& builtinProfiles()
{
    static const std::vector<const DeviceProfile*> profiles = {
        &temperatureHumidityProfile(), &pumpControllerProfile(), &energyMeterProfile(),
        &assetTrackerProfile(),        &gatewayProfile(),
    };
    return profiles;
}

const DeviceProfile* findProfile(std::string_view name)
{
    for (const DeviceProfile* profile : builtinProfiles())
        if (profile->name == name)
            return profile;
    return nullptr;
}

namespace {

constexpr std::size_t kMixCycle = 100;

/// Smooth weighted round robin over one cycle: each profile appears in proportion to its
/// weight and spread out, so even a fleet of ten holds a pump, a meter and a tracker.
std::array<const DeviceProfile*, kMixCycle> buildMix()
{
    const std::array<std::pair<const DeviceProfile*, int>, 5> weights = {{
        {&temperatureHumidityProfile(), 60},
        {&pumpControllerProfile(), 14},
        {&energyMeterProfile(), 12},
        {&assetTrackerProfile(), 10},
        {&gatewayProfile(), 4},
    }};
    std::array<int, weights.size()> current{};
    std::array<const DeviceProfile*, kMixCycle> mix{};
    for (auto& slot : mix) {
        std::size_t best = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            current[i] += weights[i].second;
            if (current[i] > current[best])
                best = i;
        }
        current[best] -= static_cast<int>(kMixCycle);
        slot = weights[best].first;
    }
    return mix;
}

} // namespace

const DeviceProfile& mixedPlantProfile(std::uint64_t deviceIndex)
{
    static const auto mix = buildMix();
    return *mix[deviceIndex % kMixCycle];
}

void applyProfile(DeviceConfig& config, const DeviceProfile& profile)
{
    config.profile = &profile;
    config.lifetimeSec = profile.lifetimeSec;
    config.queueMode = profile.queueMode;
    config.wakeInterval = profile.wakeInterval;
    config.awakeTime = profile.awakeTime;
}

} // namespace hangar::devicesim
