// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CallRepository.h"

#include "store/Sql.h"

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral(
    "id, call_id, line, number, caller_name, lat, lon, radius_m, location_source, rang_at, answered_at, answered_desk, "
    "ended_at, abandoned, call_back_due, call_back_overdue_at, call_back_tries, call_back_first_at, call_back_at, "
    "call_back_by, call_back_outcome, call_back_note, incident_id, row_version");

QList<CallRecord> calls(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM phone_calls ") + rest, binds);
    QList<CallRecord> out;
    while (q.next()) {
        CallRecord c;
        c.id = q.value(0).toLongLong();
        c.callId = q.value(1).toString();
        c.line = q.value(2).toString();
        c.number = q.value(3).toString();
        c.callerName = q.value(4).toString();
        if (!q.isNull(5) && !q.isNull(6)) {
            c.lat = q.value(5).toDouble();
            c.lon = q.value(6).toDouble();
        }
        c.radiusM = q.value(7).toInt();
        c.locationSource = q.value(8).toString();
        c.rangMs = q.value(9).toLongLong();
        c.answeredMs = q.value(10).toLongLong();
        c.answeredDesk = q.value(11).toString();
        c.endedMs = q.value(12).toLongLong();
        c.abandoned = q.value(13).toLongLong() != 0;
        c.callBackDueMs = q.value(14).toLongLong();
        c.callBackOverdueMs = q.value(15).toLongLong();
        c.callBackTries = q.value(16).toInt();
        c.callBackFirstMs = q.value(17).toLongLong();
        c.callBackDoneMs = q.value(18).toLongLong();
        c.callBackBy = q.value(19).toString();
        c.outcome = CallBackOutcomes::fromCode(q.value(20).toString()).value_or(CallBackOutcome::None);
        c.callBackNote = q.value(21).toString();
        c.incidentId = q.value(22).toLongLong();
        c.rowVersion = q.value(23).toLongLong();
        out.append(c);
    }
    return out;
}

std::optional<CallRecord> first(const QList<CallRecord>& list)
{
    return list.isEmpty() ? std::nullopt : std::optional<CallRecord>(list.first());
}

} // namespace

qint64 CallRepository::ensure(const QSqlDatabase& db, const QString& callId)
{
    sql::run(db, QStringLiteral("INSERT INTO phone_calls(call_id) VALUES (?) ON CONFLICT(call_id) DO NOTHING"), {callId});
    return sql::scalar(db, QStringLiteral("SELECT id FROM phone_calls WHERE call_id = ?"), {callId}).toLongLong();
}

void CallRepository::rang(const QSqlDatabase& db, const CallRecord& c)
{
    ensure(db, c.callId);
    sql::run(db,
             QStringLiteral("UPDATE phone_calls SET line = CASE WHEN line = '' THEN ? ELSE line END,"
                            " number = CASE WHEN number = '' THEN ? ELSE number END,"
                            " caller_name = CASE WHEN caller_name = '' THEN ? ELSE caller_name END,"
                            " rang_at = COALESCE(rang_at, ?) WHERE call_id = ?"),
             {sql::text(c.line), sql::text(c.number), sql::text(c.callerName), sql::idOrNull(c.rangMs), c.callId});
    if (c.lat && c.lon)
        sql::run(db,
                 QStringLiteral("UPDATE phone_calls SET lat = ?, lon = ?, radius_m = ?, location_source = ?"
                                " WHERE call_id = ? AND lat IS NULL"),
                 {*c.lat, *c.lon, c.radiusM, sql::text(c.locationSource), c.callId});
}

void CallRepository::located(const QSqlDatabase& db, const QString& callId, double lat, double lon, int radiusM,
                             const QString& source)
{
    sql::run(db,
             QStringLiteral("UPDATE phone_calls SET lat = ?, lon = ?, radius_m = ?, location_source = ? WHERE call_id = ?"),
             {lat, lon, radiusM, sql::text(source), callId});
}

bool CallRepository::answered(const QSqlDatabase& db, const QString& callId, qint64 atMs, const QString& desk)
{
    ensure(db, callId);
    return sql::run(db,
                    QStringLiteral("UPDATE phone_calls SET answered_at = ?, answered_desk = ? WHERE call_id = ?"
                                   " AND answered_at IS NULL AND abandoned = 0"),
                    {atMs, sql::text(desk), callId})
               .numRowsAffected()
           > 0;
}

void CallRepository::ended(const QSqlDatabase& db, const QString& callId, qint64 atMs)
{
    ensure(db, callId);
    sql::run(db, QStringLiteral("UPDATE phone_calls SET ended_at = COALESCE(ended_at, ?) WHERE call_id = ?"), {atMs, callId});
}

bool CallRepository::abandon(const QSqlDatabase& db, const QString& callId, qint64 atMs, qint64 dueMs)
{
    ensure(db, callId);
    return sql::run(db,
                    QStringLiteral("UPDATE phone_calls SET ended_at = COALESCE(ended_at, ?), abandoned = 1, call_back_due = ?,"
                                   " row_version = row_version + 1 WHERE call_id = ? AND abandoned = 0 AND answered_at IS NULL"),
                    {atMs, dueMs, callId})
               .numRowsAffected()
           > 0;
}

std::optional<CallRecord> CallRepository::find(const QSqlDatabase& db, qint64 id)
{
    return first(calls(db, QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<CallRecord> CallRepository::findByCallId(const QSqlDatabase& db, const QString& callId)
{
    return first(calls(db, QStringLiteral("WHERE call_id = ?"), {callId}));
}

QList<CallRecord> CallRepository::owed(const QSqlDatabase& db)
{
    return calls(db, QStringLiteral("WHERE abandoned = 1 AND call_back_outcome = '' ORDER BY call_back_due, id"));
}

QList<CallRecord> CallRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return calls(db, QStringLiteral("WHERE abandoned = 1 AND call_back_outcome = '' AND call_back_due < ?"
                                    " AND call_back_overdue_at IS NULL ORDER BY call_back_due, id"),
                 {nowMs});
}

QList<CallRecord> CallRepository::owedAt(const QSqlDatabase& db, qint64 t)
{
    return calls(db, QStringLiteral("WHERE abandoned = 1 AND ended_at < ? AND (call_back_at IS NULL OR call_back_at >= ?)"
                                    " ORDER BY call_back_due, id"),
                 {t, t});
}

bool CallRepository::updateCallBack(const QSqlDatabase& db, const CallRecord& c)
{
    return sql::run(db,
                    QStringLiteral("UPDATE phone_calls SET call_back_overdue_at = ?, call_back_tries = ?,"
                                   " call_back_first_at = ?, call_back_at = ?, call_back_by = ?, call_back_outcome = ?,"
                                   " call_back_note = ?, incident_id = ?, row_version = row_version + 1"
                                   " WHERE id = ? AND row_version = ?"),
                    {sql::idOrNull(c.callBackOverdueMs), c.callBackTries, sql::idOrNull(c.callBackFirstMs),
                     sql::idOrNull(c.callBackDoneMs), sql::text(c.callBackBy), sql::text(CallBackOutcomes::code(c.outcome)),
                     sql::text(c.callBackNote), sql::idOrNull(c.incidentId), c.id, c.rowVersion})
               .numRowsAffected()
           > 0;
}

void CallRepository::linkIncident(const QSqlDatabase& db, const QString& callId, qint64 incidentId)
{
    sql::run(db, QStringLiteral("UPDATE phone_calls SET incident_id = ? WHERE call_id = ? AND incident_id IS NULL"),
             {incidentId, callId});
}

} // namespace dispatch
