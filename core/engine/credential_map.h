#pragma once

#include "common/error.h"
#include "store/store_records.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hangar::engine {

/// DTLS-PSK credentials in memory, for the handshake callback that must answer synchronously
/// (TRAPS 11). Engine thread only. Identities are unique across endpoints; an endpoint has at
/// most one credential.
class CredentialMap
{
public:
    /// Replaces the whole map (at start, from the store).
    void load(std::vector<store::Credential> credentials);
    /// Fails with InvalidArgument on an endpoint name or PSK identity lwm2m::checkEndpointName /
    /// checkPskIdentity refuse (empty, too long, not UTF-8, control characters such as the NUL
    /// libcoap would cut an identity at), an empty or over-long key, or an identity that belongs
    /// to another endpoint. Every way in (REST, imports, the GUI) goes through here.
    Expected<void> validate(const store::Credential& credential) const;
    /// Inserts or replaces the endpoint's credential (call validate first).
    void put(store::Credential credential);
    /// Holds the identity for the credential's endpoint while its store write is pending:
    /// validate() refuses the identity to other endpoints, the handshake does not know it yet.
    void reserve(const store::Credential& credential);
    /// Puts a reserved credential once its write is committed; false, putting nothing, when
    /// the endpoint was removed meanwhile.
    bool putReserved(store::Credential credential);
    /// Removes the endpoint's credential and its reservations.
    void removeEndpoint(std::string_view endpoint);

    /// The key for a PSK identity, or nullptr.
    const std::vector<std::uint8_t>* keyFor(std::string_view identity) const;
    /// The endpoint an identity may register, or nullptr.
    const std::string* endpointFor(std::string_view identity) const;
    /// True if the endpoint has a credential (it must then use coaps).
    bool hasCredential(std::string_view endpoint) const;
    /// The endpoint's PSK identity, or nullptr when it has no credential.
    const std::string* identityOf(std::string_view endpoint) const;
    /// True when `credential` is exactly its endpoint's current one (same identity and key).
    bool holds(const store::Credential& credential) const;
    std::size_t size() const { return m_byIdentity.size(); }

private:
    void dropCredential(std::string_view endpoint);

    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    struct Entry
    {
        std::string endpoint;
        std::vector<std::uint8_t> key;
    };

    std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> m_byIdentity;
    std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> m_identityOf;
    struct Reservation
    {
        std::string endpoint;
        int pending = 0; ///< writes of this identity for this endpoint not yet committed
    };
    std::unordered_map<std::string, Reservation, StringHash, std::equal_to<>>
        m_reserved; ///< by identity
};

} // namespace hangar::engine
