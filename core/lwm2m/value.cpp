#include "lwm2m/value.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace hangar::lwm2m {

Value Value::string(std::string text) { return {ResourceType::String, std::move(text)}; }
Value Value::integer(std::int64_t number) { return {ResourceType::Integer, number}; }
Value Value::unsignedInteger(std::uint64_t number) { return {ResourceType::UnsignedInteger, number}; }
Value Value::floating(double number) { return {ResourceType::Float, number}; }
Value Value::boolean(bool flag) { return {ResourceType::Boolean, flag}; }
Value Value::opaque(Bytes bytes) { return {ResourceType::Opaque, std::move(bytes)}; }
Value Value::time(std::int64_t secondsSinceEpoch) { return {ResourceType::Time, secondsSinceEpoch}; }
Value Value::objectLink(ObjectLink link) { return {ResourceType::ObjectLink, link}; }
Value Value::coreLink(std::string links) { return {ResourceType::CoreLink, std::move(links)}; }

namespace {
const std::string kEmptyString;
const Bytes kEmptyBytes;
} // namespace

const std::string& Value::asString() const
{
    const auto* text = std::get_if<std::string>(&m_data);
    return text ? *text : kEmptyString;
}

std::int64_t Value::asInteger() const
{
    const auto* number = std::get_if<std::int64_t>(&m_data);
    return number ? *number : 0;
}

std::uint64_t Value::asUnsigned() const
{
    const auto* number = std::get_if<std::uint64_t>(&m_data);
    return number ? *number : 0;
}

double Value::asFloat() const
{
    const auto* number = std::get_if<double>(&m_data);
    return number ? *number : 0.0;
}

bool Value::asBool() const
{
    const auto* flag = std::get_if<bool>(&m_data);
    return flag ? *flag : false;
}

const Bytes& Value::asOpaque() const
{
    const auto* bytes = std::get_if<Bytes>(&m_data);
    return bytes ? *bytes : kEmptyBytes;
}

ObjectLink Value::asObjectLink() const
{
    const auto* link = std::get_if<ObjectLink>(&m_data);
    return link ? *link : ObjectLink{};
}

namespace {

std::string floatText(double number)
{
    // Shortest text that reads back to the same double.
    return QByteArray::number(number, 'g', QLocale::FloatingPointShortest).toStdString();
}

} // namespace

std::string Value::toText() const
{
    switch (m_type) {
    case ResourceType::None:
        return {};
    case ResourceType::String:
    case ResourceType::CoreLink:
        return asString();
    case ResourceType::Integer:
    case ResourceType::Time:
        return std::to_string(asInteger());
    case ResourceType::UnsignedInteger:
        return std::to_string(asUnsigned());
    case ResourceType::Float:
        return floatText(asFloat());
    case ResourceType::Boolean:
        return asBool() ? "1" : "0";
    case ResourceType::Opaque:
        return toBase64(asOpaque());
    case ResourceType::ObjectLink:
        return std::to_string(asObjectLink().objectId) + ":" +
               std::to_string(asObjectLink().instanceId);
    }
    return {};
}

namespace {

std::unexpected<Error> mismatch(const Value& value, ResourceType target)
{
    return fail(ErrorCode::TypeMismatch, "cannot use " + std::string(resourceTypeName(value.type())) +
                                             " value '" + value.toText().substr(0, 40) + "' as " +
                                             std::string(resourceTypeName(target)));
}

bool isIntegral(double number, double low, double high)
{
    return std::isfinite(number) && std::trunc(number) == number && number >= low && number <= high;
}

} // namespace

Expected<Value> Value::convertedTo(ResourceType target) const
{
    if (target == m_type)
        return *this;
    constexpr double kInt64Low = -9223372036854775808.0;
    constexpr double kInt64High = 9223372036854775807.0;
    constexpr double kUint64High = 18446744073709551615.0;

    switch (target) {
    case ResourceType::None:
        return mismatch(*this, target);
    case ResourceType::Integer:
    case ResourceType::Time: {
        if (m_type == ResourceType::Integer || m_type == ResourceType::Time)
            return Value(target, asInteger());
        if (m_type == ResourceType::UnsignedInteger &&
            asUnsigned() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return Value(target, static_cast<std::int64_t>(asUnsigned()));
        // The double range check admits 2^63, which does not fit: keep strictly below it.
        if (m_type == ResourceType::Float && isIntegral(asFloat(), kInt64Low, kInt64High) &&
            asFloat() < kInt64High)
            return Value(target, static_cast<std::int64_t>(asFloat()));
        return mismatch(*this, target);
    }
    case ResourceType::UnsignedInteger: {
        if ((m_type == ResourceType::Integer || m_type == ResourceType::Time) && asInteger() >= 0)
            return unsignedInteger(static_cast<std::uint64_t>(asInteger()));
        if (m_type == ResourceType::Float && isIntegral(asFloat(), 0, kUint64High) &&
            asFloat() < kUint64High)
            return unsignedInteger(static_cast<std::uint64_t>(asFloat()));
        return mismatch(*this, target);
    }
    case ResourceType::Float:
        if (m_type == ResourceType::Integer || m_type == ResourceType::Time)
            return floating(static_cast<double>(asInteger()));
        if (m_type == ResourceType::UnsignedInteger)
            return floating(static_cast<double>(asUnsigned()));
        return mismatch(*this, target);
    case ResourceType::Boolean:
        if ((m_type == ResourceType::Integer) && (asInteger() == 0 || asInteger() == 1))
            return boolean(asInteger() == 1);
        if ((m_type == ResourceType::UnsignedInteger) && asUnsigned() <= 1)
            return boolean(asUnsigned() == 1);
        return mismatch(*this, target);
    case ResourceType::String:
        if (m_type == ResourceType::CoreLink)
            return string(asString());
        return mismatch(*this, target);
    case ResourceType::CoreLink:
        if (m_type == ResourceType::String)
            return coreLink(asString());
        return mismatch(*this, target);
    case ResourceType::Opaque:
        if (m_type == ResourceType::String || m_type == ResourceType::CoreLink)
            return opaque(Bytes(asString().begin(), asString().end()));
        return mismatch(*this, target);
    case ResourceType::ObjectLink:
        return mismatch(*this, target);
    }
    return mismatch(*this, target);
}

bool operator==(const Value& a, const Value& b)
{
    return a.m_type == b.m_type && a.m_data == b.m_data;
}

std::string toBase64(const Bytes& bytes, Base64Alphabet alphabet)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()),
                                                   static_cast<qsizetype>(bytes.size()));
    const auto options = alphabet == Base64Alphabet::UrlNoPadding
                             ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                             : QByteArray::Base64Encoding;
    return raw.toBase64(options).toStdString();
}

Expected<Bytes> fromBase64(std::string_view text)
{
    const bool url = text.find_first_of("-_") != std::string_view::npos;
    const QByteArray encoded(text.data(), static_cast<qsizetype>(text.size()));
    const QByteArray::Base64Options options =
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
        QByteArray::AbortOnBase64DecodingErrors;
    // Missing padding is allowed (SenML omits it); restore it so strict decoding accepts it.
    QByteArray padded = encoded;
    while (padded.size() % 4 != 0)
        padded.append('=');
    const auto decoded = QByteArray::fromBase64Encoding(padded, options);
    if (!decoded)
        return fail(ErrorCode::MalformedInput, "'" + std::string(text.substr(0, 40)) +
                                                   "' is not valid base64");
    const QByteArray& bytes = *decoded;
    return Bytes(bytes.begin(), bytes.end());
}

} // namespace hangar::lwm2m
