// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ClockRepository.h"

#include "store/Dialect.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QHash>
#include <QStringList>

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral(
    "id, incident_id, kind, started_at, allowed_ms, deadline, stopped_at, outcome, breached_at, late_ms");

IncidentClock fromQuery(const sql::Query& q)
{
    IncidentClock c;
    c.id = q.value(0).toLongLong();
    c.incidentId = q.value(1).toLongLong();
    c.kind = ResponsePolicy::kindFromCode(q.value(2).toString()).value_or(ClockKind::Closure);
    c.startedAtMs = q.value(3).toLongLong();
    c.allowedMs = q.value(4).toLongLong();
    c.deadlineMs = q.value(5).toLongLong();
    c.stoppedAtMs = q.value(6).toLongLong();
    c.outcome = q.value(7).toString();
    c.breachedAtMs = q.value(8).toLongLong();
    c.lateMs = q.value(9).toLongLong();
    return c;
}

QList<IncidentClock> collect(sql::Query& q)
{
    QList<IncidentClock> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace

namespace {

void insert(const QSqlDatabase& db, qint64 incidentId, const QList<ClockRepository::Start>& clocks, bool first)
{
    if (clocks.isEmpty())
        return;
    static thread_local QHash<qsizetype, QString> statements[2]; // by the number of clocks; start(), startFirst()
    QString& statement = statements[first ? 1 : 0][clocks.size()];
    if (statement.isEmpty()) {
        QStringList rows(clocks.size(), QStringLiteral("(?,?,?,?,?)"));
        const QString into = QStringLiteral("incident_clocks(incident_id, kind, started_at, allowed_ms, deadline) VALUES ")
            + rows.join(u',');
        statement = first ? QStringLiteral("INSERT INTO ") + into : sql::dialect::insertOrIgnore(into);
    }
    QVariantList binds;
    for (const ClockRepository::Start& c : clocks)
        binds << incidentId << ResponsePolicy::code(c.kind) << c.startedAtMs << c.allowedMs
              << c.startedAtMs + c.allowedMs;
    sql::defer(db, statement, binds);
}

} // namespace

void ClockRepository::start(const QSqlDatabase& db, qint64 incidentId, const QList<Start>& clocks)
{
    insert(db, incidentId, clocks, false);
}

void ClockRepository::startFirst(const QSqlDatabase& db, qint64 incidentId, const QList<Start>& clocks)
{
    insert(db, incidentId, clocks, true);
}

std::optional<IncidentClock> ClockRepository::stop(const QSqlDatabase& db, qint64 incidentId, ClockKind kind,
                                                   qint64 atMs, bool voided)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM incident_clocks WHERE incident_id = ? AND kind = ? "
                                                 "AND stopped_at IS NULL"),
                            {incidentId, ResponsePolicy::code(kind)});
    if (!q.next())
        return std::nullopt;
    IncidentClock c = fromQuery(q);
    c.stoppedAtMs = atMs;
    if (voided) {
        c.outcome = QStringLiteral("void");
    } else if (atMs > c.deadlineMs) {
        c.outcome = QStringLiteral("breached");
        c.lateMs = atMs - c.deadlineMs;
    } else {
        c.outcome = QStringLiteral("met");
    }
    sql::run(db, QStringLiteral("UPDATE incident_clocks SET stopped_at = ?, outcome = ?, late_ms = ? WHERE id = ?"),
             {c.stoppedAtMs, c.outcome, c.lateMs ? QVariant(c.lateMs) : QVariant(QMetaType::fromType<qint64>()), c.id});
    return c;
}

QList<IncidentClock> ClockRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM incident_clocks WHERE incident_id = ? ORDER BY id"),
        {incidentId});
    return collect(q);
}

QList<IncidentClock> ClockRepository::dueBreaches(const QSqlDatabase& db, qint64 nowMs)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM incident_clocks WHERE stopped_at IS NULL AND deadline < ? "
                                                 "AND breached_at IS NULL ORDER BY deadline"),
                            {nowMs});
    return collect(q);
}

void ClockRepository::markBreached(const QSqlDatabase& db, qint64 clockId, qint64 atMs)
{
    sql::run(db, QStringLiteral("UPDATE incident_clocks SET breached_at = ? WHERE id = ? AND breached_at IS NULL"),
             {atMs, clockId});
}

QList<IncidentClock> ClockRepository::running(const QSqlDatabase& db)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns
                                    + QStringLiteral(" FROM incident_clocks WHERE stopped_at IS NULL ORDER BY deadline"));
    return collect(q);
}

} // namespace dispatch
