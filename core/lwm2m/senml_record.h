#pragma once

#include "common/error.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/path_value.h"
#include "lwm2m/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::lwm2m {

/// The format-independent part of SenML JSON, SenML CBOR and OMA LwM2M JSON: what a record
/// means (RFC 8428 §4 as profiled by LwM2M 1.1 §7.4.4), apart from how its bytes are spelled.

/// The SenML fields a parser can meet, by meaning (JSON key or CBOR label).
enum class SenmlField : std::uint8_t {
    BaseName = 1,
    BaseTime,
    Name,
    Time,
    NumberValue,     ///< v
    StringValue,     ///< vs
    BooleanValue,    ///< vb
    DataValue,       ///< vd
    ObjectLinkValue, ///< vlo (LwM2M extension)
    Ignored,         ///< bver, bu, u, ut: do not change a value, read and dropped
    Unsupported,     ///< bv, bs, s: would change the value; LwM2M does not use them
    MustUnderstand,  ///< an unknown key ending in '_' (RFC 8428 §4.4): the pack must be refused
    Unknown,         ///< any other key: ignored as RFC 8428 §4.4 requires
};

/// Classifies a SenML JSON key (also used for CBOR text keys such as "vlo").
SenmlField senmlFieldFromKey(std::string_view key);
/// Classifies a SenML CBOR integer label (RFC 8428 §6, Table 6).
SenmlField senmlFieldFromLabel(std::int64_t label);

/// One record as a format parser read it: only the fields LwM2M uses.
struct SenmlRecord
{
    std::optional<std::string> baseName;
    std::optional<double> baseTime;
    std::optional<std::string> name;
    std::optional<double> time;
    Value value; ///< ResourceType::None when the record carries no value
};

/// Stores `value` in `record`, failing when the record already holds one (RFC 8428 allows only
/// one value field per record). `index` and `format` only serve the message.
Expected<void> setRecordValue(SenmlRecord& record, Value value, std::size_t index,
                              std::string_view format);

/// A number as a SenML payload wrote it, before the model types it. Integral numbers become
/// Integer (UnsignedInteger above the int64 range), others Float: so a resource the registry does
/// not know keeps an integral reading as Integer ("5", not "5.0"), the same in JSON and CBOR
/// whichever encoding the sender chose (Qt's JSON parser already folds 5.0 into 5).
Value senmlNumber(double number);
Value senmlNumber(std::int64_t number);
Value senmlNumber(std::uint64_t number);

/// Parses an Objlnk "objectId:instanceId" (each 0..65535, decimal digits only).
Expected<ObjectLink> parseObjectLink(std::string_view text);
std::string objectLinkText(ObjectLink link);

/// Turns parsed records into typed PathValues: resolves bn + n into an LwM2mPath, bt + t into a
/// time, and types each value against the model.
class SenmlResolver
{
public:
    /// `format` names the content format in error messages. With `base64Strings`, a string value
    /// of an Opaque resource is base64 (OMA LwM2M JSON "sv"); SenML has "vd" for that instead.
    SenmlResolver(const LwM2mPath& requestPath, const ObjectRegistry& models, std::string_view format,
                  bool base64Strings = false);

    /// Resolves the next record of the pack. Base fields apply to this and later records.
    /// Stored times are bt + t as sent: RFC 8428 reads a result below 2^28 as relative to the
    /// time of receipt, which only the caller knows (see absoluteSenmlTime).
    Expected<void> add(const SenmlRecord& record);

    /// The values sorted, checked against the request path and free of duplicates.
    Expected<PathValues> finish();

private:
    Expected<Value> typed(const LwM2mPath& path, const Value& value) const;

    LwM2mPath m_requestPath;
    const ObjectRegistry& m_models;
    std::string m_format;
    bool m_base64Strings = false;
    std::string m_baseName;
    std::optional<double> m_baseTime;
    std::size_t m_index = 0;
    PathValues m_values;
};

/// RFC 8428 §4.5.3: a resolved time below 2^28 is relative to `receivedSec` (negative = past).
double absoluteSenmlTime(double resolvedSec, double receivedSec);

/// One record to encode: `baseName` only on the first, `name` relative to it (absent when the
/// value sits at the base name itself).
struct SenmlOutRecord
{
    LwM2mPath path; ///< the full path, for messages
    std::optional<std::string> baseName;
    std::optional<std::string> name;
    Value value;
    std::optional<double> timeSec;
};

/// Plans the records for `values` below `requestPath`, Wakaama's way: bn is the request path,
/// with a trailing '/' when values lie below it ("/3/0/" + "6/0"), and without one when the single
/// value is the request path itself ("/3/0/13"). Values get their model type; a None value or one
/// outside the request path is refused.
Expected<std::vector<SenmlOutRecord>> planSenmlRecords(const LwM2mPath& requestPath,
                                                       const PathValues& values,
                                                       const ObjectRegistry& models);

} // namespace hangar::lwm2m
