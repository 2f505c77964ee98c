#pragma once

#include "lwm2m/ddf_loader.h"
#include "lwm2m/object_registry.h"
#include "lwm2m/value.h"

#include <QFile>

#include <string>

namespace hangar::lwm2m::testing {

/// The built-in object definitions, loaded once per test executable.
inline const ObjectRegistry& builtinModels()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry models;
        DdfLoader(models).loadBuiltin();
        return models;
    }();
    return registry;
}

/// The bytes of tests/data/<name>; empty if the file is missing (tests then fail on content).
inline Bytes readTestData(const std::string& name)
{
    QFile file(QString::fromStdString(std::string(HANGAR_TEST_DATA_DIR) + "/" + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    return Bytes(data.begin(), data.end());
}

} // namespace hangar::lwm2m::testing
