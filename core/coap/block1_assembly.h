#pragma once

// Internal to core/coap: reassembly of Block1 uploads that libcoap 4.3.1 leaves to the handler.

#include <coap3/coap.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hangar::coap::detail {

/// The body received so far of one Block1 upload on one session.
struct PartialUpload
{
    std::string resource; ///< method and Uri-Path: a block for another resource starts over
    std::vector<std::uint8_t> body;
};

/// What to do with one request after feeding it to the session's upload.
struct Block1Step
{
    enum class Kind : std::uint8_t {
        NotBlockwise = 1, ///< no Block1, or Size1 present (libcoap reassembles those itself)
        Continue,         ///< stored: answer 2.31 with `echo`
        Complete,         ///< the last block: handle `body` as the request payload, echo `echo`
        Incomplete,       ///< a block out of order or without its start: answer 4.08
        TooLarge,         ///< beyond the size limit: answer 4.13, the upload is dropped
    };
    Kind kind = Kind::NotBlockwise;
    std::uint32_t echo = 0; ///< Block1 option value for the answer
    std::vector<std::uint8_t> body;
};

/// libcoap 4.3.1 passes a Block1 upload whose blocks carry no Size1 to the handler block by
/// block, answering nothing itself. This feeds one such block into `upload` (the session's,
/// created and cleared here) and says how to answer (RFC 7959 2.5).
Block1Step feedBlock1(std::unique_ptr<PartialUpload>& upload, const coap_pdu_t* request, std::size_t maxBody);

/// Adds a Block1 option with `value` to an answer.
void addBlock1Echo(coap_pdu_t* response, std::uint32_t value);

} // namespace hangar::coap::detail
