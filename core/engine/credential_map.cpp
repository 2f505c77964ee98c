#include "engine/credential_map.h"

#include "lwm2m/endpoint_name.h"

namespace hangar::engine {

void CredentialMap::load(std::vector<store::Credential> credentials)
{
    m_byIdentity.clear();
    m_identityOf.clear();
    for (store::Credential& credential : credentials)
        put(std::move(credential));
}

Expected<void> CredentialMap::validate(const store::Credential& credential) const
{
    if (auto valid = lwm2m::checkEndpointName(credential.endpoint); !valid)
        return fail(ErrorCode::InvalidArgument, "credential: " + valid.error().message);
    if (auto valid = lwm2m::checkPskIdentity(credential.pskIdentity); !valid)
        return fail(ErrorCode::InvalidArgument,
                    "credential of '" + credential.endpoint + "': " + valid.error().message);
    if (credential.pskKey.empty())
        return fail(ErrorCode::InvalidArgument,
                    "credential of '" + credential.endpoint + "': the PSK key is empty");
    if (credential.pskKey.size() > 64)
        return fail(ErrorCode::InvalidArgument,
                    "PSK key of '" + credential.endpoint + "' is longer than 64 bytes");
    if (const std::string* owner = endpointFor(credential.pskIdentity); owner && *owner != credential.endpoint)
        return fail(ErrorCode::InvalidArgument, "PSK identity '" + credential.pskIdentity +
                                                    "' already belongs to endpoint '" + *owner +
                                                    "'; identities must be unique");
    if (const auto reserved = m_reserved.find(credential.pskIdentity);
        reserved != m_reserved.end() && reserved->second.endpoint != credential.endpoint)
        return fail(ErrorCode::InvalidArgument,
                    "PSK identity '" + credential.pskIdentity + "' is being stored for endpoint '" +
                        reserved->second.endpoint + "'; identities must be unique");
    return {};
}

void CredentialMap::put(store::Credential credential)
{
    dropCredential(credential.endpoint);
    m_identityOf[credential.endpoint] = credential.pskIdentity;
    m_byIdentity[std::move(credential.pskIdentity)] =
        Entry{std::move(credential.endpoint), std::move(credential.pskKey)};
}

void CredentialMap::reserve(const store::Credential& credential)
{
    Reservation& reservation = m_reserved[credential.pskIdentity];
    reservation.endpoint = credential.endpoint;
    ++reservation.pending;
}

bool CredentialMap::putReserved(store::Credential credential)
{
    const auto reserved = m_reserved.find(credential.pskIdentity);
    if (reserved == m_reserved.end() || reserved->second.endpoint != credential.endpoint)
        return false;
    if (--reserved->second.pending == 0)
        m_reserved.erase(reserved);
    put(std::move(credential));
    return true;
}

void CredentialMap::removeEndpoint(std::string_view endpoint)
{
    std::erase_if(m_reserved,
                  [endpoint](const auto& entry) { return entry.second.endpoint == endpoint; });
    dropCredential(endpoint);
}

void CredentialMap::dropCredential(std::string_view endpoint)
{
    const auto found = m_identityOf.find(endpoint);
    if (found == m_identityOf.end())
        return;
    if (const auto entry = m_byIdentity.find(found->second);
        entry != m_byIdentity.end() && entry->second.endpoint == endpoint)
        m_byIdentity.erase(entry);
    m_identityOf.erase(found);
}

const std::vector<std::uint8_t>* CredentialMap::keyFor(std::string_view identity) const
{
    const auto found = m_byIdentity.find(identity);
    return found == m_byIdentity.end() ? nullptr : &found->second.key;
}

const std::string* CredentialMap::endpointFor(std::string_view identity) const
{
    const auto found = m_byIdentity.find(identity);
    return found == m_byIdentity.end() ? nullptr : &found->second.endpoint;
}

bool CredentialMap::hasCredential(std::string_view endpoint) const
{
    return m_identityOf.contains(endpoint);
}

const std::string* CredentialMap::identityOf(std::string_view endpoint) const
{
    const auto found = m_identityOf.find(endpoint);
    return found == m_identityOf.end() ? nullptr : &found->second;
}

bool CredentialMap::holds(const store::Credential& credential) const
{
    const std::string* identity = identityOf(credential.endpoint);
    if (identity == nullptr || *identity != credential.pskIdentity)
        return false;
    const std::vector<std::uint8_t>* key = keyFor(*identity);
    return key != nullptr && *key == credential.pskKey;
}

} // namespace hangar::engine
