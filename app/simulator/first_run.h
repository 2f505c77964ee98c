#pragma once

#include "fleet_spec.h"

#include <cstdint>

class QWidget;

namespace hangar::app {

class AppServices;

/// The size of the first-run demo fleet.
inline constexpr std::uint32_t kDemoFleetDevices = 50;

/// The demo fleet: 50 devices of the mixed plant profile, ramped so that the inventory fills
/// within seconds; plain CoAP, or DTLS-PSK when the engine only has its coaps endpoint on.
/// Points nowhere yet (FleetLauncher targets it).
devicesim::FleetSpec demoFleetSpec(bool psk);

/// Starts the demo fleet against the embedded engine (ports as in SimulatorPanel) without
/// asking; a failure is shown in a message box on `parent` (when it still exists).
void startDemoFleet(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent);

/// Asks "Start a demo fleet of 50 simulated plant devices?" and, on Yes, starts it (see
/// startDemoFleet); No does nothing. Called by the shell after the main window is shown on the
/// first run.
void offerDemoFleet(AppServices& services, std::uint16_t coapPort, std::uint16_t coapsPort, QWidget* parent);

} // namespace hangar::app
