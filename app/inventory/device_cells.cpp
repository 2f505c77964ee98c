#include "inventory/device_cells.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hangar::app {

namespace {

/// The strings' translation context, shared by lupdate and the lookup at run time.
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(hangar::app::DeviceTableModel)
};

} // namespace

QString deviceStatusText(store::DeviceStatus status)
{
    switch (status) {
    case store::DeviceStatus::Registered:
        return QCoreApplication::translate("hangar::app::DeviceTableModel", "Online");
    case store::DeviceStatus::Sleeping:
        return QCoreApplication::translate("hangar::app::DeviceTableModel", "Sleeping");
    case store::DeviceStatus::Offline:
        break;
    }
    return QCoreApplication::translate("hangar::app::DeviceTableModel", "Offline");
}

QString deviceCellText(const DeviceRow& row, DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Endpoint:
        return row.endpoint;
    case DeviceColumn::Model:
        return row.model;
    case DeviceColumn::Serial:
        return row.serial;
    case DeviceColumn::Firmware:
        return row.firmware;
    case DeviceColumn::Status:
        return deviceStatusText(row.status);
    case DeviceColumn::LastSeen: {
        if (row.lastSeenMs <= 0)
            return QCoreApplication::translate("hangar::app::DeviceTableModel", "never");
        const QDateTime seen = QDateTime::fromMSecsSinceEpoch(row.lastSeenMs);
        return QCoreApplication::translate("hangar::app::DeviceTableModel", "%1 %2",
                                           "last seen: date, time")
            .arg(QLocale().toString(seen.date(), QLocale::ShortFormat),
                 seen.time().toString(QStringLiteral("HH:mm:ss")));
    }
    case DeviceColumn::Lifetime:
        return QCoreApplication::translate("hangar::app::DeviceTableModel", "%1 s",
                                           "lifetime in seconds")
            .arg(row.lifetimeSec);
    case DeviceColumn::Address:
        return row.address;
    case DeviceColumn::Tags:
        return row.tags.join(QStringLiteral(", "));
    case DeviceColumn::Result:
        return row.result;
    case DeviceColumn::Count:
        break;
    }
    return {};
}

QString deviceColumnTitle(DeviceColumn column)
{
    switch (column) {
    case DeviceColumn::Endpoint:
        return CellText::tr("Endpoint");
    case DeviceColumn::Model:
        return CellText::tr("Model");
    case DeviceColumn::Serial:
        return CellText::tr("Serial");
    case DeviceColumn::Firmware:
        return CellText::tr("Firmware");
    case DeviceColumn::Status:
        return CellText::tr("Status");
    case DeviceColumn::LastSeen:
        return CellText::tr("Last seen");
    case DeviceColumn::Lifetime:
        return CellText::tr("Lifetime");
    case DeviceColumn::Address:
        return CellText::tr("Address");
    case DeviceColumn::Tags:
        return CellText::tr("Tags");
    case DeviceColumn::Result:
        return CellText::tr("Result");
    case DeviceColumn::Count:
        break;
    }
    return {};
}

} // namespace hangar::app
