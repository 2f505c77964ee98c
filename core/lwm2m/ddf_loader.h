#pragma once

#include "lwm2m/object_registry.h"

#include <QString>

#include <vector>

namespace hangar::lwm2m {

/// A DDF file that could not be used, with where and why. The file is skipped; others load.
struct DdfProblem
{
    QString file;
    qint64 line = 0;
    QString message;
};

/// Reads OMA LwM2M object definitions (DDF XML, the LWM2M.xsd layout) into an ObjectRegistry.
class DdfLoader
{
public:
    explicit DdfLoader(ObjectRegistry& registry) : m_registry(registry) {}

    /// Loads the definitions built into Hangar (resources/objects, compiled into the library).
    void loadBuiltin();
    /// Loads one file; a bad file adds a problem and changes nothing in the registry.
    bool loadFile(const QString& path);
    /// Loads every *.xml in `directory` (not recursive), in name order. A missing directory is
    /// not a problem: the user folder is optional.
    void loadDirectory(const QString& directory);

    const std::vector<DdfProblem>& problems() const { return m_problems; }

private:
    ObjectRegistry& m_registry;
    std::vector<DdfProblem> m_problems;
};

} // namespace hangar::lwm2m
