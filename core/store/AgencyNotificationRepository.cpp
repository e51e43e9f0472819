// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AgencyNotificationRepository.h"

#include "store/Sql.h"

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral("id, incident_id, agency, notified_at, notified_by, note, acknowledged_at, acknowledged_by");

QList<AgencyNotification> select(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    QList<AgencyNotification> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM agency_notifications ") + where,
                                 binds);
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString()});
    return out;
}

} // namespace

qint64 AgencyNotificationRepository::insert(const QSqlDatabase& db, const AgencyNotification& n)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO agency_notifications(incident_id, agency, notified_at, notified_by, note) "
                                           "VALUES (?,?,?,?,?)"),
                            {n.incidentId, n.agency, n.notifiedAtMs, sql::text(n.notifiedBy), sql::text(n.note)});
    return q.lastInsertId().toLongLong();
}

void AgencyNotificationRepository::acknowledge(const QSqlDatabase& db, qint64 id, qint64 atMs, const QString& by)
{
    sql::run(db, QStringLiteral("UPDATE agency_notifications SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?"),
             {atMs, sql::text(by), id});
}

std::optional<AgencyNotification> AgencyNotificationRepository::find(const QSqlDatabase& db, qint64 id)
{
    const QList<AgencyNotification> found = select(db, QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<AgencyNotification> AgencyNotificationRepository::find(const QSqlDatabase& db, qint64 incidentId,
                                                                     const QString& agency)
{
    const QList<AgencyNotification> found = select(db, QStringLiteral("WHERE incident_id = ? AND agency = ?"), {incidentId, agency});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<AgencyNotification> AgencyNotificationRepository::forIncident(const QSqlDatabase& db, qint64 incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? ORDER BY notified_at, id"), {incidentId});
}

QList<AgencyNotification> AgencyNotificationRepository::forShift(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    return select(db,
                  QStringLiteral("WHERE notified_at < ? AND ((notified_at >= ?) OR acknowledged_at IS NULL OR acknowledged_at >= ?) "
                                 "ORDER BY notified_at, id"),
                  {toMs, fromMs, toMs});
}

void AgencyNotificationRepository::putAnswer(const QSqlDatabase& db, qint64 incidentId, const CallAnswer& a)
{
    sql::run(db,
             QStringLiteral("INSERT INTO call_answers(incident_id, question, asked, answer, answered_at, answered_by) "
                            "VALUES (?,?,?,?,?,?) ON CONFLICT(incident_id, question) DO UPDATE SET asked = excluded.asked, "
                            "answer = excluded.answer, answered_at = excluded.answered_at, answered_by = excluded.answered_by"),
             {incidentId, a.question, sql::text(a.asked), sql::text(a.answer), a.answeredAtMs, sql::text(a.answeredBy)});
}

QList<CallAnswer> AgencyNotificationRepository::answers(const QSqlDatabase& db, qint64 incidentId)
{
    QList<CallAnswer> out;
    for (sql::Query q = sql::run(db,
                                 QStringLiteral("SELECT question, asked, answer, answered_at, answered_by FROM call_answers "
                                                "WHERE incident_id = ? ORDER BY answered_at, question"),
                                 {incidentId});
         q.next();)
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString()});
    return out;
}

} // namespace dispatch
