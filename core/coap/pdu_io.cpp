#include "coap/pdu_io.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace hangar::coap::detail {

namespace {

// Options that belong to the transport (block-wise, sizes): libcoap writes and consumes them.
constexpr std::uint16_t kBlock2 = 23;
constexpr std::uint16_t kBlock1 = 27;
constexpr std::uint16_t kSize2 = 28;
constexpr std::uint16_t kSize1 = 60;

bool isTransportOption(std::uint16_t number)
{
    return number == kBlock1 || number == kBlock2 || number == kSize1 || number == kSize2;
}

using OptionList = std::vector<std::pair<std::uint16_t, std::vector<std::uint8_t>>>;

std::vector<std::uint8_t> encodeUint(std::uint32_t value)
{
    std::array<std::uint8_t, 4> buffer{};
    const unsigned length = coap_encode_var_safe(buffer.data(), buffer.size(), value);
    return {buffer.begin(), buffer.begin() + length};
}

std::vector<std::uint8_t> bytesOf(const std::string& text)
{
    return {text.begin(), text.end()};
}

std::uint32_t decodeUint(const coap_opt_t* opt)
{
    return coap_decode_var_bytes(coap_opt_value(opt), coap_opt_length(opt));
}

std::string textOf(const coap_opt_t* opt)
{
    const auto* value = coap_opt_value(opt);
    return {reinterpret_cast<const char*>(value), coap_opt_length(opt)};
}

bool addSorted(coap_pdu_t* pdu, OptionList& options)
{
    // Stable: repeated options (path segments) keep their order.
    std::stable_sort(options.begin(), options.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [number, value] : options) {
        if (coap_add_option(pdu, number, value.size(), value.data()) == 0)
            return false;
    }
    return true;
}

void appendExtras(OptionList& options, const std::vector<Option>& extras)
{
    for (const auto& extra : extras) {
        if (!isTransportOption(extra.number))
            options.emplace_back(extra.number, extra.value);
    }
}

std::vector<std::uint8_t> bodyOf(const coap_pdu_t* pdu)
{
    size_t length = 0;
    const std::uint8_t* data = nullptr;
    size_t offset = 0;
    size_t total = 0;
    if (coap_get_data_large(pdu, &length, &data, &offset, &total) == 0 || data == nullptr)
        return {};
    return {data, data + length};
}

} // namespace

Token Token::fromPdu(const coap_pdu_t* pdu)
{
    Token token;
    const coap_bin_const_t raw = coap_pdu_get_token(pdu);
    token.length = static_cast<std::uint8_t>(std::min<size_t>(raw.length, token.bytes.size()));
    if (token.length > 0)
        std::memcpy(token.bytes.data(), raw.s, token.length);
    return token;
}

std::uint64_t Token::value() const
{
    std::uint64_t result = 0;
    for (std::uint8_t i = 0; i < length; ++i)
        result = (result << 8) | bytes[i];
    return result;
}

bool addRequestOptions(coap_pdu_t* pdu, const Request& request)
{
    OptionList options;
    if (request.observe)
        options.emplace_back(option::kObserve, encodeUint(*request.observe));
    for (const auto& segment : request.uriPath)
        options.emplace_back(option::kUriPath, bytesOf(segment));
    if (request.contentFormat)
        options.emplace_back(option::kContentFormat, encodeUint(*request.contentFormat));
    for (const auto& item : request.uriQuery)
        options.emplace_back(option::kUriQuery, bytesOf(item));
    if (request.accept)
        options.emplace_back(option::kAccept, encodeUint(*request.accept));
    appendExtras(options, request.extraOptions);
    return addSorted(pdu, options);
}

bool addResponseOptions(coap_pdu_t* pdu, const Response& response,
                        std::optional<std::uint32_t> observeSequence, bool skipContentFormat)
{
    OptionList options;
    if (observeSequence)
        options.emplace_back(option::kObserve, encodeUint(*observeSequence & 0xFFFFFFu));
    for (const auto& segment : response.locationPath)
        options.emplace_back(option::kLocationPath, bytesOf(segment));
    if (response.contentFormat && !skipContentFormat)
        options.emplace_back(option::kContentFormat, encodeUint(*response.contentFormat));
    if (response.maxAgeSec)
        options.emplace_back(option::kMaxAge, encodeUint(*response.maxAgeSec));
    appendExtras(options, response.extraOptions);
    return addSorted(pdu, options);
}

namespace {

/// Keeps an option the wrapper has no field for; transport options (Block, Size…) stay libcoap's.
void keepExtraOption(std::vector<Option>& extras, std::uint16_t number, const coap_opt_t* opt)
{
    if (isTransportOption(number))
        return;
    const auto* value = coap_opt_value(opt);
    extras.push_back(Option{number, std::vector<std::uint8_t>(value, value + coap_opt_length(opt))});
}

} // namespace

