#pragma once

#include "common/error.h"
#include "lwm2m/discover_links.h"
#include "lwm2m/lwm2m_path.h"
#include "lwm2m/object_registry.h"

#include <string>
#include <vector>

namespace hangar::devicesim {

/// Applies the Uri-Query items of a Write-Attributes request ("pmin=10", "st=0.5", a bare "gt"
/// removes gt) to the attributes already stored at `path`. Enforces LwM2M 1.1 §5.1.2: only
/// pmin, pmax, gt, lt, st, epmin, epmax; gt/lt/st only on numeric resources; pmax >= pmin,
/// epmax > epmin, lt < gt and lt + 2*st < gt. Fails with InvalidArgument (4.00) otherwise.
Expected<lwm2m::DiscoverAttributes> applyWriteAttributes(const lwm2m::DiscoverAttributes& current,
                                                         const std::vector<std::string>& query,
                                                         const lwm2m::LwM2mPath& path,
                                                         const lwm2m::ObjectRegistry& models);

/// The attributes that govern an observation of `path`: object level, overridden by instance
/// level, overridden by resource level; pmin/pmax fall back to the server's defaults (0 means
/// none).
lwm2m::DiscoverAttributes effectiveAttributes(const lwm2m::DiscoverAttributeMap& stored,
                                              const lwm2m::LwM2mPath& path,
                                              std::uint32_t defaultPminSec, std::uint32_t defaultPmaxSec);

/// True when nothing is set (such entries are dropped from the map).
bool isEmpty(const lwm2m::DiscoverAttributes& attributes);

} // namespace hangar::devicesim
