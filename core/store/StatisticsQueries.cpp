// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StatisticsQueries.h"

#include "stats/Statistics.h"
#include "store/Dialect.h"

#include <QStringList>

#include <limits>

namespace dispatch {

namespace {

/// The WHERE clause of a StatsQuery over the incidents `i`, and its values.
struct Filter
{
    QString where;
    QVariantList binds;
};

Filter filterOf(const QSqlDatabase& db, const StatsQuery& q)
{
    Filter f;
    QStringList parts;
    const auto marks = [&f](const auto& values) {
        QStringList m;
        for (const auto& v : values) {
            m << QStringLiteral("?");
            f.binds << v;
        }
        return m.join(u',');
    };
    // The origin term filters rows of the covering received_at index rather than choosing another one.
    parts << sql::dialect::unindexed(db, QStringLiteral("i.origin")) + QStringLiteral(" IN (") + marks(q.origins) + u')';
    if (q.fromMs) {
        parts << QStringLiteral("i.received_at >= ?");
        f.binds << q.fromMs;
    }
    if (q.toMs) {
        parts << QStringLiteral("i.received_at < ?");
        f.binds << q.toMs;
    }
    if (!q.zoneIds.isEmpty())
        parts << QStringLiteral("i.zone_id IN (") + marks(q.zoneIds) + u')';
    if (!q.categories.isEmpty())
        parts << QStringLiteral("i.category IN (") + marks(q.categories) + u')';
    f.where = parts.join(QStringLiteral(" AND "));
    return f;
}

sql::Query run(const QSqlDatabase& db, const QString& statement, const StatsQuery& query)
{
    const Filter f = filterOf(db, query);
    return sql::run(db, statement.arg(f.where), f.binds);
}

} // namespace

bool IncidentFigureRows::next()
{
    if (!m_query.next())
        return false;
    const sql::Query& q = m_query;
    m_row.receivedMs = q.integer(0);
    m_row.firstDispatchedMs = q.optionalInteger(1);
    m_row.firstSignedForMs = q.optionalInteger(2);
    m_row.firstOnSceneMs = q.optionalInteger(3);
    m_row.priority = int(q.integer(4));
    m_row.tier = int(q.integer(5));
    m_row.line = q.utf8(6);
    m_row.category = q.utf8(7);
    m_row.state = q.utf8(8);
    m_row.zoneId = q.integer(9);
    m_row.diverted = q.integer(10) != 0;
    return true;
}

IncidentFigureRows StatisticsQueries::incidents(const QSqlDatabase& db, const StatsQuery& query)
{
    return IncidentFigureRows(run(db,
                                  QStringLiteral("SELECT i.received_at, i.first_dispatched_at, i.first_signed_for_at, "
                                                 "i.first_on_scene_at, i.priority, i.tier, i.line, i.category, i.state, "
                                                 "COALESCE(i.zone_id, 0), i.divert_to <> '' FROM incidents i WHERE %1"),
                                  query));
}

QList<FeedbackFigures> StatisticsQueries::feedbackByCategory(const QSqlDatabase& db, const StatsQuery& query)
{
    QList<FeedbackFigures> out;
    for (sql::Query q = run(db,
                            QStringLiteral("SELECT i.category, COUNT(DISTINCT i.id), COUNT(DISTINCT CASE WHEN "
                                           "f.disposition = 'resolved_on_scene' THEN i.id END) FROM incidents i "
                                           "JOIN feedback f ON f.incident_id = i.id WHERE %1 GROUP BY 1"),
                            query);
         q.next();)
        out.append({q.value(0).toString(), int(q.integer(1)), int(q.integer(2))});
    return out;
}

int StatisticsQueries::repeatMarks(const QSqlDatabase& db, const StatsQuery& query)
{
    sql::Query q = run(db,
                       QStringLiteral("SELECT COUNT(*) FROM repeat_marks m JOIN incidents i ON i.id = m.incident_id "
                                      "WHERE %1"),
                       query);
    return q.next() ? int(q.integer(0)) : 0;
}

CallbackFigures StatisticsQueries::callbacks(const QSqlDatabase& db, const StatsQuery& query)
{
    using sql::dialect::countWhere;
    static const QString kStatement =
        QStringLiteral("SELECT COUNT(*), ") + countWhere(QStringLiteral("c.state = 'reached'")) + u','
        + countWhere(QStringLiteral("c.state = 'unreachable'")) + u','
        + countWhere(QStringLiteral("c.satisfaction = 'satisfied'")) + u','
        + countWhere(QStringLiteral("c.satisfaction = 'basically_satisfied'")) + u','
        + countWhere(QStringLiteral("c.satisfaction = 'unsatisfied'"))
        + QStringLiteral(" FROM callbacks c JOIN incidents i ON i.id = c.incident_id WHERE %1");
    CallbackFigures f;
    if (sql::Query q = run(db, kStatement, query); q.next())
        f = {int(q.integer(0)), int(q.integer(1)), int(q.integer(2)),
             int(q.integer(3)), int(q.integer(4)), int(q.integer(5))};
    return f;
}

MediationFigures StatisticsQueries::mediations(const QSqlDatabase& db, const StatsQuery& query)
{
    using sql::dialect::countWhere;
    static const QString kStatement =
        QStringLiteral("SELECT ") + countWhere(QStringLiteral("m.outcome = ''")) + u','
        + countWhere(QStringLiteral("m.outcome = 'settled'")) + u','
        + countWhere(QStringLiteral("m.outcome = 'not_settled'")) + u','
        + countWhere(QStringLiteral("m.outcome = 'referred'"))
        + QStringLiteral(" FROM mediations m JOIN incidents i ON i.id = m.incident_id WHERE %1");
    MediationFigures f;
    if (sql::Query q = run(db, kStatement, query); q.next())
        f = {int(q.integer(0)), int(q.integer(1)), int(q.integer(2)), int(q.integer(3))};
    return f;
}

InstructionFigures StatisticsQueries::instructions(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    InstructionFigures f;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT COUNT(*), COUNT(answered_at), COUNT(CASE WHEN answered_at IS NOT NULL "
                                           "AND forwarded_at IS NULL THEN 1 END) FROM instructions WHERE received_at >= ? "
                                           "AND received_at < ?"),
                            {fromMs, toMs ? toMs : std::numeric_limits<qint64>::max()});
    if (q.next())
        f = {int(q.integer(0)), int(q.integer(1)), int(q.integer(2))};
    return f;
}

