#include "request_router.h"

#include "write_attributes.h"

#include "lwm2m/codec.h"
#include "lwm2m/discover_links.h"

namespace hangar::devicesim {

using coap::Answer;
using coap::ResponseCode;
using lwm2m::ContentFormat;
using lwm2m::LwM2mPath;

namespace {

constexpr std::uint16_t kLinkFormat = static_cast<std::uint16_t>(ContentFormat::LinkFormat);

Answer answer(ResponseCode code)
{
    Answer result;
    result.response.code = code;
    return result;
}

std::optional<ContentFormat> payloadFormat(std::uint16_t number)
{
    const auto format = lwm2m::contentFormatFromNumber(number);
    if (!format || *format == ContentFormat::LinkFormat || *format == ContentFormat::Cbor)
        return std::nullopt;
    return format;
}

/// The format of a read answer without Accept (see the class comment).
ContentFormat defaultFormat(const lwm2m::ObjectRegistry& models, const LwM2mPath& path)
{
    const auto* model = path.depth() >= 3 ? models.resource(path.objectId(), path.resourceId()) : nullptr;
    const bool single = path.isResourceInstance() || (path.isResource() && model != nullptr && !model->multiple);
    if (!single)
        return ContentFormat::SenmlCbor;
    return model->type == lwm2m::ResourceType::Opaque ? ContentFormat::Opaque : ContentFormat::Text;
}

Expected<LwM2mPath> pathOf(const std::vector<std::string>& segments)
{
    std::string text;
    for (const std::string& segment : segments)
        text += "/" + segment;
    return LwM2mPath::parse(text.empty() ? "/" : text);
}

} // namespace

ResponseCode responseCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return ResponseCode::NotFound;
    case ErrorCode::Unsupported:
        return ResponseCode::MethodNotAllowed;
    case ErrorCode::InvalidArgument:
    case ErrorCode::MalformedInput:
    case ErrorCode::TypeMismatch:
    case ErrorCode::LimitExceeded:
        return ResponseCode::BadRequest;
    default:
        return ResponseCode::InternalServerError;
    }
}

Answer RequestRouter::handle(const coap::IncomingRequest& request, TimePoint now)
{
    const auto path = pathOf(request.uriPath);
    if (!path)
        return answer(ResponseCode::NotFound);
    // The Security object belongs to the bootstrap server only (LwM2M 1.1 core §E.1).
    if (!path->isRoot() && path->objectId() == 0)
        return answer(ResponseCode::Unauthorized);
    if (path->isRoot())
        return answer(ResponseCode::MethodNotAllowed);
    switch (request.method) {
    case coap::Method::Get:
        return request.accept == kLinkFormat ? discover(*path) : read(request, *path, now);
    case coap::Method::Put:
        if (!request.contentFormat && request.payload.empty())
            return writeAttributes(request, *path);
        return write(request, *path, WriteMode::Replace);
    case coap::Method::Post:
        return post(request, *path);
    case coap::Method::Delete:
        return remove(*path);
    default:
        return answer(ResponseCode::MethodNotAllowed);
    }
}

Answer RequestRouter::read(const coap::IncomingRequest& request, const LwM2mPath& path, TimePoint now)
{
    m_actions.refreshValues(path);
    auto values = m_store.read(path);
    if (!values)
        return answer(responseCodeFor(values.error()));
    ContentFormat format = defaultFormat(m_store.registry(), path);
    if (request.accept) {
        const auto accepted = payloadFormat(*request.accept);
        if (!accepted)
            return answer(ResponseCode::NotAcceptable);
        format = *accepted;
    }
    // application/octet-stream carries exactly one Opaque resource (LwM2M 1.1 §7.3.2).
    if (format == ContentFormat::Opaque &&
        (values->size() != 1 || values->front().value.type() != lwm2m::ResourceType::Opaque))
        return answer(ResponseCode::NotAcceptable);
    auto payload = lwm2m::encode(format, path, *values, m_store.registry());
    if (!payload)
        return answer(payload.error().code == ErrorCode::Unsupported ? ResponseCode::NotAcceptable
                                                                      : ResponseCode::InternalServerError);
    Answer result = answer(ResponseCode::Content);
    result.response.contentFormat = static_cast<std::uint16_t>(format);
    result.response.payload = std::move(*payload);
    if (request.observe == coap::kObserveRegister && request.observation != 0) {
        result.acceptObservation = true;
        m_observations.add(request.observation, path, format, std::move(*values), now);
        m_actions.observationsChanged();
    }
    return result;
}

