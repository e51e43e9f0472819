// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Places.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace dispatch {

/// Rows of the reference tables: zones, police stations, staging points, linked agencies.
class PlaceRepository
{
public:
    /// What refers to a zone by id (and so keeps it from being removed).
    struct ZoneReferences
    {
        int incidents = 0;
        int stagingPoints = 0;
        bool any() const { return incidents > 0 || stagingPoints > 0; }
    };

    static qint64 insertZone(const QSqlDatabase& db, const Zone& zone);
    /// Rewrites the zone's code, name, tier, area and source in place (its id stays).
    static void updateZone(const QSqlDatabase& db, const Zone& zone);
    static void deleteZone(const QSqlDatabase& db, qint64 id);
    /// Every zone something refers to, by zone id (one pass over each referring table).
    static QHash<qint64, ZoneReferences> zoneReferences(const QSqlDatabase& db);
    static QList<Zone> zones(const QSqlDatabase& db);
    static int zoneCount(const QSqlDatabase& db);

    static qint64 insertStation(const QSqlDatabase& db, const Station& station);
    static QList<Station> stations(const QSqlDatabase& db);

    static qint64 insertStagingPoint(const QSqlDatabase& db, const StagingPoint& point);
    static QList<StagingPoint> stagingPoints(const QSqlDatabase& db);

    static void insertAgency(const QSqlDatabase& db, const Agency& agency);
    static QList<Agency> agencies(const QSqlDatabase& db);
};

} // namespace dispatch
