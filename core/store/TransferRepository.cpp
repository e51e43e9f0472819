// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TransferRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kSelect = QStringLiteral("SELECT id, incident_id, station_id, reason, transferred_at, deadline_at, "
                                       "accepted_at, accepted_by, overdue_at FROM transfers ");

QList<Transfer> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, kSelect + rest, binds);
    QList<Transfer> out;
    while (q.next()) {
        Transfer t;
        t.id = q.value(0).toLongLong();
        t.incidentId = q.value(1).toLongLong();
        t.stationId = q.value(2).toLongLong();
        t.reason = q.value(3).toString();
        t.transferredAtMs = q.value(4).toLongLong();
        t.deadlineMs = q.value(5).toLongLong();
        t.acceptedAtMs = q.value(6).toLongLong();
        t.acceptedBy = q.value(7).toString();
        t.overdueAtMs = q.value(8).toLongLong();
        out.append(t);
    }
    return out;
}

std::optional<Transfer> first(const QList<Transfer>& list)
{
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

} // namespace

qint64 TransferRepository::insert(const QSqlDatabase& db, const Transfer& t)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO transfers(incident_id, station_id, reason, transferred_at, deadline_at) "
                                           "VALUES (?,?,?,?,?)"),
                            {t.incidentId, t.stationId, t.reason, t.transferredAtMs, t.deadlineMs});
    return q.lastInsertId().toLongLong();
}

void TransferRepository::update(const QSqlDatabase& db, const Transfer& t)
{
    sql::run(db, QStringLiteral("UPDATE transfers SET accepted_at = ?, accepted_by = ?, overdue_at = ? WHERE id = ?"),
             {sql::idOrNull(t.acceptedAtMs), sql::text(t.acceptedBy), sql::idOrNull(t.overdueAtMs), t.id});
}

std::optional<Transfer> TransferRepository::find(const QSqlDatabase& db, qint64 id)
{
    return first(select(db, QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<Transfer> TransferRepository::openForIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return first(select(db, QStringLiteral("WHERE incident_id = ? AND accepted_at IS NULL"), {incidentId}));
}

QList<Transfer> TransferRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? ORDER BY id"), {incidentId});
}

QList<Transfer> TransferRepository::open(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE accepted_at IS NULL ORDER BY deadline_at, id"));
}

QList<Transfer> TransferRepository::acceptedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    return select(db, QStringLiteral("WHERE accepted_at >= ? AND accepted_at < ? ORDER BY accepted_at DESC, id DESC"),
                  {fromMs, toMs});
}

QList<Transfer> TransferRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE accepted_at IS NULL AND overdue_at IS NULL AND deadline_at < ? ORDER BY deadline_at"),
                  {nowMs});
}

} // namespace dispatch
