#pragma once

#include "inventory/device_row.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace hangar::app {

/// Which part of a device a search term looks at.
enum class FilterField : std::uint8_t {
    Any = 1, ///< a bare word: endpoint, model, serial or tags
    Endpoint,
    Model,
    Serial,
    Firmware,
    Address,
    Tag,
    Status,
};

/// One AND-ed term of a search: a case-insensitive substring, or an exact status.
struct FilterTerm
{
    FilterField field = FilterField::Any;
    std::string needle; ///< lower-case UTF-8
    QString text;       ///< the needle as typed (for highlighting)
    store::DeviceStatus status = store::DeviceStatus::Registered; ///< FilterField::Status
};

/// A parsed search: every term must match. Terms that did not parse are left out and
/// described in `error` (translated), so the rest still filters while the user types.
struct DeviceFilter
{
    std::vector<FilterTerm> terms;
    QString error;

    bool empty() const { return terms.empty(); }
    /// Whether `row` matches every term.
    bool matches(const DeviceRow& row) const;
    /// The substrings to highlight in `column` (empty for columns no term looks at).
    QStringList highlights(DeviceColumn column) const;
};

/// Parses `status:offline model:pump fw:1.2 tag:north plant3`: key:value terms look at one
/// column (keys status, model, fw/firmware, tag, ep/endpoint, serial/sn, ip/addr), bare words at
/// endpoint, model, serial and tags; values may be "quoted with spaces".
DeviceFilter parseDeviceFilter(const QString& text);

} // namespace hangar::app
