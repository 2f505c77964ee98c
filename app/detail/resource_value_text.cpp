#include "detail/resource_value_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace hangar::app {

namespace {

constexpr int kMaxShownOpaqueBytes = 48;

/// The strings' translation context, shared by lupdate and the lookup at run time.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(hangar::app::ResourceValueText)
};

Expected<lwm2m::Value> refuse(const QString& message)
{
    return fail(ErrorCode::InvalidArgument, message.toStdString());
}

QString hex(const lwm2m::Bytes& bytes, qsizetype limit, const char* separator)
{
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()),
                         static_cast<qsizetype>(std::min<std::size_t>(bytes.size(), static_cast<std::size_t>(limit))));
    return QString::fromLatin1(raw.toHex(*separator));
}

std::optional<double> parseDecimal(const QString& text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

Expected<lwm2m::Value> parseOpaque(const QString& text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]*$"));
    if (!hexOnly.match(digits).hasMatch())
        return refuse(ValueText::tr("Opaque values are hex digits (0-9, a-f), e.g. \"0a ff 10\"."));
    if (digits.size() % 2 != 0)
        return refuse(ValueText::tr("Opaque values need two hex digits per byte; \"%1\" has an odd count.").arg(text));
    const QByteArray raw = QByteArray::fromHex(digits.toLatin1());
    return lwm2m::Value::opaque(lwm2m::Bytes(raw.begin(), raw.end()));
}

Expected<lwm2m::Value> parseTime(const QString& text)
{
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return lwm2m::Value::time(seconds);
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return refuse(ValueText::tr("\"%1\" is not a date-time; use e.g. 2024-05-17T08:30:00Z or seconds since 1970.").arg(text));
    return lwm2m::Value::time(when.toSecsSinceEpoch());
}

Expected<lwm2m::Value> parseObjectLink(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,5}):(\\d{1,5})$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return refuse(ValueText::tr("Object links are written \"object:instance\", e.g. 3:0."));
    const uint object = match.captured(1).toUInt();
    const uint instance = match.captured(2).toUInt();
    if (object > 65535 || instance > 65535)
        return refuse(ValueText::tr("Object link ids go from 0 to 65535; \"%1\" is out of range.").arg(text));
    return lwm2m::Value::objectLink({static_cast<std::uint16_t>(object), static_cast<std::uint16_t>(instance)});
}

} // namespace

QString displayValue(const lwm2m::Value& value)
{
    using lwm2m::ResourceType;
    switch (value.type()) {
    case ResourceType::None:
        return {};
    case ResourceType::String:
    case ResourceType::CoreLink:
        return QString::fromStdString(value.asString());
    case ResourceType::Integer:
        return QString::number(value.asInteger());
    case ResourceType::UnsignedInteger:
        return QString::number(value.asUnsigned());
    case ResourceType::Float:
        return QString::number(value.asFloat(), 'g', 12);
    case ResourceType::Boolean:
        return value.asBool() ? ValueText::tr("true") : ValueText::tr("false");
    case ResourceType::Opaque: {
        const lwm2m::Bytes& bytes = value.asOpaque();
        if (bytes.size() <= static_cast<std::size_t>(kMaxShownOpaqueBytes))
            return hex(bytes, kMaxShownOpaqueBytes, " ");
        return QCoreApplication::translate("hangar::app::ResourceValueText", "%1 … (%n bytes)", nullptr,
                                           static_cast<int>(bytes.size()))
            .arg(hex(bytes, kMaxShownOpaqueBytes, " "));
    }
    case ResourceType::Time:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(value.asInteger()), QLocale::ShortFormat);
    case ResourceType::ObjectLink: {
        const lwm2m::ObjectLink link = value.asObjectLink();
        return QStringLiteral("%1:%2").arg(link.objectId).arg(link.instanceId);
    }
    }
    return {};
}

QString editText(const lwm2m::Value& value)
{
    using lwm2m::ResourceType;
    switch (value.type()) {
    case ResourceType::Boolean:
        return value.asBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ResourceType::Opaque:
        return hex(value.asOpaque(), std::numeric_limits<int>::max(), " ");
    case ResourceType::Time:
        return QDateTime::fromSecsSinceEpoch(value.asInteger(), Qt::UTC).toString(Qt::ISODate);
    case ResourceType::Float:
        return QString::number(value.asFloat(), 'g', 17);
    default:
        return displayValue(value);
    }
}

Expected<lwm2m::Value> parseResourceValue(lwm2m::ResourceType type, const QString& input)
{
    using lwm2m::ResourceType;
    const QString text = type == ResourceType::String ? input : input.trimmed();
    switch (type) {
    case ResourceType::None:
        return refuse(ValueText::tr("This resource holds no value; it can only be executed."));
    case ResourceType::String:
        return lwm2m::Value::string(text.toStdString());
    case ResourceType::CoreLink:
        return lwm2m::Value::coreLink(text.toStdString());
    case ResourceType::Integer: {
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (!ok)
            return refuse(ValueText::tr("\"%1\" is not a whole number; enter e.g. -12 or 300.").arg(input));
        return lwm2m::Value::integer(number);
    }
    case ResourceType::UnsignedInteger: {
        bool ok = false;
        const qulonglong number = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
            return refuse(ValueText::tr("\"%1\" is not a whole number of 0 or more; enter e.g. 0 or 300.").arg(input));
        return lwm2m::Value::unsignedInteger(number);
    }
    case ResourceType::Float: {
        const auto number = parseDecimal(text);
        if (!number)
            return refuse(ValueText::tr("\"%1\" is not a number; enter e.g. 21.5.").arg(input));
        return lwm2m::Value::floating(*number);
    }
    case ResourceType::Boolean: {
        const QString lower = text.toLower();
        if (lower == u"true" || lower == u"1")
            return lwm2m::Value::boolean(true);
        if (lower == u"false" || lower == u"0")
            return lwm2m::Value::boolean(false);
        return refuse(ValueText::tr("\"%1\" is not a boolean; enter true or false.").arg(input));
    }
    case ResourceType::Opaque:
        return parseOpaque(text);
    case ResourceType::Time:
        return parseTime(text);
    case ResourceType::ObjectLink:
        return parseObjectLink(text);
    }
    return refuse(ValueText::tr("Unknown resource type."));
}

QString valueFormatHint(lwm2m::ResourceType type)
{
    using lwm2m::ResourceType;
    switch (type) {
    case ResourceType::Integer:
        return ValueText::tr("A whole number, e.g. -12.");
    case ResourceType::UnsignedInteger:
        return ValueText::tr("A whole number of 0 or more, e.g. 300.");
    case ResourceType::Float:
        return ValueText::tr("A decimal number, e.g. 21.5.");
    case ResourceType::Boolean:
        return ValueText::tr("true or false.");
    case ResourceType::Opaque:
        return ValueText::tr("Hex bytes, e.g. 0a ff 10.");
    case ResourceType::Time:
        return ValueText::tr("A date and time (UTC).");
    case ResourceType::ObjectLink:
        return ValueText::tr("object:instance, e.g. 3:0.");
    case ResourceType::String:
    case ResourceType::CoreLink:
        return ValueText::tr("Any text.");
    case ResourceType::None:
        break;
    }
    return {};
}

} // namespace hangar::app
