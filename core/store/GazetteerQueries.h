// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// The places of the centre's map (`map_places`) as a caller's position finds them.
class GazetteerQueries
{
public:
    struct Near
    {
        QString text;      ///< "Quai Antoine 1er 6", or a place's name
        double metres = 0; ///< from the point asked about
        bool address = false;
    };
    /// The nearest address point within `maxMetres` of `p`, else the nearest named place or point of interest
    /// within it; nothing when the map has none there.
    static std::optional<Near> nearest(const QSqlDatabase& db, const GeoPoint& p, double maxMetres);
};

} // namespace dispatch
