#pragma once

#include "api/api_request.h"
#include "api/reply.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hangar::api {

/// Handles one matched request; answers exactly once through `reply` (now or later, any thread).
using RouteHandler = std::function<void(const ApiRequest& request, Reply reply)>;

/// One route: a method and a path pattern such as "/api/v1/devices/{endpoint}/resources/{path*}".
/// "{name}" matches one path segment (URL-decoded, so "%2F" stays inside it); "{name*}" matches
/// one or more segments (re-joined with '/'), and literal segments may follow it.
struct Route
{
    QByteArray method;
    QString pattern;
    RouteHandler handler;
};

/// The outcome of matching a method and path against the routes.
struct RouteMatch
{
    const Route* route = nullptr;      ///< set when method and path matched
    std::map<QString, QString> params; ///< decoded path parameters of `route`
    bool paramsUtf8 = true;            ///< false: a parameter decodes to bytes that are not UTF-8
    QStringList allowedMethods;        ///< when only the path matched: the methods it accepts
};

/// The route table. Our own matcher instead of QHttpServerRouter: it gives 404 vs 405, tails with
/// slashes and decoded segments without the 6.4 converter traps.
class ApiRouter
{
public:
    /// Adds a route; routes are tried in insertion order.
    void add(QByteArray method, QString pattern, RouteHandler handler);

    /// Matches `encodedPath` (percent-encoded, as received) for `method`.
    RouteMatch match(const QByteArray& method, const QString& encodedPath) const;

    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace hangar::api
