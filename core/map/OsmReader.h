// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapData.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace dispatch {

/// Reads an OpenStreetMap file — PBF (`.osm.pbf`, `.pbf`) or XML (`.osm`) — through libosmium, keeping what the
/// desk needs: the roads (ways with a usable `highway` tag, one-way, speed limit, bridge, tunnel, name), the places a
/// caller may name (address points, named points of interest and buildings, named places) and water and green
/// areas for the base map. Node locations are held in memory (a city's extract: tens of MB at most). A file libosmium
/// cannot read to its end (truncated, not OSM, a format it does not know) is refused with the file and the reason;
/// nothing of it is kept then.
class OsmReader
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::OsmReader)

public:
    /// `progress(bytesRead, fileSize)` is called as the file is read.
    using Progress = std::function<void(qint64, qint64)>;
    static Result<MapData> read(const QString& path, const Progress& progress = {});

    static constexpr qint64 kMaxFileBytes = 2LL * 1024 * 1024 * 1024; ///< a province's extract; larger is refused
};

} // namespace dispatch
