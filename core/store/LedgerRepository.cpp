// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LedgerRepository.h"

#include "store/Dialect.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

QString selectFrom(const QSqlDatabase& db)
{
    static const QString kPattern = QStringLiteral(
        "SELECT e.id, e.class, e.address, e.lat, e.lon, e.zone_id, e.owner, e.opened_at, e.deadline_at, e.closed_at, "
        "e.closed_by, e.result, e.overdue_at, "
        "(SELECT COUNT(*) FROM ledger_marks m WHERE m.entry_id = e.id), "
        "(SELECT COUNT(DISTINCT m.incident_id) FROM ledger_marks m WHERE m.entry_id = e.id), "
        "(SELECT %1 FROM ledger_marks m WHERE m.entry_id = e.id), "
        "(SELECT MAX(m.at) FROM ledger_marks m WHERE m.entry_id = e.id), "
        "(SELECT COUNT(*) FROM ledger_actions a WHERE a.entry_id = e.id), "
        "(SELECT a.text FROM ledger_actions a WHERE a.entry_id = e.id ORDER BY a.id DESC LIMIT 1) "
    "FROM ledger_entries e ");
    return kPattern.arg(sql::dialect::distinctList(db, QStringLiteral("m.mark")));
}

QList<LedgerEntry> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, selectFrom(db) + rest, binds);
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.cls = q.value(1).toString();
        e.address = q.value(2).toString();
        if (!q.value(3).isNull() && !q.value(4).isNull())
            e.position = GeoPoint{q.value(3).toDouble(), q.value(4).toDouble()};
        e.zoneId = q.value(5).toLongLong();
        e.owner = q.value(6).toString();
        e.openedAtMs = q.value(7).toLongLong();
        e.deadlineMs = q.value(8).toLongLong();
        e.closedAtMs = q.value(9).toLongLong();
        e.closedBy = q.value(10).toString();
        e.result = q.value(11).toString();
        e.overdueAtMs = q.value(12).toLongLong();
        e.markCount = q.value(13).toInt();
        e.incidentCount = q.value(14).toInt();
        e.marks = q.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        std::sort(e.marks.begin(), e.marks.end());
        e.lastMarkAtMs = q.value(16).toLongLong();
        e.actionCount = q.value(17).toInt();
        e.lastAction = q.value(18).toString();
        out.append(e);
    }
    return out;
}

} // namespace

qint64 LedgerRepository::insert(const QSqlDatabase& db, const LedgerEntry& e)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO ledger_entries(class, address, lat, lon, zone_id, owner, opened_at, "
                                   "deadline_at) VALUES (?,?,?,?,?,?,?,?)"),
                    {e.cls, sql::text(e.address),
                     sql::doubleOrNull(e.position ? std::optional(e.position->lat) : std::nullopt),
                     sql::doubleOrNull(e.position ? std::optional(e.position->lon) : std::nullopt),
                     sql::idOrNull(e.zoneId), sql::text(e.owner), e.openedAtMs, e.deadlineMs})
        .lastInsertId()
        .toLongLong();
}

void LedgerRepository::update(const QSqlDatabase& db, const LedgerEntry& e)
{
    sql::run(db,
             QStringLiteral("UPDATE ledger_entries SET owner = ?, closed_at = ?, closed_by = ?, result = ?, overdue_at = ? "
                            "WHERE id = ?"),
             {sql::text(e.owner), sql::idOrNull(e.closedAtMs), sql::text(e.closedBy), sql::text(e.result),
              sql::idOrNull(e.overdueAtMs), e.id});
}

