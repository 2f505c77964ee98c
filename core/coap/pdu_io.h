#pragma once

// Internal to core/coap: converts between Hangar request/response values and libcoap PDUs.

#include "coap/coap_types.h"
#include "common/error.h"

#include <coap3/coap.h>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace hangar::coap::detail {

/// A token of at most 8 bytes (RFC 7252), kept by value.
struct Token
{
    std::array<std::uint8_t, 8> bytes{};
    std::uint8_t length = 0;

    static Token fromPdu(const coap_pdu_t* pdu);
    /// The token as one integer, unique together with length.
    std::uint64_t value() const;
};

/// Adds uri-path, query, content-format, accept, observe and extra options to a fresh PDU,
/// in option-number order.
bool addRequestOptions(coap_pdu_t* pdu, const Request& request);

/// Adds the options of a response (observe sequence optional) in option-number order.
/// Content-Format is left out when `skipContentFormat` (libcoap adds it for large bodies).
bool addResponseOptions(coap_pdu_t* pdu, const Response& response,
                        std::optional<std::uint32_t> observeSequence, bool skipContentFormat);

/// Reads a received response (whole body when libcoap reassembled it).
Response parseResponse(const coap_pdu_t* pdu);

/// Reads a received request; session, observation and exchange are left for the caller.
IncomingRequest parseRequest(const coap_pdu_t* pdu);

/// The code, options and payload a handler left in a response PDU, as compact bytes
/// (code, options length, then number/length/value per option, then the payload).
std::vector<std::uint8_t> captureResponse(const coap_pdu_t* pdu);

/// Puts captured bytes into a fresh response PDU: same code, options and payload, so a
/// repeated answer is byte-identical. False if the PDU refused them.
bool replayResponse(coap_pdu_t* pdu, std::span<const std::uint8_t> captured);

/// libcoap code for a method.
coap_pdu_code_t toPduCode(Method method);

} // namespace hangar::coap::detail
