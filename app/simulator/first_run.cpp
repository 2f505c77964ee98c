#include "simulator/first_run.h"

#include "services/app_services.h"
#include "simulator/fleet_launcher.h"
#include "simulator/fleet_request.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace hangar::app {
namespace {

/// Devices started per second: 50 devices are all there within about two seconds.
constexpr double kDemoRamp = 25.0;

} // namespace

devicesim::FleetSpec demoFleetSpec(bool psk)
{
    ProfileFleetOptions options;
    options.profile = "mixed";
    options.count = kDemoFleetDevices;
    options.endpointPrefix = "demo";
    options.devicesPerSec = kDemoRamp;
    options.psk = psk;
    return profileFleet(options);
}

void startDemoFleet(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent)
{
    FleetTarget target;
    target.coapPort = coapPort;
    target.coapsPort = coapsPort;
    // Lives until the launch has an outcome; parented to the services, which outlive every view.
    auto* launcher = new FleetLauncher(services, &services);
    const QPointer<QWidget> owner(parent);
    QObject::connect(launcher, &FleetLauncher::started, launcher, &QObject::deleteLater);
    QObject::connect(launcher, &FleetLauncher::cancelled, launcher, &QObject::deleteLater);
    QObject::connect(launcher, &FleetLauncher::failed, launcher, [launcher, owner](const QString& message) {
        launcher->deleteLater();
        if (!owner.isNull())
            QMessageBox::warning(owner.data(), QCoreApplication::translate("hangar::app::FirstRun", "Demo fleet"), message);
    });
    launcher->launch(demoFleetSpec(coapPort == 0 && coapsPort != 0), target);
}

void offerDemoFleet(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("hangar::app::FirstRun", "Welcome to Hangar"),
                    QCoreApplication::translate("hangar::app::FirstRun", "Start a demo fleet of %L1 simulated plant devices?")
                        .arg(kDemoFleetDevices),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("demoFleetOffer"));
    box.setInformativeText(
        QCoreApplication::translate("hangar::app::FirstRun", "They run inside Hangar and register with its engine, so the device list fills within seconds. "
                  "You can stop them at any time in the Simulator view."));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() == QMessageBox::Yes)
        startDemoFleet(services, coapPort, coapsPort, parent);
}

} // namespace hangar::app
