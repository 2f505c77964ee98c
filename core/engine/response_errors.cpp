#include "engine/response_errors.h"

#include <string>

namespace hangar::engine {

Expected<coap::Response> checkedResponse(Expected<coap::Response> response, std::string_view what)
{
    if (!response) {
        Error error = response.error();
        error.message = std::string(what) + " failed: " + error.message;
        return std::unexpected(std::move(error));
    }
    if (coap::isSuccess(response->code))
        return response;
    using coap::ResponseCode;
    const ResponseCode code = response->code;
    ErrorCode mapped = ErrorCode::IoFailure;
    std::string advice = "check the device's logs";
    switch (code) {
    case ResponseCode::NotFound:
        mapped = ErrorCode::NotFound;
        advice = "the device has no such object, instance or resource";
        break;
    case ResponseCode::BadRequest:
    case ResponseCode::BadOption:
        mapped = ErrorCode::InvalidArgument;
        advice = "the device rejected the path, value or attributes";
        break;
    case ResponseCode::MethodNotAllowed:
    case ResponseCode::NotAcceptable:
    case ResponseCode::UnsupportedContentFormat:
        mapped = ErrorCode::Unsupported;
        advice = "the device does not allow this operation or content format here";
        break;
    case ResponseCode::Unauthorized:
    case ResponseCode::Forbidden:
        mapped = ErrorCode::SecurityFailure;
        advice = "the device's access control refuses this server";
        break;
    case ResponseCode::RequestEntityTooLarge:
        mapped = ErrorCode::LimitExceeded;
        advice = "the payload is too large for the device";
        break;
    default:
        break;
    }
    std::string message = std::string(what) + " failed: the device answered " + coap::toString(code);
    if (!response->payload.empty() && response->payload.size() <= 200) {
        std::string diagnostic(response->payload.begin(), response->payload.end());
        bool printable = true;
        for (const char c : diagnostic)
            printable = printable && static_cast<unsigned char>(c) >= 0x20;
        if (printable)
            message += " (\"" + diagnostic + "\")";
    }
    return fail(mapped, message + "; " + advice);
}

} // namespace hangar::engine
