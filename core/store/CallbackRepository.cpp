// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CallbackRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

QList<Callback> callbacks(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db,
                        QStringLiteral("SELECT id, incident_id, due_at, state, attempts, last_attempt_at, satisfaction, "
                                        "words, done_at, done_by, overdue_at FROM callbacks ")
                             + rest,
                        binds);
    QList<Callback> out;
    while (q.next()) {
        Callback c;
        c.id = q.value(0).toLongLong();
        c.incidentId = q.value(1).toLongLong();
        c.dueMs = q.value(2).toLongLong();
        c.state = CallbackCodes::stateFromCode(q.value(3).toString()).value_or(CallbackState::Due);
        c.attempts = q.value(4).toInt();
        c.lastAttemptMs = q.value(5).toLongLong();
        c.satisfaction = CallbackCodes::satisfactionFromCode(q.value(6).toString()).value_or(Satisfaction::None);
        c.words = q.value(7).toString();
        c.doneAtMs = q.value(8).toLongLong();
        c.doneBy = q.value(9).toString();
        c.overdueAtMs = q.value(10).toLongLong();
        out.append(c);
    }
    return out;
}

QList<Rectification> rectifications(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db,
                        QStringLiteral("SELECT id, callback_id, incident_id, unit_id, issue, created_at, deadline_at, "
                                        "done_at, result, overdue_at FROM rectifications ")
                             + rest,
                        binds);
    QList<Rectification> out;
    while (q.next()) {
        Rectification r;
        r.id = q.value(0).toLongLong();
        r.callbackId = q.value(1).toLongLong();
        r.incidentId = q.value(2).toLongLong();
        r.unitId = q.value(3).toLongLong();
        r.issue = q.value(4).toString();
        r.createdAtMs = q.value(5).toLongLong();
        r.deadlineMs = q.value(6).toLongLong();
        r.doneAtMs = q.value(7).toLongLong();
        r.result = q.value(8).toString();
        r.overdueAtMs = q.value(9).toLongLong();
        out.append(r);
    }
    return out;
}

template<typename T>
std::optional<T> first(const QList<T>& list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
}

} // namespace

qint64 CallbackRepository::insert(const QSqlDatabase& db, const Callback& c)
{
    return sql::run(db, QStringLiteral("INSERT INTO callbacks(incident_id, due_at) VALUES (?,?)"), {c.incidentId, c.dueMs})
        .lastInsertId()
        .toLongLong();
}

void CallbackRepository::update(const QSqlDatabase& db, const Callback& c)
{
    sql::run(db,
          QStringLiteral("UPDATE callbacks SET state = ?, attempts = ?, last_attempt_at = ?, satisfaction = ?, words = ?, "
                         "done_at = ?, done_by = ?, overdue_at = ? WHERE id = ?"),
          {CallbackCodes::code(c.state), c.attempts, sql::idOrNull(c.lastAttemptMs), sql::text(CallbackCodes::code(c.satisfaction)),
           sql::text(c.words), sql::idOrNull(c.doneAtMs), sql::text(c.doneBy), sql::idOrNull(c.overdueAtMs), c.id});
}

std::optional<Callback> CallbackRepository::find(const QSqlDatabase& db, qint64 id)
{
    return first(callbacks(db, QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<Callback> CallbackRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return first(callbacks(db, QStringLiteral("WHERE incident_id = ?"), {incidentId}));
}

QList<Callback> CallbackRepository::open(const QSqlDatabase& db)
{
    return callbacks(db, QStringLiteral("WHERE state = 'due' ORDER BY due_at, id"));
}

QList<Callback> CallbackRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return callbacks(db, QStringLiteral("WHERE state = 'due' AND overdue_at IS NULL AND due_at < ? ORDER BY due_at"), {nowMs});
}

qint64 CallbackRepository::insertRectification(const QSqlDatabase& db, const Rectification& r)
{
    return sql::run(db,
                 QStringLiteral("INSERT INTO rectifications(callback_id, incident_id, unit_id, issue, created_at, deadline_at) "
                                "VALUES (?,?,?,?,?,?)"),
                 {r.callbackId, r.incidentId, sql::idOrNull(r.unitId), sql::text(r.issue), r.createdAtMs, r.deadlineMs})
        .lastInsertId()
        .toLongLong();
}

void CallbackRepository::updateRectification(const QSqlDatabase& db, const Rectification& r)
{
    sql::run(db, QStringLiteral("UPDATE rectifications SET done_at = ?, result = ?, overdue_at = ? WHERE id = ?"),
          {sql::idOrNull(r.doneAtMs), sql::text(r.result), sql::idOrNull(r.overdueAtMs), r.id});
}

std::optional<Rectification> CallbackRepository::findRectification(const QSqlDatabase& db, qint64 id)
{
    return first(rectifications(db, QStringLiteral("WHERE id = ?"), {id}));
}

QList<Rectification> CallbackRepository::openRectifications(const QSqlDatabase& db)
{
    return rectifications(db, QStringLiteral("WHERE done_at IS NULL ORDER BY deadline_at, id"));
}

QList<Rectification> CallbackRepository::rectificationsOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return rectifications(db, QStringLiteral("WHERE done_at IS NULL AND overdue_at IS NULL AND deadline_at < ? ORDER BY deadline_at"),
                          {nowMs});
}

} // namespace dispatch
