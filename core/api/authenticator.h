#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace hangar::api {

/// Who a request acts for. Today only the admin token exists; scoped keys (api_keys table:
/// hash, scopes, device filter) will fill `scopes` and `deviceFilter`.
struct Principal
{
    QString name;           ///< "admin" for the token in <data-dir>/api-token
    bool admin = false;     ///< may do everything
};

/// Decides who sent a request from its Authorization header.
class Authenticator
{
public:
    /// Accepts `Authorization: Bearer <adminToken>`.
    explicit Authenticator(QByteArray adminToken);

    /// The principal for the header's bearer token; SecurityFailure (-> 401) when the header is
    /// missing, not a Bearer token, or the token is unknown. Compares in constant time.
    Expected<Principal> authenticate(const QByteArray& authorizationHeader) const;

private:
    QByteArray m_adminToken;
};

/// Equality of two byte strings in time independent of where they differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace hangar::api
