// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QPointF>

#include <numbers>

namespace dispatch::ui {

/// Local equirectangular projection: scene units are metres east and south of an origin.
/// Accurate to well under 1% across a district, which is all a zone panel needs.
class MapProjection
{
public:
    MapProjection() = default;
    explicit MapProjection(const GeoPoint& origin)
        : m_origin(origin), m_mPerDegLon(kMPerDegLat * std::cos(origin.lat * std::numbers::pi / 180.0))
    {
    }

    QPointF toScene(const GeoPoint& p) const
    {
        return {(p.lon - m_origin.lon) * m_mPerDegLon, -(p.lat - m_origin.lat) * kMPerDegLat};
    }
    GeoPoint toGeo(const QPointF& s) const
    {
        return {m_origin.lat - s.y() / kMPerDegLat, m_origin.lon + s.x() / m_mPerDegLon};
    }

private:
    static constexpr double kMPerDegLat = 111195.0;
    GeoPoint m_origin{0, 0};
    double m_mPerDegLon = kMPerDegLat;
};

} // namespace dispatch::ui
