// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPolygon.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace dispatch {

/// One Polygon or MultiPolygon feature read from a GeoJSON FeatureCollection.
struct GeoFeature
{
    int index = -1; ///< position in the "features" array
    GeoPolygon polygon;
    QJsonObject properties;
};

/// Reads RFC 7946 FeatureCollections of areas. Every problem names the feature index.
class GeoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::GeoJsonReader)

public:
    struct Output
    {
        QList<GeoFeature> features;
        QList<Error> errors; ///< invalid features (each refused), by index
    };

    /// Parses the document; a document that is not a FeatureCollection is an Error.
    static Result<Output> read(const QByteArray& json, const QString& sourceName);
    static Result<Output> readFile(const QString& path);

    /// Parses one geometry object (Polygon or MultiPolygon); the error says what is wrong.
    static Result<GeoPolygon> parseGeometry(const QJsonObject& geometry);
    /// The geometry as a GeoJSON object (for storage).
    static QJsonObject toGeometry(const GeoPolygon& polygon);
};

} // namespace dispatch
