// SPDX-License-Identifier: GPL-3.0-or-later
// Small GeoJSON documents written as text, for the zone import tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <stdexcept>

namespace dispatch::test {

/// A closed square ring of `size` degrees with its south-west corner at (lon, lat), as GeoJSON text.
inline QByteArray squareRing(double lon, double lat, double size)
{
    return QStringLiteral("[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]")
        .arg(lon)
        .arg(lat)
        .arg(lon + size)
        .arg(lat + size)
        .toUtf8();
}

/// A Polygon geometry from its rings (comma separated GeoJSON rings: outer first, then holes).
inline QByteArray polygonGeometry(const QByteArray& rings)
{
    return R"({"type":"Polygon","coordinates":[)" + rings + "]}";
}

inline QByteArray geoFeature(const QByteArray& properties, const QByteArray& geometry)
{
    return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

inline QByteArray featureCollection(const QList<QByteArray>& features)
{
    QByteArray out = R"({"type":"FeatureCollection","features":[)";
    for (qsizetype i = 0; i < features.size(); ++i)
        out += (i ? "," : "") + features[i];
    return out + "]}";
}

/// Writes `content` to `name` in `dir` and returns the path.
inline QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

} // namespace dispatch::test
