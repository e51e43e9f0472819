// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoInstall.h"

#include "service/DispatchService.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace dispatch {

namespace {

/// A resource copied to a file of the same name in `dir` (the imports read files, and name the map by its file).
Result<QString> unpack(const QString& resource, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QFileInfo(resource).fileName());
    QFile::remove(path);
    if (!QFile::copy(resource, path))
        return Error{DemoInstall::tr("the demo's file could not be written"), path};
    return path;
}

} // namespace

Result<DemoInstalled> DemoInstall::install(DispatchService& service, const QString& name, int passwordIterations)
{
    Result<DistrictData> district = DistrictLoader::demo(name);
    if (!district)
        return district.error();
    DemoInstalled out;
    out.district = std::move(district).value();
    if (passwordIterations > 0)
        out.district.passwordIterations = passwordIterations;
    if (Status s = service.installDistrict(out.district); !s)
        return s.error();
    const QString streets = DistrictLoader::demoStreets(name);
    const QString addresses = DistrictLoader::demoAddresses(name);
    if (streets.isEmpty() && addresses.isEmpty())
        return out;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{tr("no folder for the demo's streets: %1").arg(dir.errorString())};
    // Each file through its own import; the summary after the last one holds both.
    for (const auto& [resource, isMap] : {std::pair{streets, true}, std::pair{addresses, false}}) {
        if (resource.isEmpty())
            continue;
        const Result<QString> file = unpack(resource, dir);
        if (!file)
            return file.error();
        Result<MapSummary> loaded = isMap ? service.importMap(*file) : service.importAddressList(*file);
        if (!loaded)
            return loaded.error();
        out.map = *loaded;
    }
    return out;
}

} // namespace dispatch
