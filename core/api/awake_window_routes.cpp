#include "api/route_support.h"
#include "api/routes.h"

#include <cmath>

namespace hangar::api {
namespace {

QJsonObject awakeWindowToJson(const engine::AwakeWindow& window)
{
    return QJsonObject{
        {QStringLiteral("awakeWindowSec"), static_cast<double>(window.window.count()) / 1000.0},
        {QStringLiteral("custom"), window.custom}};
}

engine::Done<engine::AwakeWindow> answerAwakeWindow(const Reply& reply)
{
    return answerWith<engine::AwakeWindow>(reply, [](engine::AwakeWindow window) {
        return ApiResponse::json(awakeWindowToJson(window));
    });
}

void getAwakeWindow(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    engine.awakeWindow(*endpoint, answerAwakeWindow(reply));
}

/// {"awakeWindowSec": 20} gives the device its own window; {"awakeWindowSec": null} returns it
/// to the server's default.
void putAwakeWindow(engine::Engine& engine, const ApiRequest& request, const Reply& reply)
{
    const auto endpoint = endpointParam(request);
    if (!endpoint)
        return reply(ApiResponse::fromError(endpoint.error()));
    const auto body = jsonObjectBody(request, false);
    if (!body)
        return reply(ApiResponse::fromError(body.error()));
    const QJsonValue given = body->value(QStringLiteral("awakeWindowSec"));
    std::optional<std::chrono::milliseconds> window;
    if (given.isDouble()) {
        const double milliseconds = given.toDouble() * 1000.0;
        const auto lowest = static_cast<double>(engine::kMinAwakeWindow.count());
        const auto highest = static_cast<double>(engine::kMaxAwakeWindow.count());
        if (!std::isfinite(milliseconds) || milliseconds < lowest || milliseconds > highest)
            return reply(ApiResponse::error(
                400, QStringLiteral("\"awakeWindowSec\" must be between %1 and %2 seconds")
                         .arg(lowest / 1000.0)
                         .arg(highest / 1000.0)));
        window = std::chrono::milliseconds(std::llround(milliseconds));
    } else if (!given.isNull()) {
        return reply(ApiResponse::error(
            400,
            QStringLiteral(
                "give \"awakeWindowSec\": a number of seconds, or null for the server's default")));
    }
    engine.setAwakeWindow(*endpoint, window, answerAwakeWindow(reply));
}

} // namespace

void addAwakeWindowRoutes(ApiRouter& router, engine::Engine& engine)
{
    const QString route = QStringLiteral("/api/v1/devices/{endpoint}/awake-window");
    router.add("GET", route, [&engine](const ApiRequest& request, Reply reply) {
        getAwakeWindow(engine, request, reply);
    });
    router.add("PUT", route, [&engine](const ApiRequest& request, Reply reply) {
        putAwakeWindow(engine, request, reply);
    });
}

} // namespace hangar::api
