#include "lwm2m/opaque_codec.h"

#include "lwm2m/codec_support.h"

#include <string>

namespace hangar::lwm2m {

namespace {

// Opaque content is one resource value, and only an Opaque (or unknown) resource can take it.
Expected<void> checkOpaquePath(const LwM2mPath& path, const ObjectRegistry& models)
{
    if (path.depth() < 3)
        return fail(ErrorCode::Unsupported,
                    "application/octet-stream carries one resource value and cannot be used for " +
                        path.toString() + "; address a resource");
    if (path.isResource() && modelSaysMultiple(models, path, false))
        return fail(ErrorCode::Unsupported,
                    "application/octet-stream cannot carry the multiple resource " +
                        path.toString() + "; address one instance (" + path.toString() + "/0)");
    const ResourceType type = modelType(models, path);
    if (type != ResourceType::None && type != ResourceType::Opaque)
        return fail(ErrorCode::TypeMismatch,
                    "application/octet-stream can only carry Opaque resources, but " +
                        path.toString() + " is " + std::string(resourceTypeName(type)) +
                        "; use text/plain, TLV or SenML");
    return {};
}

} // namespace

Expected<PathValues> decodeOpaque(std::span<const std::uint8_t> payload,
                                  const LwM2mPath& requestPath, const ObjectRegistry& models)
{
    if (auto checked = checkOpaquePath(requestPath, models); !checked)
        return std::unexpected(checked.error());
    return finishDecoded(
        PathValues{PathValue{requestPath, Value::opaque(Bytes(payload.begin(), payload.end())),
                             std::nullopt}},
        requestPath);
}

Expected<Bytes> encodeOpaque(const LwM2mPath& requestPath, const PathValues& values,
                             const ObjectRegistry& models)
{
    if (auto checked = checkOpaquePath(requestPath, models); !checked)
        return std::unexpected(checked.error());
    if (auto checked = checkEncodable(values, requestPath); !checked)
        return std::unexpected(checked.error());
    if (values.size() != 1 || values.front().path != requestPath)
        return fail(ErrorCode::InvalidArgument,
                    "application/octet-stream for " + requestPath.toString() +
                        " carries exactly one value at that path, got " +
                        std::to_string(values.size()) + " value(s)");
    const Value& value = values.front().value;
    if (value.type() != ResourceType::Opaque)
        return fail(ErrorCode::TypeMismatch,
                    "application/octet-stream can only carry Opaque values, but the value for " +
                        requestPath.toString() + " is " +
                        std::string(resourceTypeName(value.type())));
    return value.asOpaque();
}

} // namespace hangar::lwm2m
