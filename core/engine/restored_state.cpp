#include "engine/restored_state.h"

#include <unordered_map>

namespace hangar::engine {

Expected<RestoredState> loadRestoredState(store::Store& store)
{
    auto live = store.liveRegistrations();
    if (!live)
        return std::unexpected(live.error());
    std::unordered_map<std::string, store::RegistrationRecord> byEndpoint;
    for (store::RegistrationRecord& registration : *live)
        byEndpoint.emplace(registration.endpoint, std::move(registration));

    RestoredState restored;
    for (const store::DeviceStatus status :
         {store::DeviceStatus::Registered, store::DeviceStatus::Sleeping}) {
        store::DeviceQuery query;
        query.status = status;
        query.limit = 1000;
        for (;;) {
            auto page = store.listDevices(query);
            if (!page)
                return std::unexpected(page.error());
            if (page->items.empty())
                break;
            for (store::DeviceRecord& device : page->items) {
                const auto found = byEndpoint.find(device.endpoint);
                if (found != byEndpoint.end()) {
                    restored.registrations.push_back({std::move(found->second), std::move(device)});
                    byEndpoint.erase(found);
                    continue;
                }
                // Nobody can reach it: offline until it registers again.
                device.status = store::DeviceStatus::Offline;
                (void)store.enqueueDevice(std::move(device));
            }
            query.offset += static_cast<int>(page->items.size());
        }
    }
    auto observations = store.liveObservations();
    if (!observations)
        return std::unexpected(observations.error());
    restored.observations = std::move(*observations);
    return restored;
}

} // namespace hangar::engine
