// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// A place the gazetteer found for what was typed.
struct GazetteerHit
{
    qint64 id = 0;
    QString source; ///< map, list, incident
    QString kind;   ///< address, poi, place, road
    QString text;
    QString key;    ///< its comparable form (AddressText::key)
    GeoPoint point;
    int uses = 0;   ///< incidents confirmed at this address (source "incident")
    /// How the text matched: 0 the whole of it, 1 its beginning, 2 a part of it, 3 each word somewhere in it.
    int match = 3;
};

/// The places of the centre's gazetteer and map as a caller's words or position find them.
class GazetteerQueries
{
public:
    /// The entries whose comparable form (AddressText::key) holds every word of `text`, best first: whole matches,
    /// then beginnings, then parts; addresses before points of interest, named places and roads; the more often
    /// confirmed by incidents, then the shorter, first. On SQLite a word of three characters or more is looked up in
    /// the trigram index; one or two characters find the entries that begin with them.
    static QList<GazetteerHit> search(const QSqlDatabase& db, const QString& text, int limit = 10);
    /// The one entry `text` names as a whole (its comparable form equal to the entry's), the best ranked if several
    /// do; nothing when no entry does.
    static std::optional<GazetteerHit> resolve(const QSqlDatabase& db, const QString& text);

    struct Near
    {
        QString text;      ///< "Quai Antoine 1er 6", or a place's name
        double metres = 0; ///< from the point asked about
        bool address = false;
    };
    /// The nearest address point within `maxMetres` of `p`, else the nearest named place or point of interest
    /// within it; nothing when the map has none there.
    static std::optional<Near> nearest(const QSqlDatabase& db, const GeoPoint& p, double maxMetres);
};

} // namespace dispatch
