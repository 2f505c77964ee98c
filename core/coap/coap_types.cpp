#include "coap/coap_types.h"

namespace hangar::coap {

std::string toString(ResponseCode code)
{
    const int raw = static_cast<int>(code);
    const int detail = raw & 0x1F;
    std::string text = std::to_string(raw >> 5) + ".";
    if (detail < 10)
        text += "0";
    return text + std::to_string(detail);
}

std::string_view toString(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Fetch: return "FETCH";
    case Method::Patch: return "PATCH";
    case Method::IPatch: return "iPATCH";
    }
    return "?";
}

} // namespace hangar::coap
