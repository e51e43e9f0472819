// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a zones file (GeoJSON: features, polygons and multipolygons, their rings, names, codes and tiers).
#include "geo/GeoJson.h"
#include "geo/ZoneImport.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    dispatch::GeoJsonReader::read(json, QStringLiteral("fuzz.geojson"));
    dispatch::ZoneImport::properties(json, QStringLiteral("fuzz.geojson"));
    dispatch::ZoneImport::read(json, QStringLiteral("fuzz.geojson"), dispatch::ZoneImportOptions{});
    return 0;
}
