#include "lwm2m/senml_cbor_codec.h"

#include "lwm2m/codec.h"
#include "lwm2m/senml_record.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QString>

#include <cmath>
#include <set>
#include <string>

namespace hangar::lwm2m {

namespace {

constexpr std::string_view kFormat = "SenML CBOR";

/// Walks a SenML CBOR pack with Qt's streaming reader, so nesting is under our control: only
/// ignored fields may hold containers, and those are skipped to limits::kMaxNesting levels.
class SenmlCborParser
{
public:
    SenmlCborParser(std::span<const std::uint8_t> payload)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char*>(payload.data()),
                                          static_cast<qsizetype>(payload.size()))),
          m_reader(m_bytes)
    {
    }

    Expected<void> parse(SenmlResolver& resolver);

private:
    std::unexpected<Error> malformed(const std::string& what) const;
    /// The reader's own error when it has one, else `what`.
    std::unexpected<Error> readerFailure(const std::string& what) const;
    std::unexpected<Error> badField(std::size_t index, const std::string& key,
                                    const char* expected) const;
    Expected<void> checkReader() const;
    Expected<SenmlRecord> parseRecord(std::size_t index);
    Expected<void> readField(SenmlRecord& record, SenmlField field, const std::string& key,
                             std::size_t index);
    Expected<std::string> readKey();
    Expected<std::string> readText();
    Expected<Bytes> readBytes();
    Expected<Value> readNumber();
    Expected<void> skip(int depth);
    bool lengthFits() const;

    QByteArray m_bytes;
    mutable QCborStreamReader m_reader; // lastError() is not const in Qt 6.4
};

std::unexpected<Error> SenmlCborParser::malformed(const std::string& what) const
{
    return fail(ErrorCode::MalformedInput, std::string(kFormat) + " payload " + what +
                                               " (at byte " +
                                               std::to_string(m_reader.currentOffset()) + ")");
}

std::unexpected<Error> SenmlCborParser::readerFailure(const std::string& what) const
{
    if (m_reader.lastError() != QCborError::NoError)
        return malformed("is not valid CBOR: " + m_reader.lastError().toString().toStdString());
    return malformed(what);
}

std::unexpected<Error> SenmlCborParser::badField(std::size_t index, const std::string& key,
                                                 const char* expected) const
{
    return fail(ErrorCode::MalformedInput, std::string(kFormat) + " record " +
                                               std::to_string(index) + ": field " + key +
                                               " must be " + expected);
}

Expected<void> SenmlCborParser::checkReader() const
{
    if (m_reader.lastError() != QCborError::NoError)
        return malformed("is not valid CBOR: " + m_reader.lastError().toString().toStdString());
    return {};
}

// A definite length larger than the bytes left cannot be honest: every item takes a byte.
bool SenmlCborParser::lengthFits() const
{
    if (!m_reader.isLengthKnown())
        return true;
    const qint64 left = m_bytes.size() - m_reader.currentOffset();
    const quint64 length = m_reader.length();
    return length <= static_cast<quint64>(left);
}

Expected<void> SenmlCborParser::parse(SenmlResolver& resolver)
{
    if (m_bytes.isEmpty())
        return malformed("is empty; expected a CBOR array of records");
    if (auto ok = checkReader(); !ok)
        return ok;
    if (!m_reader.isArray())
        return malformed("is not an array of records");
    if (!lengthFits())
        return malformed("announces more records than it has bytes");
    if (!m_reader.enterContainer())
        return readerFailure("is truncated");
    std::size_t index = 0;
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        if (!m_reader.isMap())
            return malformed("record " + std::to_string(index) + " is not a map");
        auto record = parseRecord(index);
        if (!record)
            return std::unexpected(record.error());
        if (auto added = resolver.add(*record); !added)
            return added;
        ++index;
    }
    if (auto ok = checkReader(); !ok)
        return ok;
    if (!m_reader.leaveContainer())
        return readerFailure("is truncated");
    if (auto ok = checkReader(); !ok)
        return ok;
    if (m_reader.currentOffset() != m_bytes.size())
        return malformed("has " + std::to_string(m_bytes.size() - m_reader.currentOffset()) +
                         " trailing bytes after the array of records");
    return {};
}

