#pragma once

#include <QString>

namespace hangar::app {

/// What one chart series shows: a numeric resource of one device.
struct SeriesKey
{
    QString endpoint;
    QString path; ///< "/3303/0/5700"

    friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
};

} // namespace hangar::app
