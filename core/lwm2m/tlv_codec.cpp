#include "lwm2m/tlv_codec.h"

#include "lwm2m/codec.h"
#include "lwm2m/codec_support.h"
#include "lwm2m/tlv_reader.h"
#include "lwm2m/tlv_writer.h"

#include <map>
#include <string>

namespace hangar::lwm2m {

namespace {

using tlv::Element;
using tlv::Kind;

std::string describe(const Element& element)
{
    return std::string(tlv::kindName(element.kind)) + " TLV " + std::to_string(element.id) +
           " at byte " + std::to_string(element.offset);
}

std::unexpected<Error> malformed(const LwM2mPath& requestPath, const std::string& what)
{
    return fail(ErrorCode::MalformedInput,
                "TLV payload for " + requestPath.toString() + ": " + what);
}

bool knownResource(const ObjectRegistry& models, const LwM2mPath& path)
{
    return models.resource(path.objectId(), path.resourceId()) != nullptr;
}

// Walks the TLV tree of one payload and collects typed values.
class TlvDecoder
{
public:
    TlvDecoder(const LwM2mPath& requestPath, const ObjectRegistry& models)
        : m_requestPath(requestPath), m_models(models)
    {
    }

    Expected<PathValues> decode(std::span<const std::uint8_t> payload);

private:
    Expected<void> objectInstance(const Element& element, const LwM2mPath& objectPath);
    Expected<void> resourceLevel(const Element& element, const LwM2mPath& instancePath);
    Expected<void> resourceInstance(const Element& element, const LwM2mPath& resourcePath);
    Expected<void> checkMultiple(const LwM2mPath& resourcePath, bool multiple);
    Expected<void> addValue(const LwM2mPath& path, const Element& element);

