#include "charts/chart_range.h"

#include <QCoreApplication>

namespace hangar::app {

using namespace std::chrono_literals;

std::optional<std::chrono::milliseconds> presetSpan(RangePreset preset)
{
    switch (preset) {
    case RangePreset::FiveMinutes: return 5min;
    case RangePreset::OneHour: return 1h;
    case RangePreset::OneDay: return 24h;
    case RangePreset::SevenDays: return 7 * 24h;
    case RangePreset::Custom: break;
    }
    return std::nullopt;
}

QString presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::FiveMinutes: return QCoreApplication::translate("hangar::app::ChartRange", "Last 5 minutes");
    case RangePreset::OneHour: return QCoreApplication::translate("hangar::app::ChartRange", "Last hour");
    case RangePreset::OneDay: return QCoreApplication::translate("hangar::app::ChartRange", "Last 24 hours");
    case RangePreset::SevenDays: return QCoreApplication::translate("hangar::app::ChartRange", "Last 7 days");
    case RangePreset::Custom: return QCoreApplication::translate("hangar::app::ChartRange", "Custom…");
    }
    return {};
}

} // namespace hangar::app
