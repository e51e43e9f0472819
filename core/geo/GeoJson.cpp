// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <vector>

namespace dispatch {

namespace {

struct Crossing
{
    GeoPoint at;
    qsizetype edge = 0, other = 0; ///< the positions that start the two edges
};

/// Where two edges of a ring that share no position cross (touching or running along each other is left alone: real
/// boundaries do that where they meet their neighbours). Edges are swept by their western end, so a ring of
/// thousands of positions is checked in about n log n.
std::optional<Crossing> selfCrossing(const GeoRing& ring)
{
    const qsizetype n = ring.size();
    if (n < 4)
        return std::nullopt;
    struct Edge
    {
        qsizetype i;
        double west, east;
    };
    std::vector<Edge> edges;
    edges.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[(i + 1) % n];
        edges.push_back({i, std::min(a.lon, b.lon), std::max(a.lon, b.lon)});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.west < y.west; });
    const auto side = [](const GeoPoint& o, const GeoPoint& a, const GeoPoint& b) {
        const double cross = (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
        return (cross > 0) - (cross < 0);
    };
    for (size_t x = 0; x < edges.size(); ++x) {
        const qsizetype i = edges[x].i;
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[(i + 1) % n];
        for (size_t y = x + 1; y < edges.size() && edges[y].west <= edges[x].east; ++y) {
            const qsizetype j = edges[y].i;
            if (j == (i + 1) % n || i == (j + 1) % n)
                continue; // neighbours share a position
            const GeoPoint& c = ring[j];
            const GeoPoint& d = ring[(j + 1) % n];
            const int s1 = side(a, b, c), s2 = side(a, b, d), s3 = side(c, d, a), s4 = side(c, d, b);
            if (s1 * s2 < 0 && s3 * s4 < 0) {
                // The crossing point, on a-b.
                const double den = (b.lon - a.lon) * (d.lat - c.lat) - (b.lat - a.lat) * (d.lon - c.lon);
                const double t = ((c.lon - a.lon) * (d.lat - c.lat) - (c.lat - a.lat) * (d.lon - c.lon)) / den;
                return Crossing{GeoPoint{a.lat + t * (b.lat - a.lat), a.lon + t * (b.lon - a.lon)}, std::min(i, j),
                                std::max(i, j)};
            }
        }
    }
    return std::nullopt;
}

Result<GeoRing> parseRing(const QJsonValue& v, const QString& path)
{
    if (!v.isArray())
        return Error{GeoJsonReader::tr("a ring must be an array of positions"), path};
    const QJsonArray arr = v.toArray();
    if (arr.size() < 4)
        return Error{GeoJsonReader::tr("a ring needs at least 4 positions, found %1").arg(arr.size()), path};
    GeoRing ring;
    ring.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonArray pos = arr.at(i).toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble())
            return Error{GeoJsonReader::tr("position is not [longitude, latitude]"),
                         path + QStringLiteral("[%1]").arg(i)};
        GeoPoint p{pos.at(1).toDouble(), pos.at(0).toDouble()};
        if (!p.isValid())
            return Error{GeoJsonReader::tr("position out of range (%1, %2)").arg(p.lon).arg(p.lat),
                         path + QStringLiteral("[%1]").arg(i)};
        ring.append(p);
    }
    if (!(ring.first() == ring.last()))
        return Error{GeoJsonReader::tr("ring is not closed (first and last positions differ)"), path};
    ring.removeLast(); // keep rings open in memory
    if (const auto crossing = selfCrossing(ring))
        return Error{GeoJsonReader::tr("the ring crosses itself at (%1, %2), between positions %3 and %4")
                         .arg(crossing->at.lon, 0, 'f', 6)
                         .arg(crossing->at.lat, 0, 'f', 6)
                         .arg(crossing->edge)
                         .arg(crossing->other),
                     path};
    return ring;
}

