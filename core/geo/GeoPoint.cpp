// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoPoint.h"

#include <QRegularExpression>

#include <algorithm>
#include <numbers>

namespace dispatch::geo {

namespace {
constexpr double kEarthRadius = 6371008.8; // metres, IUGG mean radius
constexpr double kDeg = std::numbers::pi / 180.0;
} // namespace

double distanceMetres(const GeoPoint& a, const GeoPoint& b)
{
    const double dLat = (b.lat - a.lat) * kDeg;
    const double dLon = (b.lon - a.lon) * kDeg;
    const double s1 = std::sin(dLat / 2.0);
    const double s2 = std::sin(dLon / 2.0);
    const double h = s1 * s1 + std::cos(a.lat * kDeg) * std::cos(b.lat * kDeg) * s2 * s2;
    return 2.0 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox boxAround(const GeoPoint& centre, double metres)
{
    const double dLat = metres / (kEarthRadius * kDeg);
    const double poleward = std::min(90.0, std::abs(centre.lat) + dLat);
    const double dLon = metres / (kEarthRadius * kDeg * std::max(0.01, std::cos(poleward * kDeg)));
    return {centre.lat - dLat, centre.lon - dLon, centre.lat + dLat, centre.lon + dLon};
}

GeoPoint offsetMetres(const GeoPoint& origin, double north, double east)
{
    const double dLat = north / kEarthRadius / kDeg;
    const double dLon = east / (kEarthRadius * std::cos(origin.lat * kDeg)) / kDeg;
    return {origin.lat + dLat, origin.lon + dLon};
}

std::optional<GeoPoint> parseLatLon(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const GeoPoint p{m.captured(1).toDouble(), m.captured(2).toDouble()};
    return p.isValid() ? std::optional(p) : std::nullopt;
}

} // namespace dispatch::geo
