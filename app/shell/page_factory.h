#pragma once

#include "shell/view_hooks.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace hangar::app {

class AppServices;
struct ShellContext;

/// The pages of the sidebar, in sidebar order.
enum class PageId {
    Dashboard = 1,
    Devices,
    Updates,
    Provisioning,
    Simulator,
    Events,
    Settings,
    DeviceDetails, ///< the open devices' tabs; listed once a device is open
};

/// One page of the main window's stack.
struct ShellPage
{
    PageId id = PageId::Dashboard;
    QString key;        ///< stable name for QSettings ("devices")
    QString icon;       ///< icon name in :/icons
    const char* title;  ///< translation source, context "hangar::app::MainWindow"
    QWidget* widget = nullptr;
    ViewHooks hooks;
};

/// Creates every view of the sidebar (DeviceDetails excluded) as children of `parent`.
/// `openDevice` is called when a view asks to open a device's detail.
std::vector<ShellPage> createPages(AppServices& services, const ShellContext& context, QWidget* parent,
                                   std::function<void(const QString&)> openDevice);

/// The detail view of one device.
QWidget* createDeviceDetail(AppServices& services, const QString& endpoint, QWidget* parent);

} // namespace hangar::app
