// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FollowUpItemRepository.h"

#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch {

namespace {

QString fieldsJson(const QMap<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> fieldsFrom(const QString& json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QList<FollowUpItem> select(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    sql::Query q = sql::run(
        db,
        QStringLiteral("SELECT f.id, f.kind, f.incident_id, i.number, f.assignee, f.fields, f.opened_at, f.opened_by, "
                       "f.deadline_at, f.overdue_at, f.closed_at, f.closed_by, f.outcome, f.result, "
                       "(SELECT n.text FROM follow_up_notes n WHERE n.item_id = f.id ORDER BY n.id DESC LIMIT 1) "
                       "FROM follow_up_items f JOIN incidents i ON i.id = f.incident_id ")
            + where,
        binds);
    QList<FollowUpItem> out;
    while (q.next()) {
        FollowUpItem f;
        f.id = q.value(0).toLongLong();
        f.kind = q.value(1).toString();
        f.incidentId = q.value(2).toLongLong();
        f.number = q.value(3).toString();
        f.assignee = q.value(4).toString();
        f.fields = fieldsFrom(q.value(5).toString());
        f.openedAtMs = q.value(6).toLongLong();
        f.openedBy = q.value(7).toString();
        f.deadlineMs = q.value(8).toLongLong();
        f.overdueAtMs = q.value(9).toLongLong();
        f.closedAtMs = q.value(10).toLongLong();
        f.closedBy = q.value(11).toString();
        f.outcome = q.value(12).toString();
        f.result = q.value(13).toString();
        f.lastNote = q.value(14).toString();
        out.append(std::move(f));
    }
    return out;
}

std::optional<FollowUpItem> first(QList<FollowUpItem> l)
{
    return l.isEmpty() ? std::nullopt : std::optional(std::move(l.first()));
}

} // namespace

qint64 FollowUpItemRepository::insert(const QSqlDatabase& db, const FollowUpItem& f)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO follow_up_items(kind, incident_id, assignee, fields, opened_at, opened_by, "
                                   "deadline_at) VALUES (?,?,?,?,?,?,?)"),
                    {f.kind, f.incidentId, f.assignee, fieldsJson(f.fields), f.openedAtMs, sql::text(f.openedBy),
                     f.deadlineMs})
        .lastInsertId()
        .toLongLong();
}

bool FollowUpItemRepository::close(const QSqlDatabase& db, qint64 id, qint64 atMs, const QString& by,
                                   const QString& outcome, const QString& result)
{
    return sql::run(db,
                    QStringLiteral("UPDATE follow_up_items SET closed_at = ?, closed_by = ?, outcome = ?, result = ? "
                                   "WHERE id = ? AND closed_at IS NULL"),
                    {atMs, sql::text(by), sql::text(outcome), sql::text(result), id})
               .numRowsAffected()
           == 1;
}

void FollowUpItemRepository::stampOverdue(const QSqlDatabase& db, qint64 id, qint64 atMs)
{
    sql::run(db, QStringLiteral("UPDATE follow_up_items SET overdue_at = ? WHERE id = ? AND overdue_at IS NULL"), {atMs, id});
}

std::optional<FollowUpItem> FollowUpItemRepository::find(const QSqlDatabase& db, qint64 id)
{
    return first(select(db, QStringLiteral("WHERE f.id = ?"), {id}));
}

std::optional<FollowUpItem> FollowUpItemRepository::openFor(const QSqlDatabase& db, const QString& kind, qint64 incidentId,
                                                            const QString& assignee)
{
    return first(select(db,
                        QStringLiteral("WHERE f.kind = ? AND f.incident_id = ? AND f.assignee = ? AND f.closed_at IS NULL"),
                        {kind, incidentId, assignee}));
}

QList<FollowUpItem> FollowUpItemRepository::open(const QSqlDatabase& db, const QString& kind)
{
    return select(db, QStringLiteral("WHERE f.kind = ? AND f.closed_at IS NULL ORDER BY f.deadline_at, f.id"), {kind});
}

QList<FollowUpItem> FollowUpItemRepository::dueOverdue(const QSqlDatabase& db, const QString& kind, qint64 nowMs)
{
    return select(db,
                  QStringLiteral("WHERE f.kind = ? AND f.closed_at IS NULL AND f.overdue_at IS NULL AND f.deadline_at < ? "
                                 "ORDER BY f.deadline_at, f.id"),
                  {kind, nowMs});
}

QList<FollowUpItem> FollowUpItemRepository::openAt(const QSqlDatabase& db, const QString& kind, qint64 t)
{
    QList<FollowUpItem> out = select(db,
                                     QStringLiteral("WHERE f.kind = ? AND f.opened_at < ? AND (f.closed_at IS NULL OR "
                                                    "f.closed_at >= ?) ORDER BY f.deadline_at, f.id"),
                                     {kind, t, t});
    for (FollowUpItem& f : out) {
        // As it stood then: not yet closed, not yet stamped overdue if that came later.
        f.closedAtMs = 0;
        f.closedBy.clear();
        f.outcome.clear();
        f.result.clear();
        if (f.overdueAtMs >= t)
            f.overdueAtMs = 0;
    }
    return out;
}

QList<qint64> FollowUpItemRepository::idsOfIncident(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT id FROM follow_up_items WHERE incident_id = ? ORDER BY id"), {incidentId});
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QStringList FollowUpItemRepository::assignees(const QSqlDatabase& db, const QString& kind, int limit)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT assignee FROM follow_up_items WHERE kind = ? GROUP BY assignee "
                                           "ORDER BY COUNT(*) DESC, MAX(opened_at) DESC LIMIT ?"),
                            {kind, limit});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 FollowUpItemRepository::insertNote(const QSqlDatabase& db, const FollowUpNote& n)
{
    return sql::run(db, QStringLiteral("INSERT INTO follow_up_notes(item_id, at, by, text) VALUES (?,?,?,?)"),
                    {n.itemId, n.atMs, sql::text(n.by), n.text})
        .lastInsertId()
        .toLongLong();
}

QList<FollowUpNote> FollowUpItemRepository::notes(const QSqlDatabase& db, qint64 itemId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, item_id, at, by, text FROM follow_up_notes WHERE item_id = ? ORDER BY id"),
                            {itemId});
    QList<FollowUpNote> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

} // namespace dispatch
