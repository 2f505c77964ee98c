#pragma once

#include <expected>
#include <string>
#include <utility>

namespace hangar {

/// What kind of failure an Error reports. 0 is never a valid code.
enum class ErrorCode {
    InvalidArgument = 1, ///< the caller passed something that can never work (bad path, bad id)
    MalformedInput,      ///< untrusted bytes that do not parse (payload, file, packet)
    TypeMismatch,        ///< well-formed input whose value does not fit the object model
    LimitExceeded,       ///< input over a safety limit (length, count, nesting)
    Unsupported,         ///< a valid request this build or peer cannot serve
    NotFound,            ///< a named thing (object, resource, session, file) does not exist
    IoFailure,           ///< the operating system or a library refused (socket, file)
    Timeout,             ///< no answer in time
    SecurityFailure,     ///< a handshake, key or credential check failed
    Cancelled,           ///< the operation was abandoned on purpose
    Unavailable,         ///< the service cannot do this now (its store cannot write); retry later
    StorageFull,         ///< the disk is full: nothing more is written until space is freed
};

/// A failure as a value: what failed, on which input, and what to do about it.
/// Library return codes (libcoap, SQLite, mbedtls) are turned into these at the module boundary.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;

    Error() = default;
    Error(ErrorCode errorCode, std::string text) : code(errorCode), message(std::move(text)) {}
};

template <typename T>
using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message)
{
    return std::unexpected<Error>(Error(code, std::move(message)));
}

} // namespace hangar
