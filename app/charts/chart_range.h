#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace hangar::app {

/// The time windows the chart toolbar offers. 0 is never a valid preset.
enum class RangePreset : int {
    FiveMinutes = 1,
    OneHour,
    OneDay,
    SevenDays,
    Custom,
};

/// The span of a preset; nullopt for Custom (the user picks from/to).
std::optional<std::chrono::milliseconds> presetSpan(RangePreset preset);
/// The translated name shown in the range box.
QString presetName(RangePreset preset);

} // namespace hangar::app
