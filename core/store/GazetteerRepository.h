// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapData.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// The gazetteer (`gazetteer`): every name the desk can find a place by, each with its comparable form
/// (AddressText::key) and, on SQLite, a full-text index of trigrams over that form (`gazetteer_text`, FTS5).
class GazetteerRepository
{
public:
    /// Deletes the rows of `source` and writes `entries` in their place, inside the caller's transaction.
    static void replace(const QSqlDatabase& db, const QString& source, const QList<GazetteerEntry>& entries);
    /// The map's places and named roads (a road by the point of it nearest its middle), as entries of source "map".
    static QList<GazetteerEntry> fromMap(const QSqlDatabase& db);
    /// replace("map", fromMap()), and the confirmed addresses of the incidents already held when there are none yet.
    static void rebuildFromMap(const QSqlDatabase& db);
    /// An incident's address confirmed by its position: counted once more, or added.
    static void noteIncidentAddress(const QSqlDatabase& db, const QString& text, const GeoPoint& point, qint64 atMs);
    /// Rows by source ("" for all).
    static int count(const QSqlDatabase& db, const QString& source = {});
};

} // namespace dispatch
