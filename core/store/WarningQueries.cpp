// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WarningQueries.h"

#include "store/Dialect.h"

namespace dispatch {

namespace {

/// "+origin IN (?,…)": the origin term filters the rows of the received_at index rather than choosing the origin
/// index, which would fetch every row.
QString originsIn(const QSqlDatabase& db, const QStringList& origins, QVariantList& binds)
{
    QStringList marks;
    for (const QString& o : origins) {
        marks << QStringLiteral("?");
        binds << o;
    }
    return sql::dialect::unindexed(db, QStringLiteral("origin")) + QStringLiteral(" IN (") + marks.join(u',') + u')';
}

} // namespace

bool ZoneIncidentRows::next()
{
    if (!m_query.next())
        return false;
    m_row.zoneId = m_query.integer(0);
    m_row.category = m_query.utf8(1);
    m_row.receivedMs = m_query.integer(2);
    return true;
}

ZoneIncidentRows WarningQueries::zoneIncidents(const QSqlDatabase& db, qint64 fromMs, qint64 toMs,
                                               const QStringList& origins)
{
    QVariantList binds{fromMs, toMs};
    const QString origin = originsIn(db, origins, binds);
    return ZoneIncidentRows(sql::run(db,
                                     QStringLiteral("SELECT zone_id, category, received_at FROM incidents WHERE "
                                                    "received_at >= ? AND received_at < ? AND ")
                                         + origin + QStringLiteral(" AND zone_id IS NOT NULL"),
                                     binds));
}

std::optional<qint64> WarningQueries::firstReceived(const QSqlDatabase& db, const QStringList& origins)
{
    QVariantList binds;
    const QString origin = originsIn(db, origins, binds);
    sql::Query q = sql::run(db, QStringLiteral("SELECT MIN(received_at) FROM incidents WHERE ") + origin, binds);
    return q.next() ? q.optionalInteger(0) : std::nullopt;
}

} // namespace dispatch
