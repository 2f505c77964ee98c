#include "fleet_credentials.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hangar::devicesim {
namespace {

constexpr std::size_t kDerivedKeyBytes = 16;
constexpr std::size_t kMaxKeyBytes = 64;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool fitsCsv(const std::string& text)
{
    return text.find_first_of(",\"\r\n") == std::string::npos;
}

} // namespace

CredentialFileFormat credentialFormatFor(std::string_view fileName)
{
    for (const std::string_view suffix : {".jsonl", ".ndjson", ".json"}) {
        if (fileName.ends_with(suffix))
            return CredentialFileFormat::JsonLines;
    }
    return CredentialFileFormat::Csv;
}

std::vector<std::uint8_t> derivePskKey(std::uint64_t seed, std::string_view endpoint)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray prefix = QByteArrayLiteral("hangar-sim psk\n") + QByteArray::number(seed) + '\n';
    hash.addData(prefix);
    hash.addData(QByteArrayView(endpoint.data(), static_cast<qsizetype>(endpoint.size())));
    const QByteArray digest = hash.result();
    return {digest.begin(), digest.begin() + kDerivedKeyBytes};
}

Expected<std::vector<std::uint8_t>> parsePskHex(std::string_view hex)
{
    if (hex.empty())
        return fail(ErrorCode::InvalidArgument, "the key is empty: give it as hex digits such as 00112233445566778899aabbccddeeff");
    if (hex.size() % 2 != 0)
        return fail(ErrorCode::InvalidArgument,
                    "the key has an odd number of hex digits (" + std::to_string(hex.size()) + ")");
    if (hex.size() / 2 > kMaxKeyBytes)
        return fail(ErrorCode::InvalidArgument, "the key is longer than 64 bytes");
    std::vector<std::uint8_t> key;
    key.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexDigit(hex[i]);
        const int low = hexDigit(hex[i + 1]);
        if (high < 0 || low < 0)
            return fail(ErrorCode::InvalidArgument, "the key is not hex: unexpected character '" +
                                                        std::string(1, high < 0 ? hex[i] : hex[i + 1]) + "'");
        key.push_back(static_cast<std::uint8_t>(high * 16 + low));
    }
    return key;
}

std::string toHex(const std::vector<std::uint8_t>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (const std::uint8_t byte : bytes) {
        text += kDigits[byte >> 4];
        text += kDigits[byte & 0x0f];
    }
    return text;
}

Expected<QByteArray> formatCredentials(const std::vector<DeviceCredential>& credentials, CredentialFileFormat format)
{
    QByteArray text;
    if (format == CredentialFileFormat::Csv) {
        text += "endpoint,identity,key\n";
        for (const DeviceCredential& credential : credentials) {
            if (!fitsCsv(credential.endpoint) || !fitsCsv(credential.identity))
                return fail(ErrorCode::InvalidArgument,
                            "endpoint \"" + credential.endpoint +
                                "\" contains a comma, quote or line break, which the CSV credential list "
                                "cannot carry; write the list as JSON lines (a .jsonl file name)");
            text += QByteArray::fromStdString(credential.endpoint + "," + credential.identity + "," +
                                              toHex(credential.key) + "\n");
        }
        return text;
    }
    for (const DeviceCredential& credential : credentials) {
        const QJsonObject line{{QStringLiteral("endpoint"), QString::fromStdString(credential.endpoint)},
                               {QStringLiteral("identity"), QString::fromStdString(credential.identity)},
                               {QStringLiteral("key"), QString::fromStdString(toHex(credential.key))}};
        text += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return text;
}

Expected<void> writeCredentialFile(const std::string& path, const std::vector<DeviceCredential>& credentials,
                                   CredentialFileFormat format)
{
    auto text = formatCredentials(credentials, format);
    if (!text)
        return std::unexpected(text.error());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    const auto failure = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::IoFailure, std::string("cannot ") + what + " the credential file " + path + ": " +
                                              reason + "; check the path and its permissions");
    };
    if (fd < 0)
        return failure("create");
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return failure("set mode 0600 on");
    const char* data = text->constData();
    auto left = static_cast<std::size_t>(text->size());
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return failure("write");
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::close(fd) != 0)
        return fail(ErrorCode::IoFailure, "cannot finish writing the credential file " + path + ": " +
                                              std::strerror(errno));
    return {};
}

} // namespace hangar::devicesim
