#include "inventory/csv_export.h"

#include "inventory/device_cells.h"

#include <QSaveFile>
#include <QStringList>

namespace hangar::app {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Expected<void> writeDevicesCsv(const QString& path, const std::vector<DeviceRow>& rows,
                               const std::vector<DeviceColumn>& columns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::IoFailure, "CSV export: cannot open " + path.toStdString() + " ("
                                              + file.errorString().toStdString()
                                              + "); choose a folder you can write to.");
    }
    const auto writeLine = [&file](const QStringList& fields) {
        file.write(fields.join(u',').toUtf8());
        file.write("\r\n");
    };
    QStringList fields;
    for (const DeviceColumn column : columns)
        fields << csvField(deviceColumnTitle(column));
    writeLine(fields);
    for (const DeviceRow& row : rows) {
        fields.clear();
        for (const DeviceColumn column : columns)
            fields << csvField(deviceCellText(row, column));
        writeLine(fields);
    }
    if (!file.commit()) {
        return fail(ErrorCode::IoFailure, "CSV export: writing " + path.toStdString() + " failed ("
                                              + file.errorString().toStdString()
                                              + "); check the free space.");
    }
    return {};
}

} // namespace hangar::app
