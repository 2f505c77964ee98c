#include "lwm2m/codec.h"

#include "lwm2m/lwm2m_json_codec.h"
#include "lwm2m/opaque_codec.h"
#include "lwm2m/senml_cbor_codec.h"
#include "lwm2m/senml_json_codec.h"
#include "lwm2m/text_codec.h"
#include "lwm2m/tlv_codec.h"

namespace hangar::lwm2m {

namespace {

std::unexpected<Error> unsupported(ContentFormat format, const char* what)
{
    return fail(ErrorCode::Unsupported, std::string("content format ") +
                                            std::string(contentFormatName(format)) + " (" +
                                            std::to_string(static_cast<int>(format)) +
                                            ") cannot be used to " + what + " resource values");
}

} // namespace

Expected<PathValues> decode(ContentFormat format, std::span<const std::uint8_t> payload,
                            const LwM2mPath& requestPath, const ObjectRegistry& models)
{
    if (payload.size() > limits::kMaxPayloadBytes && format != ContentFormat::Opaque)
        return fail(ErrorCode::LimitExceeded, "payload of " + std::to_string(payload.size()) +
                                                  " bytes is over the " +
                                                  std::to_string(limits::kMaxPayloadBytes) +
                                                  " byte limit");
    switch (format) {
    case ContentFormat::Text:
        return decodeText(payload, requestPath, models);
    case ContentFormat::Opaque:
        return decodeOpaque(payload, requestPath, models);
    case ContentFormat::Tlv:
        return decodeTlv(payload, requestPath, models);
    case ContentFormat::SenmlJson:
        return decodeSenmlJson(payload, requestPath, models);
    case ContentFormat::SenmlCbor:
        return decodeSenmlCbor(payload, requestPath, models);
    case ContentFormat::Lwm2mJson:
        return decodeLwm2mJson(payload, requestPath, models);
    case ContentFormat::LinkFormat:
    case ContentFormat::Cbor:
        break;
    }
    return unsupported(format, "decode");
}

Expected<Bytes> encode(ContentFormat format, const LwM2mPath& requestPath, const PathValues& values,
                       const ObjectRegistry& models)
{
    switch (format) {
    case ContentFormat::Text:
        return encodeText(requestPath, values, models);
    case ContentFormat::Opaque:
        return encodeOpaque(requestPath, values, models);
    case ContentFormat::Tlv:
        return encodeTlv(requestPath, values, models);
    case ContentFormat::SenmlJson:
        return encodeSenmlJson(requestPath, values, models);
    case ContentFormat::SenmlCbor:
        return encodeSenmlCbor(requestPath, values, models);
    case ContentFormat::Lwm2mJson:
        return encodeLwm2mJson(requestPath, values, models);
    case ContentFormat::LinkFormat:
    case ContentFormat::Cbor:
        break;
    }
    return unsupported(format, "encode");
}

} // namespace hangar::lwm2m
