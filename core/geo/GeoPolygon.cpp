// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoPolygon.h"

#include <algorithm>
#include <limits>
#include <numbers>

namespace dispatch {

namespace {
double ringAreaDeg2(const GeoRing& ring)
{
    double sum = 0.0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[(i + 1) % n];
        sum += a.lon * b.lat - b.lon * a.lat;
    }
    return std::abs(sum) / 2.0;
}
} // namespace

GeoPolygon::GeoPolygon(QList<GeoPolygonPart> parts) : m_parts(std::move(parts))
{
    for (const auto& part : std::as_const(m_parts))
        for (const auto& p : part.outer)
            m_bounds.extend(p);
}

int GeoPolygon::vertexCount() const
{
    qsizetype n = 0;
    for (const auto& part : m_parts) {
        n += part.outer.size();
        for (const auto& h : part.holes)
            n += h.size();
    }
    return int(n);
}

bool GeoPolygon::contains(const GeoPoint& p) const
{
    if (!m_bounds.contains(p))
        return false;
    for (const auto& part : m_parts) {
        if (!geo::ringContains(part.outer, p))
            continue;
        bool inHole = false;
        for (const auto& hole : part.holes) {
            if (geo::ringContains(hole, p)) {
                inHole = true;
                break;
            }
        }
        if (!inHole)
            return true;
    }
    return false;
}

GeoPoint GeoPolygon::labelPoint() const
{
    // The sample point of a coarse grid that lies inside the area and farthest from every edge (holes
    // included): a label there stays clear of the borders and of any key-site circle cut out of the zone.
    if (m_parts.isEmpty())
        return m_bounds.center();
    const double kx = std::cos(m_bounds.center().lat * std::numbers::pi / 180.0);
    auto edgeDistance = [&](const GeoPoint& p) {
        double best = std::numeric_limits<double>::max();
        auto ring = [&](const GeoRing& r) {
            for (qsizetype i = 0, n = r.size(); i < n; ++i) {
                const GeoPoint& a = r[i];
                const GeoPoint& b = r[(i + 1) % n];
                const double ax = (a.lon - p.lon) * kx, ay = a.lat - p.lat;
                const double bx = (b.lon - p.lon) * kx, by = b.lat - p.lat;
                const double dx = bx - ax, dy = by - ay;
                const double len2 = dx * dx + dy * dy;
                const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
                const double cx = ax + t * dx, cy = ay + t * dy;
                best = std::min(best, cx * cx + cy * cy);
            }
        };
        for (const auto& part : m_parts) {
            ring(part.outer);
            for (const auto& h : part.holes)
                ring(h);
        }
        return best;
    };
    constexpr int kSteps = 24;
    GeoPoint best = m_bounds.center();
    double bestDistance = -1.0;
    for (int r = 0; r <= kSteps; ++r) {
        for (int c = 0; c <= kSteps; ++c) {
            const GeoPoint p{m_bounds.minLat + (m_bounds.maxLat - m_bounds.minLat) * (r + 0.5) / (kSteps + 1),
                             m_bounds.minLon + (m_bounds.maxLon - m_bounds.minLon) * (c + 0.5) / (kSteps + 1)};
            if (!contains(p))
                continue;
            const double d = edgeDistance(p);
            if (d > bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
    }
    return best;
}

double GeoPolygon::areaSquareMetres() const
{
    const double lat0 = m_bounds.center().lat * std::numbers::pi / 180.0;
    const double mPerDegLat = 111132.954;
    const double mPerDegLon = 111319.488 * std::cos(lat0);
    double total = 0.0;
    for (const auto& part : m_parts) {
        double a = ringAreaDeg2(part.outer);
        for (const auto& h : part.holes)
            a -= ringAreaDeg2(h);
        total += a;
    }
    return total * mPerDegLat * mPerDegLon;
}

namespace geo {

bool ringContains(const GeoRing& ring, const GeoPoint& p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double x = (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon;
            if (p.lon < x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace geo
} // namespace dispatch
