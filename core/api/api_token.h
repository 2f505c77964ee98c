#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace hangar::api {

/// The admin token of a data dir: reads `<dataDir>/api-token`, or creates it (32 random bytes as
/// 64 hex digits, created with mode 0600 — never widened and narrowed later) when it does not
/// exist. Fails with IoFailure naming the file when it cannot be read or written, and with
/// MalformedInput when the existing file holds no usable token.
Expected<QByteArray> loadOrCreateApiToken(const QString& dataDir);

/// The path of the token file in `dataDir`.
QString apiTokenPath(const QString& dataDir);

} // namespace hangar::api
