#pragma once

#include "common/error.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::devicesim {

/// One device's DTLS-PSK credential, as a server must know it.
struct DeviceCredential
{
    std::string endpoint;
    std::string identity;
    std::vector<std::uint8_t> key;
    bool operator==(const DeviceCredential&) const = default;
};

/// The two list formats `POST /api/v1/credentials/import` takes.
enum class CredentialFileFormat : std::uint8_t {
    Csv = 1,   ///< a header line `endpoint,identity,key`, then `endpoint,identity,keyhex` per device
    JsonLines, ///< one {"endpoint":..,"identity":..,"key":"<hex>"} object per line
};

/// JSON lines for names ending in .jsonl, .ndjson or .json; CSV otherwise.
CredentialFileFormat credentialFormatFor(std::string_view fileName);

/// The key of a device in a group whose keys are derived: 16 bytes of SHA-256 over the seed
/// and the endpoint name. Repeatable by anyone who knows both, so only fit for test fleets.
std::vector<std::uint8_t> derivePskKey(std::uint64_t seed, std::string_view endpoint);

/// Decodes an even-length hex string (1 to 64 bytes, either case); fails saying what is wrong.
Expected<std::vector<std::uint8_t>> parsePskHex(std::string_view hex);
/// Lower-case hex of `bytes`.
std::string toHex(const std::vector<std::uint8_t>& bytes);

/// The credential list in `format`. Fails (InvalidArgument) for CSV when a name contains a
/// comma, a quote or a line break, which that format cannot carry.
Expected<QByteArray> formatCredentials(const std::vector<DeviceCredential>& credentials,
                                       CredentialFileFormat format);

/// Writes the list to `path`, creating the file with mode 0600 (an existing file is truncated
/// and set to 0600 first), so the keys are never readable by others.
Expected<void> writeCredentialFile(const std::string& path, const std::vector<DeviceCredential>& credentials,
                                   CredentialFileFormat format);

} // namespace hangar::devicesim
