// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QList>

namespace dispatch {

/// A closed ring of positions; the closing point may or may not repeat the first.
using GeoRing = QList<GeoPoint>;

/// One polygon: an outer ring and any number of holes (GeoJSON "Polygon").
struct GeoPolygonPart
{
    GeoRing outer;
    QList<GeoRing> holes;
};

/// A (multi)polygon area as GeoJSON describes it, with its bounding box cached.
class GeoPolygon
{
public:
    GeoPolygon() = default;
    explicit GeoPolygon(QList<GeoPolygonPart> parts);

    const QList<GeoPolygonPart>& parts() const { return m_parts; }
    const GeoBox& bounds() const { return m_bounds; }
    bool isEmpty() const { return m_parts.isEmpty(); }
    int vertexCount() const;

    /// Even-odd containment: inside an outer ring and outside all its holes.
    bool contains(const GeoPoint& p) const;
    /// Mean of the outer ring of the largest part: a place to put a label.
    GeoPoint labelPoint() const;
    /// Area in square metres (local equirectangular projection), holes subtracted.
    double areaSquareMetres() const;

private:
    QList<GeoPolygonPart> m_parts;
    GeoBox m_bounds;
};

namespace geo {
/// Ray-casting test of one ring.
bool ringContains(const GeoRing& ring, const GeoPoint& p);
} // namespace geo

} // namespace dispatch