Result<GeoPolygonPart> parsePolygonCoords(const QJsonValue& v, const QString& path)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return Error{GeoJsonReader::tr("a polygon needs at least an outer ring"), path};
    const QJsonArray rings = v.toArray();
    GeoPolygonPart part;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        auto ring = parseRing(rings.at(i), path + QStringLiteral("[%1]").arg(i));
        if (!ring)
            return ring.error();
        if (i == 0)
            part.outer = std::move(ring).value();
        else
            part.holes.append(std::move(ring).value());
    }
    return part;
}

QJsonArray ringToJson(const GeoRing& ring)
{
    QJsonArray arr;
    for (const auto& p : ring)
        arr.append(QJsonArray{p.lon, p.lat});
    if (!ring.isEmpty())
        arr.append(QJsonArray{ring.first().lon, ring.first().lat});
    return arr;
}

} // namespace

Result<GeoPolygon> GeoJsonReader::parseGeometry(const QJsonObject& geometry)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonValue coords = geometry.value(QStringLiteral("coordinates"));
    QList<GeoPolygonPart> parts;
    if (type == QStringLiteral("Polygon")) {
        auto part = parsePolygonCoords(coords, QStringLiteral("coordinates"));
        if (!part)
            return part.error();
        parts.append(std::move(part).value());
    } else if (type == QStringLiteral("MultiPolygon")) {
        if (!coords.isArray() || coords.toArray().isEmpty())
            return Error{tr("a MultiPolygon needs at least one polygon"), QStringLiteral("coordinates")};
        const QJsonArray polys = coords.toArray();
        for (qsizetype i = 0; i < polys.size(); ++i) {
            auto part = parsePolygonCoords(polys.at(i), QStringLiteral("coordinates[%1]").arg(i));
            if (!part)
                return part.error();
            parts.append(std::move(part).value());
        }
    } else {
        return Error{tr("geometry type \"%1\" is not an area (Polygon or MultiPolygon expected)").arg(type),
                     QStringLiteral("type")};
    }
    return GeoPolygon(std::move(parts));
}

QJsonObject GeoJsonReader::toGeometry(const GeoPolygon& polygon)
{
    QJsonArray polys;
    for (const auto& part : polygon.parts()) {
        // Not `QJsonArray rings{ringToJson(...)}`: a single element of the array's own type in braces is a copy for
        // clang (CWG 2137) and a one-element array for g++, so the stored polygon depended on the compiler.
        QJsonArray rings;
        rings.append(ringToJson(part.outer));
        for (const auto& h : part.holes)
            rings.append(ringToJson(h));
        polys.append(rings);
    }
    if (polys.size() == 1)
        return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), polys.first()}};
    return {{QStringLiteral("type"), QStringLiteral("MultiPolygon")}, {QStringLiteral("coordinates"), polys}};
}

Result<GeoJsonReader::Output> GeoJsonReader::read(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1 (at byte %2)").arg(perr.errorString()).arg(perr.offset), sourceName};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("type")).toString() != QStringLiteral("FeatureCollection"))
        return Error{tr("not a GeoJSON FeatureCollection"), sourceName};
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    Output out;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        const QString where = sourceName + QStringLiteral(": feature %1").arg(i);
        if (f.value(QStringLiteral("type")).toString() != QStringLiteral("Feature")) {
            out.errors.append({tr("not a Feature object"), where});
            continue;
        }
        if (!f.value(QStringLiteral("geometry")).isObject()) {
            out.errors.append({tr("the feature has no geometry"), where});
            continue;
        }
        auto poly = parseGeometry(f.value(QStringLiteral("geometry")).toObject());
        if (!poly) {
            out.errors.append({poly.error().message, where + QStringLiteral(" (") + poly.error().where + u')'});
            continue;
        }
        out.features.append({int(i), std::move(poly).value(), f.value(QStringLiteral("properties")).toObject()});
    }
    return out;
}

Result<GeoJsonReader::Output> GeoJsonReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    return read(f.readAll(), path);
}

} // namespace dispatch
