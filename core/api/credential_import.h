#pragma once

#include "common/error.h"
#include "store/store_records.h"

#include <QByteArray>

#include <vector>

namespace hangar::api {

enum class CredentialListFormat : std::uint8_t {
    Csv = 1,   ///< `endpoint,identity,keyhex` per line, optional header line (exactly that)
    JsonLines, ///< one {"endpoint":..,"identity":..,"key":"<hex>"} object per line
};

/// The format named by a Content-Type (text/csv, application/x-ndjson, application/jsonl, …),
/// or — for any other type — sniffed from the body: JSON lines when the first non-blank line
/// starts with '{'.
CredentialListFormat credentialListFormat(const QByteArray& contentType, const QByteArray& body);

/// Parses a credential list. All or nothing: any bad line (wrong field count, an endpoint name
/// or identity lwm2m::checkEndpointName / checkPskIdentity refuse, key not even-length hex,
/// identity or endpoint listed twice) fails with
/// InvalidArgument whose message names every bad line ("line 3: …"); blank lines are skipped.
Expected<std::vector<store::Credential>> parseCredentialList(const QByteArray& body,
                                                             CredentialListFormat format);

/// Decodes an even-length hex string (either case) into key bytes; fails naming the problem.
Expected<lwm2m::Bytes> parsePskKeyHex(const QByteArray& hex);

} // namespace hangar::api