Response parseResponse(const coap_pdu_t* pdu)
{
    Response response;
    response.code = static_cast<ResponseCode>(coap_pdu_get_code(pdu));
    coap_opt_iterator_t iterator;
    coap_option_iterator_init(pdu, &iterator, COAP_OPT_ALL);
    while (const coap_opt_t* opt = coap_option_next(&iterator)) {
        const auto number = static_cast<std::uint16_t>(iterator.number);
        switch (number) {
        case option::kObserve:
            response.observe = decodeUint(opt);
            break;
        case option::kLocationPath:
            response.locationPath.push_back(textOf(opt));
            break;
        case option::kContentFormat:
            response.contentFormat = static_cast<std::uint16_t>(decodeUint(opt));
            break;
        case option::kMaxAge:
            response.maxAgeSec = decodeUint(opt);
            break;
        default:
            keepExtraOption(response.extraOptions, number, opt);
            break;
        }
    }
    response.payload = bodyOf(pdu);
    return response;
}

IncomingRequest parseRequest(const coap_pdu_t* pdu)
{
    IncomingRequest request;
    request.method = static_cast<Method>(coap_pdu_get_code(pdu));
    request.type = coap_pdu_get_type(pdu) == COAP_MESSAGE_CON ? MessageType::Confirmable
                                                              : MessageType::NonConfirmable;
    coap_opt_iterator_t iterator;
    coap_option_iterator_init(pdu, &iterator, COAP_OPT_ALL);
    while (const coap_opt_t* opt = coap_option_next(&iterator)) {
        const auto number = static_cast<std::uint16_t>(iterator.number);
        switch (number) {
        case option::kObserve:
            request.observe = decodeUint(opt);
            break;
        case option::kUriPath:
            request.uriPath.push_back(textOf(opt));
            break;
        case option::kContentFormat:
            request.contentFormat = static_cast<std::uint16_t>(decodeUint(opt));
            break;
        case option::kUriQuery:
            request.uriQuery.push_back(textOf(opt));
            break;
        case option::kAccept:
            request.accept = static_cast<std::uint16_t>(decodeUint(opt));
            break;
        default:
            keepExtraOption(request.extraOptions, number, opt);
            break;
        }
    }
    request.payload = bodyOf(pdu);
    return request;
}

std::vector<std::uint8_t> captureResponse(const coap_pdu_t* pdu)
{
    std::vector<std::uint8_t> options;
    coap_opt_iterator_t iterator;
    coap_option_iterator_init(pdu, &iterator, COAP_OPT_ALL);
    while (const coap_opt_t* opt = coap_option_next(&iterator)) {
        const auto number = static_cast<std::uint16_t>(iterator.number);
        const auto length = static_cast<std::uint16_t>(coap_opt_length(opt));
        const auto* value = coap_opt_value(opt);
        options.insert(options.end(), {static_cast<std::uint8_t>(number >> 8), static_cast<std::uint8_t>(number),
                                       static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length)});
        options.insert(options.end(), value, value + length);
    }
    size_t dataLength = 0;
    const std::uint8_t* data = nullptr;
    if (coap_get_data(pdu, &dataLength, &data) == 0 || data == nullptr)
        dataLength = 0;
    std::vector<std::uint8_t> captured;
    captured.reserve(3 + options.size() + dataLength);
    const auto optionsLength = static_cast<std::uint16_t>(options.size());
    captured.push_back(static_cast<std::uint8_t>(coap_pdu_get_code(pdu)));
    captured.push_back(static_cast<std::uint8_t>(optionsLength >> 8));
    captured.push_back(static_cast<std::uint8_t>(optionsLength));
    captured.insert(captured.end(), options.begin(), options.end());
    if (dataLength > 0)
        captured.insert(captured.end(), data, data + dataLength);
    return captured;
}

bool replayResponse(coap_pdu_t* pdu, std::span<const std::uint8_t> captured)
{
    if (captured.size() < 3)
        return false;
    coap_pdu_set_code(pdu, static_cast<coap_pdu_code_t>(captured[0]));
    const std::size_t optionsEnd = 3 + ((std::size_t{captured[1]} << 8) | captured[2]);
    std::size_t at = 3;
    while (at + 4 <= optionsEnd) {
        const auto number = static_cast<std::uint16_t>((captured[at] << 8) | captured[at + 1]);
        const std::size_t length = (std::size_t{captured[at + 2]} << 8) | captured[at + 3];
        at += 4;
        if (coap_add_option(pdu, number, length, captured.data() + at) == 0)
            return false;
        at += length;
    }
    if (optionsEnd < captured.size())
        return coap_add_data(pdu, captured.size() - optionsEnd, captured.data() + optionsEnd) != 0;
    return true;
}

coap_pdu_code_t toPduCode(Method method)
{
    return static_cast<coap_pdu_code_t>(static_cast<std::uint8_t>(method));
}

} // namespace hangar::coap::detail
