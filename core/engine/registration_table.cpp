#include "engine/registration_table.h"

#include "common/secure_random.h"

namespace hangar::engine {

std::uint32_t RegistrationTable::newKey() const
{
    for (;;) {
        const std::uint32_t key = secureRandom32();
        if (key != 0 && !m_byKey.contains(key))
            return key;
    }
}

Registration& RegistrationTable::add(std::unique_ptr<Registration> registration)
{
    Registration& added = *registration;
    m_byEndpoint.emplace(added.endpoint, &added);
    if (added.session != 0)
        m_bySession[added.session] = &added;
    (added.sleeping ? m_sleeping : m_online).fetch_add(1, std::memory_order_relaxed);
    m_byKey.emplace(added.key, std::move(registration));
    return added;
}

std::unique_ptr<Registration> RegistrationTable::remove(std::uint32_t key)
{
    const auto found = m_byKey.find(key);
    if (found == m_byKey.end())
        return nullptr;
    std::unique_ptr<Registration> removed = std::move(found->second);
    m_byKey.erase(found);
    if (const auto byEndpoint = m_byEndpoint.find(removed->endpoint);
        byEndpoint != m_byEndpoint.end() && byEndpoint->second == removed.get())
        m_byEndpoint.erase(byEndpoint);
    if (const auto bySession = m_bySession.find(removed->session);
        bySession != m_bySession.end() && bySession->second == removed.get())
        m_bySession.erase(bySession);
    (removed->sleeping ? m_sleeping : m_online).fetch_sub(1, std::memory_order_relaxed);
    return removed;
}

Registration* RegistrationTable::byKey(std::uint32_t key) const
{
    const auto found = m_byKey.find(key);
    return found == m_byKey.end() ? nullptr : found->second.get();
}

Registration* RegistrationTable::byEndpoint(std::string_view endpoint) const
{
    const auto found = m_byEndpoint.find(endpoint);
    return found == m_byEndpoint.end() ? nullptr : found->second;
}

Registration* RegistrationTable::bySession(coap::SessionId session) const
{
    const auto found = m_bySession.find(session);
    return found == m_bySession.end() ? nullptr : found->second;
}

void RegistrationTable::setSession(Registration& registration, coap::SessionId session)
{
    if (registration.session == session)
        return;
    if (const auto old = m_bySession.find(registration.session);
        old != m_bySession.end() && old->second == &registration)
        m_bySession.erase(old);
    registration.session = session;
    if (session != 0)
        m_bySession[session] = &registration;
}

void RegistrationTable::setSleeping(Registration& registration, bool sleeping)
{
    if (registration.sleeping == sleeping)
        return;
    registration.sleeping = sleeping;
    (sleeping ? m_sleeping : m_online).fetch_add(1, std::memory_order_relaxed);
    (sleeping ? m_online : m_sleeping).fetch_sub(1, std::memory_order_relaxed);
}

} // namespace hangar::engine
