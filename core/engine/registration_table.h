#pragma once

#include "engine/registration.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hangar::engine {

/// The live registrations, by endpoint, by registration key and by session. Engine thread
/// only, except the counters, which any thread may read.
class RegistrationTable
{
public:
    /// A fresh key no live registration uses, from the CSPRNG: its hex form is the /rd/<id>
    /// location, which must not be guessable from the ids other devices were given.
    std::uint32_t newKey() const;

    /// Adds a registration; its endpoint and key must not be present.
    Registration& add(std::unique_ptr<Registration> registration);
    /// Removes the registration and returns it (nullptr if the key is unknown).
    std::unique_ptr<Registration> remove(std::uint32_t key);

    Registration* byKey(std::uint32_t key) const;
    Registration* byEndpoint(std::string_view endpoint) const;
    Registration* bySession(coap::SessionId session) const;

    /// Points the registration at `session` (0: none).
    void setSession(Registration& registration, coap::SessionId session);
    /// Records a presence change so the counters stay right.
    void setSleeping(Registration& registration, bool sleeping);

    template <typename Visit>
    void forEach(Visit visit) const
    {
        for (const auto& [key, registration] : m_byKey)
            visit(*registration);
    }

    std::size_t size() const { return m_byKey.size(); }
    std::int64_t onlineCount() const { return m_online.load(std::memory_order_relaxed); }
    std::int64_t sleepingCount() const { return m_sleeping.load(std::memory_order_relaxed); }

private:
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::unordered_map<std::uint32_t, std::unique_ptr<Registration>> m_byKey;
    std::unordered_map<std::string, Registration*, StringHash, std::equal_to<>> m_byEndpoint;
    std::unordered_map<coap::SessionId, Registration*> m_bySession;
    std::atomic<std::int64_t> m_online{0};
    std::atomic<std::int64_t> m_sleeping{0};
};

} // namespace hangar::engine
