#pragma once

#include "lwm2m/object_model.h"

#include <QString>

#include <expected>
#include <vector>

class QIODevice;

namespace hangar::lwm2m {

/// Why a DDF document was refused, with the line the XML reader had reached.
struct DdfParseError
{
    qint64 line = 0;
    QString message;
};

/// Parses one OMA DDF XML document (<LWM2M><Object>…</Object></LWM2M>) into object models.
/// Checks what the engine relies on: ids in range and unique, known types, operations and
/// multiplicity spellings, executables without a type. Unknown elements are ignored.
std::expected<std::vector<ObjectModel>, DdfParseError> parseDdf(QIODevice& device);

} // namespace hangar::lwm2m
