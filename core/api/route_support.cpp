#include "api/route_support.h"

#include "lwm2m/endpoint_name.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hangar::api {

Expected<std::string> endpointParam(const ApiRequest& request)
{
    std::string endpoint = request.param(QStringLiteral("endpoint")).toStdString();
    if (auto valid = lwm2m::checkEndpointName(endpoint); !valid)
        return std::unexpected(valid.error());
    return endpoint;
}

Expected<lwm2m::LwM2mPath> lwm2mPathParam(const ApiRequest& request)
{
    const std::string text = request.param(QStringLiteral("path")).toStdString();
    auto path = lwm2m::LwM2mPath::parse(text);
    if (!path)
        return fail(ErrorCode::InvalidArgument,
                    "bad LwM2M path \"/" + text + "\": " + path.error().message);
    return path;
}

Expected<std::int64_t> integerQuery(const ApiRequest& request, const QString& name,
                                    std::int64_t fallback, std::int64_t min, std::int64_t max,
                                    bool clamp)
{
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    bool ok = false;
    const qlonglong value = text->toLongLong(&ok);
    if (!ok)
        return fail(ErrorCode::InvalidArgument,
                    "query parameter " + name.toStdString() + "=\"" + text->toStdString() +
                        "\" is not an integer");
    if (clamp && value > max)
        return max;
    if (value < min || value > max)
        return fail(ErrorCode::InvalidArgument,
                    "query parameter " + name.toStdString() + "=" + std::to_string(value) +
                        " is out of range [" + std::to_string(min) + ", " + std::to_string(max) +
                        "]");
    return value;
}

Expected<bool> booleanQuery(const ApiRequest& request, const QString& name, bool fallback)
{
    const auto text = request.queryValue(name);
    if (!text)
        return fallback;
    const QString lower = text->toLower();
    if (lower.isEmpty() || lower == u"true" || lower == u"1" || lower == u"yes")
        return true;
    if (lower == u"false" || lower == u"0" || lower == u"no")
        return false;
    return fail(ErrorCode::InvalidArgument, "query parameter " + name.toStdString() + "=\"" +
                                                text->toStdString() + "\" is not true or false");
}

Expected<std::optional<lwm2m::ContentFormat>> formatQuery(const ApiRequest& request)
{
    const auto text = request.queryValue(QStringLiteral("format"));
    if (!text || text->isEmpty())
        return std::optional<lwm2m::ContentFormat>();
    const auto format = lwm2m::parseContentFormatName(text->toLower().toStdString());
    if (!format || *format == lwm2m::ContentFormat::LinkFormat)
        return fail(ErrorCode::InvalidArgument,
                    "unknown format \"" + text->toStdString() +
                        "\": use tlv, senml-json, senml-cbor, lwm2m-json, text, opaque or cbor");
    return std::optional<lwm2m::ContentFormat>(*format);
}

Expected<std::chrono::milliseconds> waitQuery(const ApiRequest& request)
{
    if (const auto timeoutMs = request.queryValue(QStringLiteral("timeoutMs"));
        timeoutMs && !timeoutMs->isEmpty()) {
        auto value = integerQuery(request, QStringLiteral("timeoutMs"), 0, 1, 300'000);
        if (!value)
            return std::unexpected(value.error());
        return std::chrono::milliseconds(*value);
    }
    auto seconds = integerQuery(request, QStringLiteral("wait"), kDefaultWaitSec, 1, kMaxWaitSec);
    if (!seconds)
        return std::unexpected(seconds.error());
    return std::chrono::seconds(*seconds);
}

Expected<QJsonObject> jsonObjectBody(const ApiRequest& request, bool emptyAllowed)
{
    if (request.body.trimmed().isEmpty()) {
        if (emptyAllowed)
            return QJsonObject();
        return fail(ErrorCode::InvalidArgument, "the request body is empty: send a JSON object");
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument,
                    "the request body is not valid JSON: " + error.errorString().toStdString() +
                        " at offset " + std::to_string(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, "the request body must be a JSON object");
    return document.object();
}

engine::Done<void> answerNoContent(Reply reply)
{
    return [reply = std::move(reply)](Expected<void> result) {
        reply.send(result ? ApiResponse::noContent() : ApiResponse::fromError(result.error()));
    };
}

} // namespace hangar::api
