#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace hangar::api {

/// One HTTP answer, built by a route handler on any thread and written on the server's thread.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< extra headers

    /// 200 (or `status`) with the object as compact JSON.
    static ApiResponse json(const QJsonObject& object, int status = 200);
    /// 204 with no body.
    static ApiResponse noContent();
    /// `{"error":{"status":N,"message":"..."}}` with that status.
    static ApiResponse error(int status, const QString& message);
    /// The error response for an engine/library Error (status chosen by httpStatusFor).
    static ApiResponse fromError(const Error& failure);
    /// 401 with `WWW-Authenticate: Bearer` and why the request was not admitted.
    static ApiResponse unauthorized(const QString& message);

    /// The whole HTTP/1.1 message with `Connection: close`, for answers written straight to a
    /// socket before Qt HttpServer has seen the request.
    QByteArray toClosingHttpMessage() const;
};

/// The HTTP status that tells a client what an ErrorCode means for its request.
int httpStatusFor(ErrorCode code);

} // namespace hangar::api