Expected<SenmlRecord> SenmlCborParser::parseRecord(std::size_t index)
{
    if (!lengthFits())
        return malformed("record " + std::to_string(index) + " announces more fields than bytes");
    if (!m_reader.enterContainer())
        return readerFailure("is truncated");
    SenmlRecord record;
    std::set<std::string> seen;
    while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
        SenmlField field = SenmlField::Unknown;
        std::string key;
        if (m_reader.isInteger()) {
            const qint64 label = m_reader.toInteger();
            key = std::to_string(label);
            // Labels outside int64 wrap in toInteger(); none of them is a known label anyway.
            field = senmlFieldFromLabel(label);
            m_reader.next();
        } else if (m_reader.isString()) {
            auto text = readText();
            if (!text)
                return std::unexpected(text.error());
            key = "'" + *text + "'";
            field = senmlFieldFromKey(*text);
            // SenML CBOR spells the RFC 8428 fields with integer labels; a text "v" is unknown.
            if (field != SenmlField::ObjectLinkValue && field != SenmlField::MustUnderstand)
                field = SenmlField::Unknown;
        } else {
            return malformed("record " + std::to_string(index) +
                             " has a key that is neither an integer nor a text string");
        }
        if (auto ok = checkReader(); !ok)
            return std::unexpected(ok.error());
        if (!seen.insert(key).second)
            return malformed("record " + std::to_string(index) + " has key " + key + " twice");
        if (!m_reader.hasNext())
            return readerFailure("record " + std::to_string(index) + " has key " + key +
                                 " without a value");
        if (auto read = readField(record, field, key, index); !read)
            return std::unexpected(read.error());
    }
    if (auto ok = checkReader(); !ok)
        return std::unexpected(ok.error());
    if (!m_reader.leaveContainer())
        return readerFailure("is truncated");
    return record;
}

Expected<void> SenmlCborParser::readField(SenmlRecord& record, SenmlField field,
                                          const std::string& key, std::size_t index)
{
    switch (field) {
    case SenmlField::BaseName:
    case SenmlField::Name: {
        if (!m_reader.isString())
            return badField(index, key, "a text string");
        auto text = readText();
        if (!text)
            return std::unexpected(text.error());
        (field == SenmlField::BaseName ? record.baseName : record.name) = std::move(*text);
        return {};
    }
    case SenmlField::BaseTime:
    case SenmlField::Time: {
        auto number = readNumber();
        if (!number)
            return badField(index, key, "a number");
        auto asDouble = number->convertedTo(ResourceType::Float);
        if (!asDouble)
            return badField(index, key, "a number");
        const double time = asDouble->asFloat();
        (field == SenmlField::BaseTime ? record.baseTime : record.time) = time;
        return {};
    }
    case SenmlField::NumberValue: {
        auto number = readNumber();
        if (!number)
            return badField(index, key, "a number");
        return setRecordValue(record, std::move(*number), index, kFormat);
    }
    case SenmlField::StringValue: {
        if (!m_reader.isString())
            return badField(index, key, "a text string");
        auto text = readText();
        if (!text)
            return std::unexpected(text.error());
        return setRecordValue(record, Value::string(std::move(*text)), index, kFormat);
    }
    case SenmlField::BooleanValue: {
        if (!m_reader.isBool())
            return badField(index, key, "true or false");
        const bool flag = m_reader.toBool();
        m_reader.next();
        return setRecordValue(record, Value::boolean(flag), index, kFormat);
    }
    case SenmlField::DataValue: {
        if (!m_reader.isByteArray())
            return badField(index, key, "a byte string");
        auto bytes = readBytes();
        if (!bytes)
            return std::unexpected(bytes.error());
        return setRecordValue(record, Value::opaque(std::move(*bytes)), index, kFormat);
    }
    case SenmlField::ObjectLinkValue: {
        if (!m_reader.isString())
            return badField(index, key, "a text string objectId:instanceId");
        auto text = readText();
        if (!text)
            return std::unexpected(text.error());
        auto link = parseObjectLink(*text);
        if (!link)
            return fail(ErrorCode::MalformedInput, std::string(kFormat) + " record " +
                                                       std::to_string(index) + ": " +
                                                       link.error().message);
        return setRecordValue(record, Value::objectLink(*link), index, kFormat);
    }
    case SenmlField::Unsupported:
        return fail(ErrorCode::Unsupported,
                    std::string(kFormat) + " record " + std::to_string(index) + " uses label " +
                        key + " (base value, base sum or sum), which LwM2M does not use");
    case SenmlField::MustUnderstand:
        return fail(ErrorCode::Unsupported, std::string(kFormat) + " record " +
                                                std::to_string(index) +
                                                " uses the must-understand extension " + key +
                                                ", which Hangar does not know");
    case SenmlField::Ignored:
    case SenmlField::Unknown:
        return skip(3);
    }
    return {};
}