    const LwM2mPath& m_requestPath;
    const ObjectRegistry& m_models;
    PathValues m_values;
};

Expected<PathValues> TlvDecoder::decode(std::span<const std::uint8_t> payload)
{
    auto elements = tlv::readElements(payload, 0);
    if (!elements)
        return std::unexpected(elements.error());
    Expected<void> done;
    switch (m_requestPath.depth()) {
    case 0:
        return fail(ErrorCode::Unsupported,
                    "TLV cannot carry object ids, so it cannot answer the root path /; read "
                    "each object, or use SenML");
    case 1:
        for (const Element& element : *elements) {
            if (element.kind != Kind::ObjectInstance)
                // LwM2M 1.1 §7.4.3 wraps object content in Object Instance TLVs; guessing
                // instance 0 for bare resources could write to the wrong instance.
                return malformed(m_requestPath,
                                 describe(element) +
                                     " where an Object Instance TLV is required; "
                                     "send instance content to the instance path instead");
            if (done = objectInstance(element, m_requestPath); !done)
                return std::unexpected(done.error());
        }
        break;
    case 2:
        if (elements->size() == 1 && elements->front().kind == Kind::ObjectInstance) {
            // A writer may wrap the instance it writes; the id must be that instance.
            done = objectInstance(elements->front(), m_requestPath.parent());
            if (done && m_values.size() == 1 && m_values.front().value.isNone())
                m_values.clear();
        } else {
            for (const Element& element : *elements)
                if (done = resourceLevel(element, m_requestPath); !done)
                    break;
        }
        break;
    case 3: {
        const bool bareInstances =
            !elements->empty() && elements->front().kind == Kind::ResourceInstance;
        if (bareInstances) {
            if (done = checkMultiple(m_requestPath, true); !done)
                break;
            for (const Element& element : *elements)
                if (done = resourceInstance(element, m_requestPath); !done)
                    break;
        } else if (elements->size() != 1) {
            return malformed(m_requestPath, "expected exactly one Resource or Multiple Resource "
                                            "TLV, found " +
                                                std::to_string(elements->size()));
        } else {
            done = resourceLevel(elements->front(), m_requestPath.parent());
        }
        break;
    }
    default:
        if (elements->size() != 1)
            return malformed(m_requestPath, "expected exactly one Resource Instance TLV, found " +
                                                std::to_string(elements->size()));
        if (done = checkMultiple(m_requestPath.parent(), true); done)
            done = resourceInstance(elements->front(), m_requestPath.parent());
        break;
    }
    if (!done)
        return std::unexpected(done.error());
    return finishDecoded(std::move(m_values), m_requestPath);
}

Expected<void> TlvDecoder::objectInstance(const Element& element, const LwM2mPath& objectPath)
{
    const LwM2mPath instancePath(objectPath.objectId(), element.id);
    if (!instancePath.startsWith(m_requestPath))
        return malformed(m_requestPath, describe(element) + " does not match the request path");
    auto children = tlv::readElements(element.value, element.offset);
    if (!children)
        return std::unexpected(children.error());
    if (children->empty())
        m_values.push_back(PathValue{instancePath, Value(), std::nullopt});
    for (const Element& child : *children) {
        if (child.kind == Kind::ObjectInstance || child.kind == Kind::ResourceInstance)
            return malformed(m_requestPath,
                             describe(child) +
                                 " inside an Object Instance TLV; "
                                 "only Resource and Multiple Resource TLVs belong there");
        if (auto done = resourceLevel(child, instancePath); !done)
            return done;
    }
    return {};
}

Expected<void> TlvDecoder::resourceLevel(const Element& element, const LwM2mPath& instancePath)
{
    const LwM2mPath resourcePath(instancePath.objectId(), instancePath.instanceId(), element.id);
    if (!resourcePath.startsWith(m_requestPath))
        return malformed(m_requestPath, describe(element) + " does not match the request path");
    switch (element.kind) {
    case Kind::Resource:
        if (auto checked = checkMultiple(resourcePath, false); !checked)
            return checked;
        return addValue(resourcePath, element);
    case Kind::MultipleResource: {
        if (auto checked = checkMultiple(resourcePath, true); !checked)
            return checked;
        auto children = tlv::readElements(element.value, element.offset);
        if (!children)
            return std::unexpected(children.error());
        for (const Element& child : *children)
            if (auto done = resourceInstance(child, resourcePath); !done)
                return done;
        return {};
    }
    case Kind::ObjectInstance:
    case Kind::ResourceInstance:
        break;
    }
    return malformed(m_requestPath, describe(element) + " where a Resource or Multiple Resource "
                                                        "TLV is required");
}

Expected<void> TlvDecoder::resourceInstance(const Element& element, const LwM2mPath& resourcePath)
{
    if (element.kind != Kind::ResourceInstance)
        return malformed(m_requestPath, describe(element) + " where a Resource Instance TLV is "
                                                            "required");
    const LwM2mPath path(resourcePath.objectId(), resourcePath.instanceId(),
                         resourcePath.resourceId(), element.id);
    if (!path.startsWith(m_requestPath))
        return malformed(m_requestPath, describe(element) + " does not match the request path");
    return addValue(path, element);
}

Expected<void> TlvDecoder::checkMultiple(const LwM2mPath& resourcePath, bool multiple)
{
    if (!knownResource(m_models, resourcePath) ||
        modelSaysMultiple(m_models, resourcePath, multiple) == multiple)
        return {};
    return fail(ErrorCode::TypeMismatch,
                "TLV payload for " + m_requestPath.toString() + ": the model says " +
                    resourcePath.toString() + " is a " + (multiple ? "single" : "multiple") +
                    " resource, but the payload holds " +
                    (multiple ? "resource instances" : "a single value") + " for it");
}

Expected<void> TlvDecoder::addValue(const LwM2mPath& path, const Element& element)
{
    auto value = tlv::readValue(element.value, modelType(m_models, path));
    if (!value)
        return fail(value.error().code,
                    path.toString() + " (" + describe(element) + "): " + value.error().message);
    m_values.push_back(PathValue{path, std::move(*value), std::nullopt});
    return {};
}

// Builds the TLV tree for values grouped by instance and resource.
class TlvEncoder
{
public:
    explicit TlvEncoder(const ObjectRegistry& models) : m_models(models) {}

