// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MediationRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kSelect = QStringLiteral("SELECT id, incident_id, unit_id, certificate_no, assigned_at, assigned_by, "
                                       "deadline_at, outcome, note, outcome_at, outcome_by, overdue_at FROM mediations ");

QList<Mediation> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, kSelect + rest, binds);
    QList<Mediation> out;
    while (q.next()) {
        Mediation m;
        m.id = q.value(0).toLongLong();
        m.incidentId = q.value(1).toLongLong();
        m.unitId = q.value(2).toLongLong();
        m.certificateNo = q.value(3).toString();
        m.assignedAtMs = q.value(4).toLongLong();
        m.assignedBy = q.value(5).toString();
        m.deadlineMs = q.value(6).toLongLong();
        m.outcome = MediationCodes::outcomeFromCode(q.value(7).toString()).value_or(MediationOutcome::None);
        m.note = q.value(8).toString();
        m.outcomeAtMs = q.value(9).toLongLong();
        m.outcomeBy = q.value(10).toString();
        m.overdueAtMs = q.value(11).toLongLong();
        out.append(m);
    }
    return out;
}

std::optional<Mediation> first(const QList<Mediation>& list)
{
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

} // namespace

qint64 MediationRepository::insert(const QSqlDatabase& db, const Mediation& m)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO mediations(incident_id, unit_id, certificate_no, assigned_at, assigned_by, "
                                   "deadline_at) VALUES (?,?,?,?,?,?)"),
                    {m.incidentId, m.unitId, m.certificateNo, m.assignedAtMs, sql::text(m.assignedBy), m.deadlineMs})
        .lastInsertId()
        .toLongLong();
}

void MediationRepository::update(const QSqlDatabase& db, const Mediation& m)
{
    sql::run(db,
             QStringLiteral("UPDATE mediations SET outcome = ?, note = ?, outcome_at = ?, outcome_by = ?, overdue_at = ? "
                            "WHERE id = ?"),
             {sql::text(MediationCodes::code(m.outcome)), sql::text(m.note), sql::idOrNull(m.outcomeAtMs),
              sql::text(m.outcomeBy), sql::idOrNull(m.overdueAtMs), m.id});
}

std::optional<Mediation> MediationRepository::find(const QSqlDatabase& db, qint64 id)
{
    return first(select(db, QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<Mediation> MediationRepository::openForIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return first(select(db, QStringLiteral("WHERE incident_id = ? AND outcome = ''"), {incidentId}));
}

QList<Mediation> MediationRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? ORDER BY id"), {incidentId});
}

QList<Mediation> MediationRepository::open(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE outcome = '' ORDER BY deadline_at, id"));
}

QList<Mediation> MediationRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE outcome = '' AND overdue_at IS NULL AND deadline_at < ? ORDER BY deadline_at"),
                  {nowMs});
}

} // namespace dispatch
