#include "lwm2m/ddf_loader.h"

#include "lwm2m/ddf_parser.h"

#include <QDir>
#include <QFile>

namespace hangar::lwm2m {

namespace {

constexpr qint64 kMaxDdfFileBytes = 4 * 1024 * 1024;

} // namespace

void DdfLoader::loadBuiltin()
{
    loadDirectory(QStringLiteral(":/objects"));
}

bool DdfLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.push_back({path, 0, QStringLiteral("cannot open: %1").arg(file.errorString())});
        return false;
    }
    if (file.size() > kMaxDdfFileBytes) {
        m_problems.push_back({path, 0,
                              QStringLiteral("file is %1 bytes, over the %2 byte limit for object "
                                             "definitions")
                                  .arg(file.size())
                                  .arg(kMaxDdfFileBytes)});
        return false;
    }
    auto objects = parseDdf(file);
    if (!objects) {
        m_problems.push_back({path, objects.error().line, objects.error().message});
        return false;
    }
    for (ObjectModel& model : *objects)
        m_registry.add(std::move(model));
    return true;
}

void DdfLoader::loadDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const QStringList names =
        dir.entryList({QStringLiteral("*.xml")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names)
        loadFile(dir.filePath(name));
}

} // namespace hangar::lwm2m