std::optional<LedgerEntry> LedgerRepository::find(const QSqlDatabase& db, qint64 id)
{
    const QList<LedgerEntry> l = select(db, QStringLiteral("WHERE e.id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

QList<LedgerEntry> LedgerRepository::open(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE e.closed_at IS NULL ORDER BY e.deadline_at, e.id"));
}

QList<LedgerEntry> LedgerRepository::openPlacesOfClass(const QSqlDatabase& db, const QString& cls,
                                                       const QString& address, const std::optional<GeoPoint>& position,
                                                       double radiusMetres)
{
    // The box about the circle: the caller's exact distance decides. Without a position its bounds are NULL and hold
    // nothing; an empty address matches no entry's.
    QVariantList box(4, QVariant(QMetaType::fromType<double>()));
    if (position) {
        const GeoBox b = geo::boxAround(*position, radiusMetres);
        box = {b.minLat, b.maxLat, b.minLon, b.maxLon};
    }
    QList<LedgerEntry> out;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, address, lat, lon FROM ledger_entries WHERE closed_at IS NULL"
                                           " AND class = ? AND ((address <> '' AND address = ?)"
                                           " OR (lat >= ? AND lat <= ? AND lon >= ? AND lon <= ?))"
                                           " ORDER BY opened_at DESC, id DESC"),
                            QVariantList{cls, address.trimmed()} + box);
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.cls = cls;
        e.address = q.value(1).toString();
        if (!q.isNull(2) && !q.isNull(3))
            e.position = GeoPoint{q.value(2).toDouble(), q.value(3).toDouble()};
        out.append(e);
    }
    return out;
}

QList<LedgerEntry> LedgerRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE e.closed_at IS NULL AND e.overdue_at IS NULL AND e.deadline_at < ? "
                                     "ORDER BY e.deadline_at"),
                  {nowMs});
}

QList<LedgerEntry> LedgerRepository::openedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    return select(db, QStringLiteral("WHERE e.opened_at >= ? AND e.opened_at < ? ORDER BY e.opened_at, e.id"), {fromMs, toMs});
}

QList<LedgerEntry> LedgerRepository::closedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    return select(db, QStringLiteral("WHERE e.closed_at >= ? AND e.closed_at < ? ORDER BY e.closed_at, e.id"), {fromMs, toMs});
}

QList<LedgerEntry> LedgerRepository::openAt(const QSqlDatabase& db, qint64 atMs)
{
    return select(db, QStringLiteral("WHERE e.opened_at < ? AND (e.closed_at IS NULL OR e.closed_at >= ?) "
                                     "ORDER BY e.deadline_at, e.id"),
                  {atMs, atMs});
}

std::optional<qint64> LedgerRepository::entryOfMark(const QSqlDatabase& db, qint64 markId)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT entry_id FROM ledger_marks WHERE mark_id = ?"), {markId});
    return v.isValid() && !v.isNull() ? std::optional(v.toLongLong()) : std::nullopt;
}

int LedgerRepository::marksBetween(const QSqlDatabase& db, qint64 entryId, qint64 fromMs, qint64 toMs)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ledger_marks WHERE entry_id = ? AND at >= ? AND at < ?"),
                       {entryId, fromMs, toMs})
        .toInt();
}

void LedgerRepository::insertMark(const QSqlDatabase& db, qint64 entryId, qint64 markId, qint64 incidentId,
                                  const QString& mark, qint64 atMs)
{
    sql::run(db, QStringLiteral("INSERT INTO ledger_marks(entry_id, mark_id, incident_id, mark, at) VALUES (?,?,?,?,?)"),
             {entryId, markId, incidentId, mark, atMs});
}

QList<qint64> LedgerRepository::incidents(const QSqlDatabase& db, qint64 entryId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT incident_id FROM ledger_marks WHERE entry_id = ? GROUP BY incident_id "
                                               "ORDER BY MIN(id)"),
                            {entryId});
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 LedgerRepository::insertAction(const QSqlDatabase& db, const LedgerAction& a)
{
    return sql::run(db, QStringLiteral("INSERT INTO ledger_actions(entry_id, at, by, text) VALUES (?,?,?,?)"),
                    {a.entryId, a.atMs, sql::text(a.by), a.text})
        .lastInsertId()
        .toLongLong();
}

QList<LedgerAction> LedgerRepository::actions(const QSqlDatabase& db, qint64 entryId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, entry_id, at, by, text FROM ledger_actions WHERE entry_id = ? "
                                               "ORDER BY id"),
                            {entryId});
    QList<LedgerAction> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

} // namespace dispatch
