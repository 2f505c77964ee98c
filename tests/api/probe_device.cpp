#include "probe_device.h"

#include "api_test_support.h"
#include "lwm2m/codec.h"

namespace hangar::api::test {

namespace {

constexpr std::uint16_t kLinkFormat = 40;

lwm2m::ContentFormat answerFormat(const coap::IncomingRequest& request)
{
    if (request.accept)
        if (const auto known = lwm2m::contentFormatFromNumber(*request.accept))
            return *known;
    return lwm2m::ContentFormat::Tlv;
}

std::optional<lwm2m::LwM2mPath> lwm2mPathOf(const coap::IncomingRequest& request)
{
    auto parsed = lwm2m::LwM2mPath::parse(ProbeDevice::pathOf(request));
    return parsed ? std::optional(*parsed) : std::nullopt;
}

} // namespace

ProbeDevice::ProbeDevice(const lwm2m::ObjectRegistry& models)
    : m_models(models),
      m_handler([](const coap::IncomingRequest& request) {
          return code(request.method == coap::Method::Get ? coap::ResponseCode::NotFound
                                                          : coap::ResponseCode::Changed);
      })
{
    m_context.setRequestHandler([this](const coap::IncomingRequest& request) {
        m_received.push_back(request);
        return m_handler(request);
    });
}

bool ProbeDevice::registerAt(std::uint16_t port, const std::string& endpoint, const std::string& links,
                             std::uint32_t lifetimeSec)
{
    coap::ConnectOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    auto session = m_context.connect(options);
    if (!session)
        return false;
    m_session = *session;
    coap::Request reg;
    reg.method = coap::Method::Post;
    reg.uriPath = {"rd"};
    reg.uriQuery = {"ep=" + endpoint, "lt=" + std::to_string(lifetimeSec), "lwm2m=1.1", "b=U"};
    reg.contentFormat = kLinkFormat;
    reg.payload.assign(links.begin(), links.end());
    std::optional<bool> created;
    auto sent = m_context.send(m_session, std::move(reg), [&created](Expected<coap::Response> response) {
        created = response && response->code == coap::ResponseCode::Created;
    });
    if (!sent)
        return false;
    waitUntil([&] { return created.has_value(); });
    return created.value_or(false);
}

std::vector<coap::IncomingRequest> ProbeDevice::requestsTo(coap::Method method, const std::string& path) const
{
    std::vector<coap::IncomingRequest> found;
    for (const auto& request : m_received)
        if (request.method == method && pathOf(request) == path)
            found.push_back(request);
    return found;
}

bool ProbeDevice::waitForRequests(coap::Method method, const std::string& path, std::size_t count,
                                  std::chrono::milliseconds timeout)
{
    return waitUntil([&] { return requestsTo(method, path).size() >= count; }, timeout);
}

void ProbeDevice::actAsSensor(lwm2m::PathValues values)
{
    setHandler([this, values = std::move(values)](const coap::IncomingRequest& request) -> std::optional<coap::Answer> {
        if (request.method != coap::Method::Get)
            return code(coap::ResponseCode::Changed);
        coap::Answer answer = valuesAnswer(request, values);
        answer.acceptObservation = request.observe == coap::kObserveRegister;
        if (answer.acceptObservation)
            m_accepted = request.observation;
        return answer;
    });
}

coap::Answer ProbeDevice::valuesAnswer(const coap::IncomingRequest& request, const lwm2m::PathValues& values) const
{
    const auto path = lwm2mPathOf(request);
    const lwm2m::ContentFormat format = answerFormat(request);
    if (!path)
        return code(coap::ResponseCode::InternalServerError);
    auto payload = lwm2m::encode(format, *path, values, m_models);
    if (!payload)
        return code(coap::ResponseCode::InternalServerError);
    coap::Answer answer = code(coap::ResponseCode::Content);
    answer.response.contentFormat = static_cast<std::uint16_t>(format);
    answer.response.payload = std::move(*payload);
    return answer;
}

bool ProbeDevice::notify(coap::ObservationId observation, lwm2m::ContentFormat format,
                         const lwm2m::LwM2mPath& path, const lwm2m::PathValues& values)
{
    auto payload = lwm2m::encode(format, path, values, m_models);
    if (!payload)
        return false;
    coap::Response response;
    response.code = coap::ResponseCode::Content;
    response.contentFormat = static_cast<std::uint16_t>(format);
    response.payload = std::move(*payload);
    return m_context.notify(observation, response).has_value();
}

coap::Answer ProbeDevice::code(coap::ResponseCode code)
{
    coap::Answer answer;
    answer.response.code = code;
    return answer;
}

std::string ProbeDevice::pathOf(const coap::IncomingRequest& request)
{
    std::string path;
    for (const auto& segment : request.uriPath)
        path += "/" + segment;
    return path.empty() ? "/" : path;
}

} // namespace hangar::api::test
