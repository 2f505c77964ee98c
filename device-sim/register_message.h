#pragma once

#include "lwm2m/registration_links.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hangar::devicesim {

/// The query parameters of a Register.
struct RegisterParams
{
    std::string endpoint;
    std::uint32_t lifetimeSec = 300;
    std::string lwm2mVersion = "1.1"; ///< decides the wording: registerQuery, registerPayload
    std::string binding = "U";        ///< the transport letters, without Q
    bool queueMode = false;
};

/// The Uri-Query of a Register, worded for params.lwm2mVersion: ep, lt, lwm2m and b in every
/// version; queue mode as part of the binding (b=UQ) in 1.0, whose binding modes are U, UQ, S,
/// SQ, US and UQS, and as the separate parameter Q from 1.1 on, where b names transports only.
std::vector<std::string> registerQuery(const RegisterParams& params);

/// The link-format payload of a Register worded for `version`. `contentFormats` are the formats
/// the device reads and writes, the one it prefers first; `objects` what it announces.
/// - 1.0: objects and instances only. 1.0 has no root link but for an alternate path (and
///   names TLV, its default format, nowhere); object versions are quoted, ver="1.1", as Anjay
///   words a 1.0 registration.
/// - 1.1: the root link `</>;rt="oma.lwm2m"` with the preferred format as one number in ct,
///   and no ct when that is TLV, the default (Wakaama: `</>;rt="oma.lwm2m";ct=110`).
/// - 1.2: the root link with every format as a quoted list, `ct="112 110 11542 11543"`.
std::string registerPayload(std::string_view version,
                            const std::vector<std::uint16_t>& contentFormats,
                            std::vector<lwm2m::RegisteredObject> objects);

} // namespace hangar::devicesim
