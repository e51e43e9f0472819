// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SitingQueries.h"

#include "store/Sql.h"

namespace dispatch {

QList<GeoPoint> SitingQueries::incidentPoints(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    QList<GeoPoint> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT lat, lon FROM incidents WHERE received_at >= ? AND received_at < ?"
                                               " AND lat IS NOT NULL AND lon IS NOT NULL AND origin <> 'exercise'"),
                            {fromMs, toMs});
    while (q.next())
        out.append(GeoPoint{q.value(0).toDouble(), q.value(1).toDouble()});
    return out;
}

QList<UnitJourney> SitingQueries::unitJourneys(const QSqlDatabase& db, qint64 fromMs, qint64 toMs,
                                               const QStringList& unitTypes)
{
    QList<UnitJourney> out;
    sql::Query q = sql::run(db, QStringLiteral("SELECT a.unit_ref, a.unit_type, i.lat, i.lon, a.signed_for_at, a.on_scene_at"
                                               " FROM imported_assignments a JOIN incidents i ON i.id = a.incident_id"
                                               " WHERE i.received_at >= ? AND i.received_at < ?"
                                               " AND i.lat IS NOT NULL AND i.lon IS NOT NULL"
                                               " AND a.signed_for_at IS NOT NULL AND a.on_scene_at IS NOT NULL"
                                               " ORDER BY a.signed_for_at, a.id"),
                            {fromMs, toMs});
    while (q.next()) {
        if (!unitTypes.isEmpty() && !unitTypes.contains(q.value(1).toString(), Qt::CaseInsensitive))
            continue;
        out.append(UnitJourney{q.value(0).toString(), GeoPoint{q.value(2).toDouble(), q.value(3).toDouble()},
                               q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return out;
}

} // namespace dispatch