TelephoneFigures StatisticsQueries::telephone(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    TelephoneFigures f;
    // A call back counts as made at its first try; "in time" when that try was by the deadline.
    sql::Query q = sql::run(
        db,
        QStringLiteral("SELECT COUNT(*), COUNT(answered_at), COUNT(CASE WHEN answered_at IS NOT NULL AND rang_at IS NOT NULL THEN 1 END),"
                       " COUNT(CASE WHEN answered_at - rang_at <= 10000 THEN 1 END),"
                       " COUNT(CASE WHEN answered_at - rang_at <= 15000 THEN 1 END),"
                       " COUNT(CASE WHEN answered_at - rang_at <= 20000 THEN 1 END),"
                       " COUNT(CASE WHEN abandoned = 1 THEN 1 END),"
                       " COUNT(CASE WHEN abandoned = 1 AND call_back_first_at IS NOT NULL THEN 1 END),"
                       " COUNT(CASE WHEN abandoned = 1 AND call_back_first_at <= call_back_due THEN 1 END),"
                       " COUNT(CASE WHEN call_back_outcome IN ('no_emergency', 'incident') THEN 1 END),"
                       " COUNT(CASE WHEN call_back_outcome = 'incident' THEN 1 END),"
                       " COUNT(CASE WHEN call_back_outcome = 'unreachable' THEN 1 END),"
                       " COUNT(CASE WHEN abandoned = 1 AND call_back_outcome = '' THEN 1 END)"
                       " FROM phone_calls WHERE COALESCE(rang_at, answered_at, ended_at) >= ?"
                       " AND COALESCE(rang_at, answered_at, ended_at) < ?"),
        {fromMs, toMs ? toMs : std::numeric_limits<qint64>::max()});
    if (q.next())
        f = {int(q.integer(0)), int(q.integer(1)),  int(q.integer(2)),  int(q.integer(3)),  int(q.integer(4)),
             int(q.integer(5)), int(q.integer(6)),  int(q.integer(7)),  int(q.integer(8)),  int(q.integer(9)),
             int(q.integer(10)), int(q.integer(11)), int(q.integer(12))};
    return f;
}

} // namespace dispatch
