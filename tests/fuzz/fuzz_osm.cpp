// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: an OpenStreetMap file as the centre's map import reads it (libosmium through OsmReader), as XML when
// the input starts with '<', else as PBF. A file is an error or a map, never a crash.
#include "map/OsmReader.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = dir.filePath(bytes.startsWith('<') ? QStringLiteral("in.osm") : QStringLiteral("in.osm.pbf"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }
    const auto map = dispatch::OsmReader::read(path);
    if (map)
        (void)map->roads.size();
    return 0;
}
