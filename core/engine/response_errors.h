#pragma once

#include "coap/coap_types.h"
#include "common/error.h"

#include <string_view>

namespace hangar::engine {

/// Turns a device's answer into the facade's error vocabulary (see engine.h): a 2.xx response
/// passes through; 4.04 -> NotFound, 4.00/4.02 -> InvalidArgument, 4.05/4.06/4.15 ->
/// Unsupported, 4.01/4.03 -> SecurityFailure, 4.13 -> LimitExceeded, anything else -> IoFailure.
/// `what` names the operation ("read /3/0 on node-7") for the message.
Expected<coap::Response> checkedResponse(Expected<coap::Response> response, std::string_view what);

} // namespace hangar::engine
