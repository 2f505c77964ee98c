#pragma once

#include "lwm2m/value.h"

namespace hangar::store {

class Statement;

/// Binds `value` as two columns: its ResourceType number and the value in its natural SQLite
/// type (integer, real, text or blob). The ResourceType numbers are part of the file format.
void bindValue(Statement& statement, int typeIndex, int valueIndex, const lwm2m::Value& value);

/// Reads a value bound by bindValue back from the current row.
lwm2m::Value readValue(const Statement& statement, int typeIndex, int valueIndex);

} // namespace hangar::store
