#include "inventory/device_cells.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hangar::app {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("hangar::app::DeviceTableModel", text, disambiguation);
}

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
        return tr("Endpoint");
    case DeviceColumn::Model:
        return tr("Model");
    case DeviceColumn::Serial:
        return tr("Serial");
    case DeviceColumn::Firmware:
        return tr("Firmware");
    case DeviceColumn::Status:
        return tr("Status");
    case DeviceColumn::LastSeen:
        return tr("Last seen");
    case DeviceColumn::Lifetime:
        return tr("Lifetime");
    case DeviceColumn::Address:
        return tr("Address");
    case DeviceColumn::Tags:
        return tr("Tags");
    case DeviceColumn::Result:
        return tr("Result");
    case DeviceColumn::Count:
        break;
    }
    return {};
}

} // namespace hangar::app
