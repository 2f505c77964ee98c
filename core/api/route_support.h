#pragma once

#include "api/api_request.h"
#include "api/api_response.h"
#include "api/reply.h"
#include "common/error.h"
#include "engine/device_request_types.h"
#include "lwm2m/content_format.h"
#include "lwm2m/lwm2m_path.h"

#include <QJsonObject>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace hangar::api {

/// The {endpoint} path parameter (already URL-decoded); InvalidArgument when it is not a name
/// lwm2m::checkEndpointName accepts.
Expected<std::string> endpointParam(const ApiRequest& request);
/// The {path} tail as an LwM2M path; InvalidArgument naming the bad text.
Expected<lwm2m::LwM2mPath> lwm2mPathParam(const ApiRequest& request);

/// An integer query item in [min, max]; `fallback` when absent; values over max are clamped
/// when `clamp`, else InvalidArgument.
Expected<std::int64_t> integerQuery(const ApiRequest& request, const QString& name,
                                    std::int64_t fallback, std::int64_t min, std::int64_t max,
                                    bool clamp = false);
/// A boolean query item ("true"/"false"/"1"/"0"; present without value means true).
Expected<bool> booleanQuery(const ApiRequest& request, const QString& name, bool fallback);
/// ?format=… as a data content format (text, opaque, cbor, tlv, senml-json, senml-cbor,
/// lwm2m-json); nothing when absent.
Expected<std::optional<lwm2m::ContentFormat>> formatQuery(const ApiRequest& request);
/// Default and maximum of ?wait=SEC on device operations.
inline constexpr std::int64_t kDefaultWaitSec = 60;
inline constexpr std::int64_t kMaxWaitSec = 3600;

/// How long a device operation may take, time queued for a sleeping (queue-mode) device
/// included: ?timeoutMs=… (1 ms .. 5 min) when given, else ?wait=SEC (1 .. kMaxWaitSec,
/// default kDefaultWaitSec).
Expected<std::chrono::milliseconds> waitQuery(const ApiRequest& request);

/// The body as a JSON object; an empty body gives {} when `emptyAllowed`.
Expected<QJsonObject> jsonObjectBody(const ApiRequest& request, bool emptyAllowed);

/// A `done` callback for the engine that answers `reply` with `onSuccess(value)`, or with the
/// error. Runs on the engine thread: `onSuccess` must only build data.
template <typename T>
engine::Done<T> answerWith(Reply reply, std::function<ApiResponse(T)> onSuccess)
{
    return [reply = std::move(reply), onSuccess = std::move(onSuccess)](Expected<T> result) {
        if (!result)
            reply.send(ApiResponse::fromError(result.error()));
        else
            reply.send(onSuccess(std::move(*result)));
    };
}

/// A `done` callback for operations without a result: 204 on success.
engine::Done<void> answerNoContent(Reply reply);

} // namespace hangar::api
