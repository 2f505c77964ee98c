#pragma once

#include "coap/coap_types.h"

#include <QMetaType>

#include <optional>
#include <string>
#include <string_view>

namespace hangar::devicesim {

/// The LwM2M version a simulated device registers as unless told otherwise.
inline constexpr std::string_view kDefaultLwm2mVersion = "1.1";

/// Whether a device can register as `version`: "1.0", "1.1" or "1.2".
bool isSimulatedLwm2mVersion(std::string_view version);

/// The version a device tries after a server refused `version`: 1.2 -> 1.1 -> 1.0; nullopt
/// after 1.0 (and for a version the simulator does not speak).
std::optional<std::string> olderLwm2mVersion(std::string_view version);

/// Whether this answer to a Register means "not in this version": 4.00 Bad Request (what
/// strict servers answer to wording of a newer version) or 4.12 Precondition Failed (what
/// Wakaama and Hangar answer to lwm2m=1.2). Other clients step down on these too (Anjay on 4.12).
bool refusesLwm2mVersion(coap::ResponseCode code);

/// A device stepped down to an older LwM2M version after its server refused a Register.
struct VersionFallback
{
    std::string endpoint;
    std::string refusedVersion; ///< "1.2"
    std::string nextVersion;    ///< "1.1": what the device registers as from now on
    std::string answer;         ///< the server's code, "4.00"

    /// "dev-1: server refused LwM2M 1.2 (4.00), registering as 1.1"
    std::string describe() const;
};

} // namespace hangar::devicesim

Q_DECLARE_METATYPE(hangar::devicesim::VersionFallback)
