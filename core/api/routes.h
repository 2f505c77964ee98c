#pragma once

#include "api/api_router.h"
#include "engine/engine.h"

namespace hangar::api {

/// Inventory and device management: /api/v1/devices[/{endpoint}[/resources/{path}[/observe]]].
void addDeviceRoutes(ApiRouter& router, engine::Engine& engine);
/// PUT /api/v1/devices/{endpoint}/tags (replace) and POST /api/v1/devices/tags (bulk).
void addTagRoutes(ApiRouter& router, engine::Engine& engine);
/// GET /api/v1/devices/{endpoint}/observations: what the engine observes on the device.
void addObservationRoutes(ApiRouter& router, engine::Engine& engine);
/// GET and PUT /api/v1/devices/{endpoint}/awake-window: a queue-mode device's awake window.
void addAwakeWindowRoutes(ApiRouter& router, engine::Engine& engine);
/// /api/v1/devices/{endpoint}/telemetry/{path}.
void addTelemetryRoutes(ApiRouter& router, engine::Engine& engine);
/// /api/v1/devices/{endpoint}/credentials and /api/v1/credentials/import.
void addCredentialRoutes(ApiRouter& router, engine::Engine& engine);
/// GET /api/v1/fleet/summary: devices per status, firmware version, model and manufacturer.
void addFleetRoutes(ApiRouter& router, engine::Engine& engine);
/// /api/v1/events.
void addEventRoutes(ApiRouter& router, engine::Engine& engine);
/// /api/v1/health and /api/v1/openapi.json.
void addSystemRoutes(ApiRouter& router, engine::Engine& engine);

} // namespace hangar::api
