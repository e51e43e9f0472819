// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SupervisionRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

QList<Supervision> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db,
                        QStringLiteral("SELECT id, subject, subject_id, incident_id, title, owner, method, created_at, "
                                        "created_by, deadline_at, closed_at, result, overdue_at FROM supervisions ")
                             + rest,
                        binds);
    QList<Supervision> out;
    while (q.next()) {
        Supervision s;
        s.id = q.value(0).toLongLong();
        s.subject = SupervisionCodes::subjectFromCode(q.value(1).toString()).value_or(SupervisionSubject::Incident);
        s.subjectId = q.value(2).toLongLong();
        s.incidentId = q.value(3).toLongLong();
        s.title = q.value(4).toString();
        s.owner = q.value(5).toString();
        s.method = SupervisionCodes::methodFromCode(q.value(6).toString()).value_or(SupervisionMethod::Online);
        s.createdAtMs = q.value(7).toLongLong();
        s.createdBy = q.value(8).toString();
        s.deadlineMs = q.value(9).toLongLong();
        s.closedAtMs = q.value(10).toLongLong();
        s.result = q.value(11).toString();
        s.overdueAtMs = q.value(12).toLongLong();
        out.append(s);
    }
    return out;
}

} // namespace

qint64 SupervisionRepository::insert(const QSqlDatabase& db, const Supervision& s)
{
    return sql::run(db,
                 QStringLiteral("INSERT INTO supervisions(subject, subject_id, incident_id, title, owner, method, created_at, "
                                "created_by, deadline_at) VALUES (?,?,?,?,?,?,?,?,?)"),
                 {SupervisionCodes::code(s.subject), s.subjectId, sql::idOrNull(s.incidentId), sql::text(s.title), s.owner,
                  SupervisionCodes::code(s.method), s.createdAtMs, sql::text(s.createdBy), s.deadlineMs})
        .lastInsertId()
        .toLongLong();
}

void SupervisionRepository::update(const QSqlDatabase& db, const Supervision& s)
{
    sql::run(db, QStringLiteral("UPDATE supervisions SET closed_at = ?, result = ?, overdue_at = ? WHERE id = ?"),
          {sql::idOrNull(s.closedAtMs), sql::text(s.result), sql::idOrNull(s.overdueAtMs), s.id});
}

std::optional<Supervision> SupervisionRepository::find(const QSqlDatabase& db, qint64 id)
{
    const QList<Supervision> l = select(db, QStringLiteral("WHERE id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

std::optional<Supervision> SupervisionRepository::openFor(const QSqlDatabase& db, SupervisionSubject subject, qint64 subjectId)
{
    const QList<Supervision> l = select(db, QStringLiteral("WHERE subject = ? AND subject_id = ? AND closed_at IS NULL"),
                                        {SupervisionCodes::code(subject), subjectId});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

QList<Supervision> SupervisionRepository::open(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE closed_at IS NULL ORDER BY deadline_at, id"));
}

QList<Supervision> SupervisionRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE closed_at IS NULL AND overdue_at IS NULL AND deadline_at < ? ORDER BY deadline_at"),
                  {nowMs});
}

qint64 SupervisionRepository::insertNote(const QSqlDatabase& db, const SupervisionNote& n)
{
    return sql::run(db, QStringLiteral("INSERT INTO supervision_notes(supervision_id, at, by, text) VALUES (?,?,?,?)"),
                 {n.supervisionId, n.atMs, sql::text(n.by), n.text})
        .lastInsertId()
        .toLongLong();
}

QList<SupervisionNote> SupervisionRepository::notes(const QSqlDatabase& db, qint64 supervisionId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, supervision_id, at, by, text FROM supervision_notes WHERE "
                                            "supervision_id = ? ORDER BY id"),
                        {supervisionId});
    QList<SupervisionNote> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

} // namespace dispatch
