#include "api/api_response.h"

#include <QJsonDocument>

namespace hangar::api {
namespace {

/// Reason phrases of the statuses answered before Qt HttpServer sees a request.
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Error";
}

} // namespace

ApiResponse ApiResponse::json(const QJsonObject& object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::error(int status, const QString& message)
{
    const QJsonObject inner{{QStringLiteral("status"), status},
                            {QStringLiteral("message"), message}};
    return json(QJsonObject{{QStringLiteral("error"), inner}}, status);
}

ApiResponse ApiResponse::fromError(const Error& failure)
{
    return error(httpStatusFor(failure.code), QString::fromStdString(failure.message));
}

ApiResponse ApiResponse::unauthorized(const QString& message)
{
    ApiResponse response = error(401, message);
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
    return response;
}

QByteArray ApiResponse::toClosingHttpMessage() const
{
    QByteArray message =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        message += "Content-Type: " + contentType + "\r\n";
    message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    message += "Cache-Control: no-store\r\n";
    for (const auto& [name, value] : headers)
        message += name + ": " + value + "\r\n";
    message += "Connection: close\r\n\r\n";
    return message + body;
}

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::TypeMismatch:
        return 400;
    case ErrorCode::MalformedInput:
        return 502; // the device's answer did not decode: the caller's request was fine
    case ErrorCode::SecurityFailure:
        return 403; // the device refused (4.01/4.03); API authentication failures are 401
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::LimitExceeded:
        return 429;
    case ErrorCode::Unsupported:
        return 422; // the device cannot do this (4.05/4.06/4.15)
    case ErrorCode::Cancelled:
        return 503;
    case ErrorCode::Timeout:
        return 504;
    case ErrorCode::Unavailable:
        return 503; // the store cannot write now; /health says why
    case ErrorCode::StorageFull:
        return 507; // Insufficient Storage: the server's disk is full
    case ErrorCode::IoFailure:
        break;
    }
    return 500;
}

} // namespace hangar::api
