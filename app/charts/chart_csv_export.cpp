#include "charts/chart_csv_export.h"

#include "inventory/csv_export.h"

#include <QDateTime>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hangar::app {

namespace {

std::int64_t toMs(double key)
{
    return std::llround(key * 1000.0);
}

} // namespace

Expected<void> writeChartCsv(const QString& fileName, const QStringList& headers,
                             const std::vector<ChartPoints>& series, double from, double to)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::IoFailure, "Cannot write the chart CSV \"" + fileName.toStdString()
                                              + "\": " + file.errorString().toStdString()
                                              + ". Choose a folder you can write to.");
    }
    QByteArray line = "time";
    for (const QString& header : headers)
        line += ',' + csvField(header).toUtf8();
    line += "\r\n";
    file.write(line);

    // A k-way merge on time: every series' cursor starts at `from`.
    std::vector<std::size_t> cursor(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto& points = *series[i];
        cursor[i] = static_cast<std::size_t>(
            std::lower_bound(points.begin(), points.end(), from,
                             [](const ChartPoint& p, double key) { return p.key < key; })
            - points.begin());
    }
    const std::int64_t lastMs = toMs(to);
    while (true) {
        std::int64_t nextMs = std::numeric_limits<std::int64_t>::max();
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (cursor[i] < series[i]->size())
                nextMs = std::min(nextMs, toMs((*series[i])[cursor[i]].key));
        }
        if (nextMs > lastMs)
            break;
        line = QDateTime::fromMSecsSinceEpoch(nextMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        for (std::size_t i = 0; i < series.size(); ++i) {
            line += ',';
            if (cursor[i] < series[i]->size() && toMs((*series[i])[cursor[i]].key) == nextMs) {
                line += QByteArray::number((*series[i])[cursor[i]].value, 'g', 15);
                ++cursor[i];
                // Samples sharing a millisecond would need a row each; keep the first.
                while (cursor[i] < series[i]->size() && toMs((*series[i])[cursor[i]].key) == nextMs)
                    ++cursor[i];
            }
        }
        line += "\r\n";
        file.write(line);
    }
    if (!file.commit()) {
        return fail(ErrorCode::IoFailure, "Cannot save the chart CSV \"" + fileName.toStdString()
                                              + "\": " + file.errorString().toStdString() + ".");
    }
    return {};
}

} // namespace hangar::app
