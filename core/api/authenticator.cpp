#include "api/authenticator.h"

namespace hangar::api {

Authenticator::Authenticator(QByteArray adminToken) : m_adminToken(std::move(adminToken)) {}

Expected<Principal> Authenticator::authenticate(const QByteArray& authorizationHeader) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return fail(ErrorCode::SecurityFailure,
                    "missing Authorization header: send 'Authorization: Bearer <token>' with the "
                    "token from <data-dir>/api-token");
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "bearer")
        return fail(ErrorCode::SecurityFailure,
                    "the Authorization header is not a Bearer token: send 'Authorization: Bearer "
                    "<token>'");
    const QByteArray token = header.mid(space + 1).trimmed();
    if (m_adminToken.isEmpty() || !constantTimeEquals(token, m_adminToken))
        return fail(ErrorCode::SecurityFailure,
                    "the bearer token is not valid: use the token from <data-dir>/api-token");
    return Principal{QStringLiteral("admin"), true};
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // Every byte of the expected token is visited whatever the input; the length difference is
    // folded into the result instead of returning early.
    unsigned difference = static_cast<unsigned>(a.size() ^ b.size());
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto left = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto right = static_cast<unsigned char>(b[i]);
        difference |= static_cast<unsigned>(left ^ right);
    }
    return difference == 0;
}

} // namespace hangar::api
