// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Places.h"

#include <QList>
#include <QSqlDatabase>

namespace dispatch {

/// Rows of the reference tables: zones, police stations, staging points, linked agencies.
class PlaceRepository
{
public:
    static qint64 insertZone(const QSqlDatabase& db, const Zone& zone);
    static QList<Zone> zones(const QSqlDatabase& db);

    static qint64 insertStation(const QSqlDatabase& db, const Station& station);
    static QList<Station> stations(const QSqlDatabase& db);

    static qint64 insertStagingPoint(const QSqlDatabase& db, const StagingPoint& point);
    static QList<StagingPoint> stagingPoints(const QSqlDatabase& db);

    static void insertAgency(const QSqlDatabase& db, const Agency& agency);
    static QList<Agency> agencies(const QSqlDatabase& db);
};

} // namespace dispatch
