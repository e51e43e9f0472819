// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Places.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>

namespace dispatch {

/// How a GeoJSON file becomes zones: which feature property names each zone, which gives its code and its
/// circle tier, and whether the store's zones that the file lacks are removed.
struct ZoneImportOptions
{
    /// Empty: a property called "name" if every feature has one as text, else the only property that every
    /// feature has as text; anything else is ambiguous and refused with the list of properties.
    QString nameProperty;
    QString codeProperty; ///< empty: each code is derived from its name (ZoneImport::codeFromName)
    QString tierProperty; ///< empty, or absent/null in a feature: the default tier
    int defaultTier = 3;  ///< 1 (1-minute circle) … 5
    bool replace = false; ///< also remove the store's zones that the file does not hold (see ZoneCommands)
};

/// The zones of one GeoJSON file, checked as a whole: every feature an area, every name and code unique.
struct ZoneFile
{
    QString path;         ///< as given; errors name it
    QString fileName;     ///< without its folders: the zones' source and the import event name it
    QString nameProperty; ///< the property the names came from (chosen when the options left it empty)
    QList<Zone> zones;    ///< in file order, ids 0
    int vertices = 0;     ///< positions as the file writes them (each ring's closing position included)
};

/// What a GeoJSON file offers before choosing how to import it: the properties of its features.
struct ZoneFileProperties
{
    int features = 0;      ///< features in the file, refused ones included
    int refused = 0;       ///< features whose geometry is not an area or is invalid
    QStringList all;       ///< every property some feature has, sorted
    QStringList names;     ///< those holding non-empty text in every feature: they could name the zones
    QString suggestedName; ///< the one ZoneImportOptions would choose when left empty; empty when ambiguous
};

/// Reads zones from a GeoJSON FeatureCollection of Polygon and MultiPolygon features (holes kept). Any
/// problem refuses the whole file, naming the file, the feature index and the property.
class ZoneImport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ZoneImport)

public:
    static Result<ZoneFile> read(const QByteArray& json, const QString& path, const ZoneImportOptions& options);
    static Result<ZoneFile> readFile(const QString& path, const ZoneImportOptions& options);
    /// The file's properties, for choosing the name, code and tier properties; only a file that is not a
    /// GeoJSON FeatureCollection is refused here.
    static Result<ZoneFileProperties> properties(const QByteArray& json, const QString& path);
    static Result<ZoneFileProperties> propertiesOfFile(const QString& path);

    /// A stable code for a zone name: accents dropped, lower case, letters and digits of any script kept,
    /// every other run of characters one '-' ("Castro/Upper Market" → "castro-upper-market").
    static QString codeFromName(const QString& name);
    /// The positions of an area as GeoJSON writes them: every ring closed by repeating its first position.
    static int fileVertexCount(const GeoPolygon& area);
};

} // namespace dispatch
