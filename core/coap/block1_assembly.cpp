#include "coap/block1_assembly.h"

#include <array>

namespace hangar::coap::detail {

namespace {

std::string resourceOf(const coap_pdu_t* request)
{
    std::string resource(1, static_cast<char>(coap_pdu_get_code(request)));
    coap_opt_iterator_t iterator;
    coap_option_iterator_init(request, &iterator, COAP_OPT_ALL);
    while (const coap_opt_t* option = coap_option_next(&iterator)) {
        if (iterator.number != COAP_OPTION_URI_PATH)
            continue;
        resource.push_back('/');
        resource.append(reinterpret_cast<const char*>(coap_opt_value(option)), coap_opt_length(option));
    }
    return resource;
}

} // namespace

Block1Step feedBlock1(std::unique_ptr<PartialUpload>& upload, const coap_pdu_t* request, std::size_t maxBody)
{
    Block1Step step;
    coap_opt_iterator_t iterator;
    const coap_opt_t* option = coap_check_option(request, COAP_OPTION_BLOCK1, &iterator);
    if (option == nullptr || coap_check_option(request, COAP_OPTION_SIZE1, &iterator) != nullptr)
        return step;
    const std::uint32_t value = coap_decode_var_bytes(coap_opt_value(option), coap_opt_length(option));
    const std::uint32_t number = value >> 4;
    const bool more = (value & 0x08) != 0;
    const std::uint32_t sizeExponent = value & 0x07;
    step.echo = value;
    if (sizeExponent == 7) { // reserved (RFC 7959 2.2)
        upload.reset();
        step.kind = Block1Step::Kind::Incomplete;
        return step;
    }
    size_t length = 0;
    const std::uint8_t* data = nullptr;
    if (coap_get_data(request, &length, &data) == 0 || data == nullptr)
        length = 0;
    const std::size_t offset = static_cast<std::size_t>(number) << (sizeExponent + 4);
    const std::string resource = resourceOf(request);

    if (number == 0) {
        upload = std::make_unique<PartialUpload>();
        upload->resource = resource;
    } else if (!upload || upload->resource != resource || upload->body.size() != offset) {
        upload.reset();
        step.kind = Block1Step::Kind::Incomplete;
        return step;
    }
    if (upload->body.size() + length > maxBody) {
        upload.reset();
        step.kind = Block1Step::Kind::TooLarge;
        return step;
    }
    upload->body.insert(upload->body.end(), data, data + length);
    if (more) {
        step.kind = Block1Step::Kind::Continue;
        return step;
    }
    step.kind = Block1Step::Kind::Complete;
    step.body = std::move(upload->body);
    upload.reset();
    return step;
}

void addBlock1Echo(coap_pdu_t* response, std::uint32_t value)
{
    std::array<std::uint8_t, 4> encoded{};
    const unsigned length = coap_encode_var_safe(encoded.data(), encoded.size(), value);
    coap_add_option(response, COAP_OPTION_BLOCK1, length, encoded.data());
}

} // namespace hangar::coap::detail