    Expected<void> instanceContent(Bytes& out, const LwM2mPath& instancePath,
                                   const std::vector<const PathValue*>& values);
    Expected<void> resource(Bytes& out, const LwM2mPath& resourcePath,
                            const std::vector<const PathValue*>& values);
    Expected<void> single(Bytes& out, Kind kind, const PathValue& entry);

private:
    const ObjectRegistry& m_models;
};

Expected<void> TlvEncoder::instanceContent(Bytes& out, const LwM2mPath& instancePath,
                                           const std::vector<const PathValue*>& values)
{
    std::map<std::uint16_t, std::vector<const PathValue*>> byResource;
    for (const PathValue* entry : values)
        byResource[entry->path.resourceId()].push_back(entry);
    for (const auto& [resourceId, group] : byResource) {
        const LwM2mPath resourcePath(instancePath.objectId(), instancePath.instanceId(),
                                     resourceId);
        if (auto done = resource(out, resourcePath, group); !done)
            return done;
    }
    return {};
}

Expected<void> TlvEncoder::resource(Bytes& out, const LwM2mPath& resourcePath,
                                    const std::vector<const PathValue*>& values)
{
    bool hasInstances = false;
    bool hasSingle = false;
    for (const PathValue* entry : values)
        (entry->path.isResourceInstance() ? hasInstances : hasSingle) = true;
    const bool multiple = modelSaysMultiple(m_models, resourcePath, hasInstances);
    if ((hasSingle && (hasInstances || multiple || values.size() > 1)) ||
        (hasInstances && !multiple))
        return fail(ErrorCode::InvalidArgument,
                    "cannot encode " + resourcePath.toString() + " as TLV: " +
                        (multiple ? "a multiple resource needs values at resource instance paths "
                                    "only, such as " +
                                        resourcePath.toString() + "/0"
                                  : "a single resource takes exactly one value at its own path"));
    if (!multiple)
        return single(out, Kind::Resource, *values.front());

    std::map<std::uint16_t, const PathValue*> byInstance;
    for (const PathValue* entry : values)
        if (!byInstance.emplace(entry->path.resourceInstanceId(), entry).second)
            return fail(ErrorCode::InvalidArgument,
                        "cannot encode " + entry->path.toString() + " twice");
    Bytes content;
    for (const auto& [instanceId, entry] : byInstance)
        if (auto done = single(content, Kind::ResourceInstance, *entry); !done)
            return done;
    return tlv::writeElement(out, Kind::MultipleResource, resourcePath.resourceId(), content);
}

Expected<void> TlvEncoder::single(Bytes& out, Kind kind, const PathValue& entry)
{
    if (entry.value.isNone())
        return fail(ErrorCode::InvalidArgument,
                    "cannot encode " + entry.path.toString() + " as TLV: the value has no type");
    auto typed = typedForPath(m_models, entry.path, entry.value);
    if (!typed)
        return std::unexpected(typed.error());
    auto bytes = tlv::valueBytes(*typed);
    if (!bytes)
        return fail(bytes.error().code, entry.path.toString() + ": " + bytes.error().message);
    const std::uint16_t id = entry.path.id(entry.path.depth() - 1);
    return tlv::writeElement(out, kind, id, *bytes);
}

} // namespace

Expected<PathValues> decodeTlv(std::span<const std::uint8_t> payload, const LwM2mPath& requestPath,
                               const ObjectRegistry& models)
{
    if (payload.size() > limits::kMaxPayloadBytes)
        return fail(ErrorCode::LimitExceeded,
                    "TLV payload of " + std::to_string(payload.size()) + " bytes is over the " +
                        std::to_string(limits::kMaxPayloadBytes) + " byte limit");
    return TlvDecoder(requestPath, models).decode(payload);
}

Expected<Bytes> encodeTlv(const LwM2mPath& requestPath, const PathValues& values,
                          const ObjectRegistry& models)
{
    if (requestPath.isRoot())
        return fail(ErrorCode::Unsupported, "TLV cannot carry object ids, so it cannot encode "
                                            "content for the root path /; encode each object");
    // At an object path a None value at an instance path stands for an empty instance
    // (Create without values); everything else must be a resource or resource instance.
    PathValues withValues;
    std::map<std::uint16_t, std::vector<const PathValue*>> byInstance;
    for (const PathValue& entry : values) {
        if (requestPath.isObject() && entry.path.isObjectInstance() && entry.value.isNone() &&
            entry.path.startsWith(requestPath))
            byInstance.try_emplace(entry.path.instanceId());
        else
            withValues.push_back(entry);
    }
    if (auto checked = checkEncodable(withValues, requestPath); !checked)
        return std::unexpected(checked.error());
    for (const PathValue& entry : values)
        if (entry.path.depth() >= 3)
            byInstance[entry.path.instanceId()].push_back(&entry);

    TlvEncoder encoder(models);
    Bytes out;
    Expected<void> done;
    switch (requestPath.depth()) {
    case 1:
        for (const auto& [instanceId, group] : byInstance) {
            Bytes content;
            const LwM2mPath instancePath(requestPath.objectId(), instanceId);
            if (done = encoder.instanceContent(content, instancePath, group); !done)
                break;
            if (done = tlv::writeElement(out, Kind::ObjectInstance, instanceId, content); !done)
                break;
        }
        break;
    case 2:
        done = encoder.instanceContent(out, requestPath, byInstance[requestPath.instanceId()]);
        break;
    case 3: {
        const auto& group = byInstance[requestPath.instanceId()];
        if (group.empty() && !modelSaysMultiple(models, requestPath, false))
            return fail(ErrorCode::InvalidArgument,
                        "no value to encode for " + requestPath.toString());
        done = encoder.resource(out, requestPath, group);
        break;
    }
    default:
        if (values.size() != 1)
            return fail(ErrorCode::InvalidArgument, "TLV for " + requestPath.toString() +
                                                        " carries exactly one value, got " +
                                                        std::to_string(values.size()));
        done = encoder.single(out, Kind::ResourceInstance, values.front());
        break;
    }
    if (!done)
        return std::unexpected(done.error());
    return out;
}

} // namespace hangar::lwm2m
