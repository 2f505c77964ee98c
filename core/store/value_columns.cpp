#include "store/value_columns.h"

#include "store/sqlite_database.h"

namespace hangar::store {

using lwm2m::ResourceType;
using lwm2m::Value;

void bindValue(Statement& statement, int typeIndex, int valueIndex, const Value& value)
{
    statement.bind(typeIndex, static_cast<std::int64_t>(value.type()));
    switch (value.type()) {
    case ResourceType::None:
        statement.bindNull(valueIndex);
        break;
    case ResourceType::String:
    case ResourceType::CoreLink:
        statement.bind(valueIndex, std::string_view(value.asString()));
        break;
    case ResourceType::Integer:
    case ResourceType::Time:
        statement.bind(valueIndex, value.asInteger());
        break;
    case ResourceType::UnsignedInteger:
        // Two's complement round trip: values above INT64_MAX read back exactly.
        statement.bind(valueIndex, static_cast<std::int64_t>(value.asUnsigned()));
        break;
    case ResourceType::Float:
        statement.bind(valueIndex, value.asFloat());
        break;
    case ResourceType::Boolean:
        statement.bind(valueIndex, std::int64_t{value.asBool() ? 1 : 0});
        break;
    case ResourceType::Opaque:
        statement.bindBlob(valueIndex, value.asOpaque());
        break;
    case ResourceType::ObjectLink: {
        const auto link = value.asObjectLink();
        statement.bind(valueIndex, (std::int64_t{link.objectId} << 16) | link.instanceId);
        break;
    }
    }
}

Value readValue(const Statement& statement, int typeIndex, int valueIndex)
{
    switch (static_cast<ResourceType>(statement.int64(typeIndex))) {
    case ResourceType::None:
        return Value();
    case ResourceType::String:
        return Value::string(statement.text(valueIndex));
    case ResourceType::CoreLink:
        return Value::coreLink(statement.text(valueIndex));
    case ResourceType::Integer:
        return Value::integer(statement.int64(valueIndex));
    case ResourceType::Time:
        return Value::time(statement.int64(valueIndex));
    case ResourceType::UnsignedInteger:
        return Value::unsignedInteger(static_cast<std::uint64_t>(statement.int64(valueIndex)));
    case ResourceType::Float:
        return Value::floating(statement.real(valueIndex));
    case ResourceType::Boolean:
        return Value::boolean(statement.int64(valueIndex) != 0);
    case ResourceType::Opaque:
        return Value::opaque(statement.blob(valueIndex));
    case ResourceType::ObjectLink: {
        const auto packed = static_cast<std::uint32_t>(statement.int64(valueIndex));
        return Value::objectLink({static_cast<std::uint16_t>(packed >> 16),
                                  static_cast<std::uint16_t>(packed & 0xffffu)});
    }
    }
    return Value(); // a type number this build does not know
}

} // namespace hangar::store
