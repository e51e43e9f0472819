// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Places.h"

#include <QList>

namespace dispatch {

/// Finds the zone holding a point: a uniform grid over the zones' bounding boxes, then exact
/// point-in-polygon on the few candidates. Where zones overlap, the most demanding circle (lowest tier)
/// wins, then the smaller zone.
class ZoneIndex
{
public:
    ZoneIndex() = default;
    explicit ZoneIndex(const QList<Zone>& zones, int gridSize = 64);

    /// Index into the zones list given to the constructor, or -1.
    int find(const GeoPoint& p) const;
    bool isEmpty() const { return m_zones.isEmpty(); }

private:
    struct Entry
    {
        GeoPolygon area;
        int tier;
        double areaM2;
    };
    int cellOf(const GeoPoint& p) const;

    QList<Entry> m_zones;
    GeoBox m_bounds;
    double m_cellLat = 1.0; ///< cell height and width in degrees
    double m_cellLon = 1.0;
    int m_grid = 0;
    QList<QList<int>> m_cells;
};

} // namespace dispatch