Answer RequestRouter::discover(const LwM2mPath& path)
{
    if (path.isResourceInstance())
        return answer(ResponseCode::BadRequest);
    if (!m_store.exists(path))
        return answer(ResponseCode::NotFound);
    auto links = lwm2m::encodeDiscoverAnswer(path, m_store.discoverValues(path), m_store.registry(),
                                             m_observations.attributes());
    std::string text;
    if (links) {
        text = std::move(*links);
    } else if (path.isObject() && links.error().code == ErrorCode::NotFound) {
        // An object without instances: the codec lists nothing, LwM2M still lists the object.
        lwm2m::DiscoveredLink link{path, {}};
        if (const auto* model = m_store.registry().object(path.objectId()); model && model->version != "1.0")
            link.attributes.version = model->version;
        text = lwm2m::serializeDiscoverLinks(std::span(&link, 1));
    } else {
        return answer(responseCodeFor(links.error()));
    }
    Answer result = answer(ResponseCode::Content);
    result.response.contentFormat = kLinkFormat;
    result.response.payload.assign(text.begin(), text.end());
    return result;
}

Answer RequestRouter::write(const coap::IncomingRequest& request, const LwM2mPath& path, WriteMode mode)
{
    if (path.isObject())
        return answer(ResponseCode::MethodNotAllowed);
    if (!request.contentFormat)
        return answer(ResponseCode::BadRequest);
    const auto format = payloadFormat(*request.contentFormat);
    if (!format)
        return answer(ResponseCode::UnsupportedContentFormat);
    auto values = lwm2m::decode(*format, request.payload, path, m_store.registry());
    if (!values)
        return answer(values.error().code == ErrorCode::NotFound ? ResponseCode::NotFound : ResponseCode::BadRequest);
    auto written = m_store.write(path, *values, mode);
    if (!written)
        return answer(responseCodeFor(written.error()));
    m_actions.resourcesWritten(*written);
    return answer(ResponseCode::Changed);
}

Answer RequestRouter::writeAttributes(const coap::IncomingRequest& request, const LwM2mPath& path)
{
    if (!m_store.exists(path))
        return answer(ResponseCode::NotFound);
    auto& stored = m_observations.attributes();
    const auto found = stored.find(path);
    auto updated = applyWriteAttributes(found == stored.end() ? lwm2m::DiscoverAttributes{} : found->second,
                                        request.uriQuery, path, m_store.registry());
    if (!updated)
        return answer(ResponseCode::BadRequest);
    if (isEmpty(*updated))
        stored.erase(path);
    else
        stored.insert_or_assign(path, *updated);
    m_actions.observationsChanged();
    return answer(ResponseCode::Changed);
}

Answer RequestRouter::post(const coap::IncomingRequest& request, const LwM2mPath& path)
{
    if (path.isObject())
        return create(request, path);
    if (path.isObjectInstance())
        return write(request, path, WriteMode::PartialUpdate);
    if (path.isResourceInstance())
        return answer(ResponseCode::MethodNotAllowed);
    const auto* model = m_store.registry().resource(path.objectId(), path.resourceId());
    if (model == nullptr || !m_store.exists(path.truncated(2)))
        return answer(ResponseCode::NotFound);
    if (lwm2m::isExecutable(model->operations)) {
        if (!m_store.exists(path))
            return answer(ResponseCode::NotFound);
        const std::string arguments(request.payload.begin(), request.payload.end());
        return answer(m_actions.execute(path, arguments));
    }
    // LwM2M 1.1: a POST with content on a multiple resource adds or updates its instances.
    if (model->multiple && request.contentFormat)
        return write(request, path, WriteMode::PartialUpdate);
    return answer(ResponseCode::MethodNotAllowed);
}

Answer RequestRouter::create(const coap::IncomingRequest& request, const LwM2mPath& path)
{
    if (!m_store.exists(path))
        return answer(ResponseCode::NotFound);
    lwm2m::PathValues values;
    if (!request.payload.empty()) {
        if (!request.contentFormat)
            return answer(ResponseCode::BadRequest);
        const auto format = payloadFormat(*request.contentFormat);
        if (!format)
            return answer(ResponseCode::UnsupportedContentFormat);
        auto decoded = lwm2m::decode(*format, request.payload, path, m_store.registry());
        if (!decoded)
            return answer(ResponseCode::BadRequest);
        values = std::move(*decoded);
    }
    auto created = m_store.create(path.objectId(), values);
    if (!created)
        return answer(created.error().code == ErrorCode::NotFound ? ResponseCode::NotFound : ResponseCode::BadRequest);
    const LwM2mPath instance(path.objectId(), *created);
    m_actions.instanceCreated(instance);
    Answer result = answer(ResponseCode::Created);
    result.response.locationPath = {std::to_string(path.objectId()), std::to_string(*created)};
    return result;
}

Answer RequestRouter::remove(const LwM2mPath& path)
{
    if (!path.isObjectInstance())
        return answer(ResponseCode::MethodNotAllowed);
    // The server account and the Device object are what keeps the device manageable.
    if (path.objectId() == 1 || (path.objectId() == 3 && path.instanceId() == 0))
        return answer(ResponseCode::MethodNotAllowed);
    if (auto removed = m_store.remove(path); !removed)
        return answer(responseCodeFor(removed.error()));
    m_actions.instanceDeleted(path);
    return answer(ResponseCode::Deleted);
}

} // namespace hangar::devicesim
