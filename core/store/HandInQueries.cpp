// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HandInQueries.h"

#include "domain/EventKinds.h"
#include "store/Sql.h"

namespace dispatch {

std::optional<HandInQueries::Taken> HandInQueries::takenIn(const QSqlDatabase& db, const QString& sourceRef)
{
    // The partial unique index on EIDO sources serves this (the LIKE term makes the planner take it).
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT i.number, e.at, e.desk, e.username FROM incidents i "
                                           "JOIN events e ON e.entity = 'incident' AND e.entity_id = i.id AND e.kind = ? "
                                           "WHERE i.source_ref = ? AND i.source_ref LIKE 'EIDO:%'"),
                            {events::kIncidentHandedIn, sourceRef});
    if (!q.next())
        return std::nullopt;
    return Taken{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
}

std::optional<qint64> HandInQueries::incidentByNumber(const QSqlDatabase& db, const QString& number)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT id FROM incidents WHERE number = ?"), {number});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace dispatch
