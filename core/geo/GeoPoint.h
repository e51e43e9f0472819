// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

#include <cmath>

namespace dispatch {

/// A WGS-84 position in degrees.
struct GeoPoint
{
    double lat = 0.0;
    double lon = 0.0;

    bool isValid() const { return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0
                                  && lon >= -180.0 && lon <= 180.0; }
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

/// An axis-aligned box in degrees.
struct GeoBox
{
    double minLat = 90.0, minLon = 180.0, maxLat = -90.0, maxLon = -180.0;

    bool isEmpty() const { return minLat > maxLat || minLon > maxLon; }
    void extend(const GeoPoint& p)
    {
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    void extend(const GeoBox& b)
    {
        if (b.isEmpty())
            return;
        extend(GeoPoint{b.minLat, b.minLon});
        extend(GeoPoint{b.maxLat, b.maxLon});
    }
    bool contains(const GeoPoint& p) const
    {
        return p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
    }
    GeoPoint center() const { return {(minLat + maxLat) / 2.0, (minLon + maxLon) / 2.0}; }
};

namespace geo {

/// Great-circle distance in metres (haversine, mean Earth radius).
double distanceMetres(const GeoPoint& a, const GeoPoint& b);

/// The box that holds every point within `metres` of `centre` by distanceMetres() (on its sphere; the span of
/// longitude taken at the box's edge nearer the pole, where a degree is shortest): a search by box whose exact
/// distance then decides.
GeoBox boxAround(const GeoPoint& centre, double metres);

/// Moves a point by metres north and east (small offsets; equirectangular).
GeoPoint offsetMetres(const GeoPoint& origin, double north, double east);

/// A point typed by hand, latitude first: "22.781, 100.972", "22.781 100.972" or with a full-width comma.
std::optional<GeoPoint> parseLatLon(const QString& text);

} // namespace geo
} // namespace dispatch