Expected<std::string> SenmlCborParser::readText()
{
    if (!lengthFits())
        return malformed("has a text string longer than the payload");
    QString text;
    auto chunk = m_reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        text += chunk.data;
        chunk = m_reader.readString();
    }
    if (chunk.status == QCborStreamReader::Error)
        return readerFailure("has an unreadable text string");
    return text.toStdString();
}

Expected<Bytes> SenmlCborParser::readBytes()
{
    if (!lengthFits())
        return malformed("has a byte string longer than the payload");
    Bytes bytes;
    auto chunk = m_reader.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        bytes.insert(bytes.end(), chunk.data.begin(), chunk.data.end());
        chunk = m_reader.readByteArray();
    }
    if (chunk.status == QCborStreamReader::Error)
        return readerFailure("has an unreadable byte string");
    return bytes;
}

Expected<Value> SenmlCborParser::readNumber()
{
    Value number;
    if (m_reader.isUnsignedInteger()) {
        number = senmlNumber(static_cast<std::uint64_t>(m_reader.toUnsignedInteger()));
    } else if (m_reader.isNegativeInteger()) {
        // CBOR stores -1 - n; QCborNegativeInteger holds the magnitude n + 1.
        const auto magnitude = static_cast<quint64>(m_reader.toNegativeInteger());
        constexpr quint64 kInt64MinMagnitude = 9223372036854775808ULL;
        if (magnitude == 0) // Qt's wrapped spelling of -2^64
            number = senmlNumber(-18446744073709551616.0);
        else if (magnitude > kInt64MinMagnitude)
            number = senmlNumber(-static_cast<double>(magnitude));
        else
            number = senmlNumber(static_cast<std::int64_t>(-static_cast<qint64>(magnitude - 1) - 1));
    } else if (m_reader.isFloat16()) {
        number = senmlNumber(static_cast<double>(static_cast<float>(m_reader.toFloat16())));
    } else if (m_reader.isFloat()) {
        number = senmlNumber(static_cast<double>(m_reader.toFloat()));
    } else if (m_reader.isDouble()) {
        number = senmlNumber(m_reader.toDouble());
    } else {
        return fail(ErrorCode::MalformedInput, "not a number");
    }
    m_reader.next();
    return number;
}

Expected<void> SenmlCborParser::skip(int depth)
{
    if (auto ok = checkReader(); !ok)
        return ok;
    if (m_reader.isArray() || m_reader.isMap()) {
        if (depth >= limits::kMaxNesting)
            return fail(ErrorCode::LimitExceeded, std::string(kFormat) +
                                                      " payload nests deeper than " +
                                                      std::to_string(limits::kMaxNesting) +
                                                      " levels");
        if (!lengthFits())
            return malformed("has a container longer than the payload");
        if (!m_reader.enterContainer())
            return readerFailure("is truncated");
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            if (auto skipped = skip(depth + 1); !skipped)
                return skipped;
        }
        if (auto ok = checkReader(); !ok)
            return ok;
        if (!m_reader.leaveContainer())
            return readerFailure("is truncated");
        return checkReader();
    }
    if (m_reader.isTag()) {
        m_reader.next();
        return skip(depth + 1);
    }
    if (m_reader.isString()) {
        auto text = readText();
        return text ? Expected<void>() : std::unexpected(text.error());
    }
    if (m_reader.isByteArray()) {
        auto bytes = readBytes();
        return bytes ? Expected<void>() : std::unexpected(bytes.error());
    }
    if (m_reader.type() == QCborStreamReader::Invalid)
        return readerFailure("is truncated");
    m_reader.next();
    return checkReader();
}

