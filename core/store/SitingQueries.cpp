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

} // namespace dispatch
