#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <map>
#include <optional>

namespace hangar::api {

/// What a route handler sees of a request: method, decoded path parameters, query, body.
/// A plain copy, so handlers may keep it while an engine operation runs.
struct ApiRequest
{
    QByteArray method; ///< "GET", "PUT", …
    QString path;      ///< the decoded request path, for messages
    std::map<QString, QString> params; ///< {name} of the route pattern -> decoded value
    QUrlQuery query;
    QByteArray contentType; ///< without parameters, lower case ("application/json")
    QByteArray body;

    /// The path parameter `name` (empty when the route has none of that name).
    QString param(const QString& name) const
    {
        const auto it = params.find(name);
        return it == params.end() ? QString() : it->second;
    }
    /// The query item `name`, fully decoded, or nothing when absent.
    std::optional<QString> queryValue(const QString& name) const
    {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

} // namespace hangar::api