void appendText(QCborStreamWriter& writer, const std::string& text)
{
    writer.append(QStringView(QString::fromStdString(text)));
}

void appendNumber(QCborStreamWriter& writer, const Value& value)
{
    switch (value.type()) {
    case ResourceType::UnsignedInteger:
        writer.append(static_cast<quint64>(value.asUnsigned()));
        break;
    case ResourceType::Float: {
        // Single precision when it loses nothing (4 bytes saved), double otherwise; NaN stays
        // double so its payload bits survive.
        const double number = value.asFloat();
        const auto narrow = static_cast<float>(number);
        if (static_cast<double>(narrow) == number)
            writer.append(narrow);
        else
            writer.append(number);
        break;
    }
    default:
        writer.append(static_cast<qint64>(value.asInteger()));
        break;
    }
}

void appendTime(QCborStreamWriter& writer, double timeSec)
{
    constexpr double kInt64High = 9223372036854775808.0;
    if (std::trunc(timeSec) == timeSec && std::fabs(timeSec) < kInt64High)
        writer.append(static_cast<qint64>(timeSec));
    else
        appendNumber(writer, Value::floating(timeSec));
}

} // namespace

Expected<PathValues> decodeSenmlCbor(std::span<const std::uint8_t> payload,
                                     const LwM2mPath& requestPath, const ObjectRegistry& models)
{
    SenmlResolver resolver(requestPath, models, kFormat);
    SenmlCborParser parser(payload);
    if (auto parsed = parser.parse(resolver); !parsed)
        return std::unexpected(parsed.error());
    return resolver.finish();
}

Expected<Bytes> encodeSenmlCbor(const LwM2mPath& requestPath, const PathValues& values,
                                const ObjectRegistry& models)
{
    auto planned = planSenmlRecords(requestPath, values, models);
    if (!planned)
        return std::unexpected(planned.error());
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startArray(static_cast<quint64>(planned->size()));
    for (const SenmlOutRecord& out : *planned) {
        const quint64 fields = 1U + (out.baseName ? 1U : 0U) + (out.name ? 1U : 0U) + (out.timeSec ? 1U : 0U);
        writer.startMap(fields);
        if (out.baseName) {
            writer.append(qint64{-2});
            appendText(writer, *out.baseName);
        }
        if (out.name) {
            writer.append(qint64{0});
            appendText(writer, *out.name);
        }
        const Value& value = out.value;
        switch (value.type()) {
        case ResourceType::String:
        case ResourceType::CoreLink:
            writer.append(qint64{3});
            appendText(writer, value.asString());
            break;
        case ResourceType::Boolean:
            writer.append(qint64{4});
            writer.append(value.asBool());
            break;
        case ResourceType::Opaque:
            writer.append(qint64{8});
            writer.append(QByteArray(reinterpret_cast<const char*>(value.asOpaque().data()),
                                     static_cast<qsizetype>(value.asOpaque().size())));
            break;
        case ResourceType::ObjectLink:
            writer.append(QLatin1String("vlo"));
            appendText(writer, objectLinkText(value.asObjectLink()));
            break;
        default:
            writer.append(qint64{2});
            appendNumber(writer, value);
            break;
        }
        if (out.timeSec) {
            writer.append(qint64{6});
            appendTime(writer, *out.timeSec);
        }
        writer.endMap();
    }
    writer.endArray();
    return Bytes(bytes.begin(), bytes.end());
}

} // namespace hangar::lwm2m
