#include "api/credential_import.h"

#include "lwm2m/endpoint_name.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QSet>

namespace hangar::api {
namespace {

constexpr int kMaxReportedErrors = 20;
constexpr qsizetype kMaxKeyBytes = 64;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

/// The engine checks again (CredentialMap::validate); checking here names the line.
std::string checkFields(const QByteArray& endpoint, const QByteArray& identity)
{
    if (auto valid = lwm2m::checkEndpointName(view(endpoint)); !valid)
        return valid.error().message;
    if (auto valid = lwm2m::checkPskIdentity(view(identity)); !valid)
        return valid.error().message;
    return {};
}

Expected<store::Credential> csvLine(const QByteArray& line)
{
    const QList<QByteArray> fields = line.split(',');
    if (fields.size() != 3)
        return fail(ErrorCode::InvalidArgument,
                    "expected 3 comma-separated fields (endpoint,identity,keyhex), found " +
                        std::to_string(fields.size()));
    const QByteArray endpoint = fields[0].trimmed();
    const QByteArray identity = fields[1].trimmed();
    if (const std::string problem = checkFields(endpoint, identity); !problem.empty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto key = parsePskKeyHex(fields[2].trimmed());
    if (!key)
        return std::unexpected(key.error());
    return store::Credential{endpoint.toStdString(), identity.toStdString(), std::move(*key)};
}

Expected<store::Credential> jsonLine(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument,
                    "not valid JSON (" + error.errorString().toStdString() + " at offset " +
                        std::to_string(error.offset) + ")");
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, "expected a JSON object");
    const QJsonObject object = document.object();
    for (const char* field : {"endpoint", "identity", "key"}) {
        if (!object.value(QLatin1String(field)).isString())
            return fail(ErrorCode::InvalidArgument,
                        std::string("\"") + field + "\" is missing or not a string");
    }
    const QByteArray endpoint = object.value(QStringLiteral("endpoint")).toString().toUtf8();
    const QByteArray identity = object.value(QStringLiteral("identity")).toString().toUtf8();
    if (const std::string problem = checkFields(endpoint, identity); !problem.empty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto key = parsePskKeyHex(object.value(QStringLiteral("key")).toString().toLatin1());
    if (!key)
        return std::unexpected(key.error());
    return store::Credential{endpoint.toStdString(), identity.toStdString(), std::move(*key)};
}

/// Exactly the header line `endpoint,identity,keyhex` (or `…,key`, as hangar-sim writes it),
/// case and spaces around fields ignored. Neither "key" nor "keyhex" is hex, so no credential
/// line can look like it, whatever its endpoint is called.
bool isCsvHeader(const QByteArray& line)
{
    const QList<QByteArray> fields = line.toLower().split(',');
    return fields.size() == 3 && fields[0].trimmed() == "endpoint" &&
           fields[1].trimmed() == "identity" &&
           (fields[2].trimmed() == "keyhex" || fields[2].trimmed() == "key");
}

} // namespace

CredentialListFormat credentialListFormat(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray type = contentType.toLower();
    if (type == "text/csv" || type == "application/csv")
        return CredentialListFormat::Csv;
    if (type == "application/x-ndjson" || type == "application/jsonl" ||
        type == "application/x-jsonlines" || type == "application/json-lines" ||
        type == "application/json")
        return CredentialListFormat::JsonLines;
    for (const QByteArray& line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.startsWith('{') ? CredentialListFormat::JsonLines
                                           : CredentialListFormat::Csv;
    }
    return CredentialListFormat::Csv;
}

Expected<lwm2m::Bytes> parsePskKeyHex(const QByteArray& hex)
{
    if (hex.isEmpty())
        return fail(ErrorCode::InvalidArgument, "the key is empty: give it as hex digits");
    if (hex.size() % 2 != 0)
        return fail(ErrorCode::InvalidArgument,
                    "the key has an odd number of hex digits (" + std::to_string(hex.size()) + ")");
    for (const char c : hex) {
        if (!isHexDigit(c))
            return fail(ErrorCode::InvalidArgument,
                        std::string("the key is not hex: unexpected character '") + c + "'");
    }
    if (hex.size() / 2 > kMaxKeyBytes)
        return fail(ErrorCode::InvalidArgument, "the key is longer than 64 bytes");
    const QByteArray bytes = QByteArray::fromHex(hex);
    return lwm2m::Bytes(bytes.begin(), bytes.end());
}

Expected<std::vector<store::Credential>> parseCredentialList(const QByteArray& body,
                                                             CredentialListFormat format)
{
    std::vector<store::Credential> credentials;
    std::vector<std::string> errors;
    QSet<QByteArray> identities;
    QSet<QByteArray> endpoints;
    const QList<QByteArray> lines = body.split('\n');
    bool firstContentLine = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const std::string where = "line " + std::to_string(i + 1) + ": ";
        const bool first = std::exchange(firstContentLine, false);
        if (format == CredentialListFormat::Csv && first && isCsvHeader(line))
            continue;
        auto credential = format == CredentialListFormat::Csv ? csvLine(line) : jsonLine(line);
        if (!credential) {
            errors.push_back(where + credential.error().message);
            continue;
        }
        const QByteArray identity = QByteArray::fromStdString(credential->pskIdentity);
        const QByteArray endpoint = QByteArray::fromStdString(credential->endpoint);
        if (identities.contains(identity)) {
            errors.push_back(where + "identity \"" + credential->pskIdentity + "\" is listed twice");
            continue;
        }
        if (endpoints.contains(endpoint)) {
            errors.push_back(where + "endpoint \"" + credential->endpoint + "\" is listed twice");
            continue;
        }
        identities.insert(identity);
        endpoints.insert(endpoint);
        credentials.push_back(std::move(*credential));
    }
    if (!errors.empty()) {
        std::string message = "nothing imported: " + std::to_string(errors.size()) +
                              (errors.size() == 1 ? " bad line: " : " bad lines: ");
        for (std::size_t i = 0; i < errors.size() && i < kMaxReportedErrors; ++i)
            message += (i ? "; " : "") + errors[i];
        if (errors.size() > kMaxReportedErrors)
            message += "; …";
        return fail(ErrorCode::InvalidArgument, message);
    }
    if (credentials.empty())
        return fail(ErrorCode::InvalidArgument,
                    "the credential list is empty: send endpoint,identity,keyhex lines");
    return credentials;
}

} // namespace hangar::api
