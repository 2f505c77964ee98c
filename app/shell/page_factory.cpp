#include "shell/page_factory.h"

#include "dashboard/dashboard_view.h"
#include "detail/device_detail_view.h"
#include "events/events_view.h"
#include "inventory/devices_view.h"
#include "settings/settings_view.h"
#include "shell/placeholder_page.h"
#include "shell/shell_context.h"
#include "simulator/simulator_panel.h"

#include <QtGlobal>

namespace hangar::app {
namespace {

template <typename View>
ShellPage page(PageId id, const char* key, const char* icon, const char* title, View* view)
{
    return ShellPage{id, QString::fromLatin1(key), QString::fromLatin1(icon), title, view, hooksOf(view)};
}

} // namespace

std::vector<ShellPage> createPages(AppServices& services, const ShellContext& context, QWidget* parent,
                                   std::function<void(const QString&)> openDevice)
{
    std::vector<ShellPage> pages;
    pages.push_back(page(PageId::Dashboard, "dashboard", "dashboard",
                         QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Dashboard"),
                         new DashboardView(services, parent)));

    auto* devices = new DevicesView(services, parent);
    QObject::connect(devices, &DevicesView::deviceActivated, devices,
                     [openDevice](const QString& endpoint) { openDevice(endpoint); });
    pages.push_back(page(PageId::Devices, "devices", "devices",
                         QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Devices"), devices));

    const char* updates = QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Updates");
    pages.push_back(page(PageId::Updates, "updates", "updates", updates,
                         new PlaceholderPage(QStringLiteral("updates"),
                                             QT_TRANSLATE_NOOP("hangar::app::PlaceholderPage", "Updates"),
                                             QT_TRANSLATE_NOOP("hangar::app::PlaceholderPage",
                                                               "Firmware updates and update campaigns "
                                                               "arrive with a coming release."),
                                             parent)));
    const char* provisioning = QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Provisioning");
    pages.push_back(page(PageId::Provisioning, "provisioning", "provisioning", provisioning,
                         new PlaceholderPage(QStringLiteral("provisioning"),
                                             QT_TRANSLATE_NOOP("hangar::app::PlaceholderPage", "Provisioning"),
                                             QT_TRANSLATE_NOOP("hangar::app::PlaceholderPage",
                                                               "Bootstrap and device provisioning "
                                                               "arrive with a coming release."),
                                             parent)));

    pages.push_back(page(PageId::Simulator, "simulator", "simulator",
                         QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Simulator"),
                         new SimulatorPanel(services, context.endpoints.coapPort,
                                            context.endpoints.coapsPort, parent)));
    auto* events = new EventsView(services, parent);
    QObject::connect(events, &EventsView::deviceActivated, events,
                     [openDevice](const QString& endpoint) { openDevice(endpoint); });
    pages.push_back(page(PageId::Events, "events", "events",
                         QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Events"), events));
    pages.push_back(page(PageId::Settings, "settings", "settings",
                         QT_TRANSLATE_NOOP("hangar::app::MainWindow", "Settings"),
                         new SettingsView(context, parent)));
    return pages;
}

QWidget* createDeviceDetail(AppServices& services, const QString& endpoint, QWidget* parent)
{
    return new DeviceDetailView(services, endpoint, parent);
}

} // namespace hangar::app
