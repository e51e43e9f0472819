// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TrainingRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dispatch {

namespace {

void requireTransaction(const Database& db)
{
    if (!db.inTransaction())
        throw DispatchError(QStringLiteral("internal error: a training store write outside a transaction"));
}

QList<TrainingCall> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, ref, ring_at, line, caller, phone, address, lat, lon, text, same_event_as, "
                                           "escalation, truth, recommended, incident_id, merged, handled_at FROM training_calls ")
                                + rest,
                            binds);
    QList<TrainingCall> out;
    while (q.next()) {
        TrainingCall c;
        c.id = q.value(0).toLongLong();
        c.ref = q.value(1).toString();
        c.ringAtMs = q.value(2).toLongLong();
        c.line = q.value(3).toString();
        c.caller = q.value(4).toString();
        c.phone = q.value(5).toString();
        c.address = q.value(6).toString();
        if (!q.value(7).isNull())
            c.position = GeoPoint{q.value(7).toDouble(), q.value(8).toDouble()};
        c.text = q.value(9).toString();
        c.sameEventAs = q.value(10).toString();
        c.escalation = q.value(11).toBool();
        const QJsonObject t = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
        c.truth = {t.value(QStringLiteral("category")).toString(), t.value(QStringLiteral("priority")).toInt(),
                   t.value(QStringLiteral("divert_to")).toString(), t.value(QStringLiteral("mediation")).toBool()};
        c.recommended = q.value(13).toString();
        c.incidentId = q.value(14).toLongLong();
        c.merged = q.value(15).toBool();
        c.handledAtMs = q.value(16).toLongLong();
        out.append(c);
    }
    return out;
}

qint64 maxId(const QSqlDatabase& db, const char* table)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(MAX(id), 0) FROM %1").arg(QLatin1String(table))).toLongLong();
}

} // namespace

void TrainingRepository::createTables(Database& db)
{
    requireTransaction(db);
    for (const char* s : {
             "CREATE TABLE IF NOT EXISTS training_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
             "CREATE TABLE IF NOT EXISTS training_calls ("
             " id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, ring_at INTEGER NOT NULL,"
             " line TEXT NOT NULL, caller TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
             " address TEXT NOT NULL DEFAULT '', lat REAL, lon REAL, text TEXT NOT NULL,"
             " same_event_as TEXT NOT NULL DEFAULT '', escalation INTEGER NOT NULL DEFAULT 0, truth TEXT NOT NULL,"
             " recommended TEXT NOT NULL DEFAULT '', incident_id INTEGER REFERENCES incidents(id),"
             " merged INTEGER NOT NULL DEFAULT 0, handled_at INTEGER)",
             "CREATE INDEX IF NOT EXISTS training_calls_ring ON training_calls(ring_at)"})
        sql::run(db.connection(), QString::fromLatin1(s));
}

bool TrainingRepository::isTrainingStore(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'training'")).toString() == QLatin1String("1");
}

QString TrainingRepository::meta(const QSqlDatabase& db, const QString& key)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM training_meta WHERE key = ?"), {key}).toString();
}

void TrainingRepository::setMeta(Database& db, const QString& key, const QString& value)
{
    requireTransaction(db);
    sql::run(db.connection(),
             QStringLiteral("INSERT INTO training_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
             {key, sql::text(value)});
}

QList<TrainingCall> TrainingRepository::calls(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("ORDER BY ring_at, id"));
}

std::optional<TrainingCall> TrainingRepository::call(const QSqlDatabase& db, const QString& ref)
{
    const QList<TrainingCall> one = select(db, QStringLiteral("WHERE ref = ?"), {ref});
    return one.isEmpty() ? std::nullopt : std::optional(one.first());
}

QList<TrainingCall> TrainingRepository::ringing(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE ring_at <= ? AND incident_id IS NULL ORDER BY ring_at, id"), {nowMs});
}

void TrainingRepository::insertCall(Database& db, const TrainingCall& c)
{
    requireTransaction(db);
    sql::run(db.connection(),
             QStringLiteral("INSERT INTO training_calls(ref, ring_at, line, caller, phone, address, lat, lon, text, "
                            "same_event_as, escalation, truth) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
             {c.ref, c.ringAtMs, c.line, sql::text(c.caller), sql::text(c.phone), sql::text(c.address),
              sql::doubleOrNull(c.position ? std::optional(c.position->lat) : std::nullopt),
              sql::doubleOrNull(c.position ? std::optional(c.position->lon) : std::nullopt), c.text, sql::text(c.sameEventAs),
              c.escalation ? 1 : 0,
              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("category"), c.truth.category},
                                                          {QStringLiteral("priority"), c.truth.priority},
                                                          {QStringLiteral("divert_to"), c.truth.divertTo},
                                                          {QStringLiteral("mediation"), c.truth.mediation}})
                                    .toJson(QJsonDocument::Compact))});
}

void TrainingRepository::link(Database& db, const QString& ref, qint64 incidentId, bool merged, qint64 atMs)
{
    requireTransaction(db);
    sql::run(db.connection(),
             QStringLiteral("UPDATE training_calls SET incident_id = ?, merged = ?, handled_at = ? WHERE ref = ? AND incident_id IS NULL"),
             {incidentId, merged ? 1 : 0, atMs, ref});
}

void TrainingRepository::setRecommended(Database& db, const QString& ref, const QString& callsign)
{
    requireTransaction(db);
    sql::run(db.connection(), QStringLiteral("UPDATE training_calls SET recommended = ? WHERE ref = ? AND recommended = ''"),
             {sql::text(callsign), ref});
}

TrainingRepository::LastIds TrainingRepository::lastIds(const QSqlDatabase& db)
{
    return {maxId(db, "incidents"), maxId(db, "incident_callers"), maxId(db, "assignments")};
}

QList<TrainingRepository::NewIncident> TrainingRepository::incidentsAfter(const QSqlDatabase& db, qint64 incidentId)
{
    QList<NewIncident> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, source_ref, created_at FROM incidents WHERE id > ? ORDER BY id"),
                                 {incidentId});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

QList<TrainingRepository::NewCaller> TrainingRepository::callersAfter(const QSqlDatabase& db, qint64 callerId)
{
    QList<NewCaller> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, incident_id, source_ref, added_at FROM incident_callers WHERE id > ? "
                                                    "ORDER BY id"),
                                 {callerId});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

QList<TrainingRepository::NewAssignment> TrainingRepository::assignmentsAfter(const QSqlDatabase& db, qint64 assignmentId)
{
    QList<NewAssignment> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, dispatched_at FROM assignments WHERE id > ? ORDER BY id"),
                                 {assignmentId});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

std::optional<TrainingRepository::Assigned> TrainingRepository::assigned(const QSqlDatabase& db, qint64 assignmentId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT unit_id, incident_id, released_at FROM assignments WHERE id = ?"),
                            {assignmentId});
    if (!q.next())
        return std::nullopt;
    return Assigned{q.value(0).toLongLong(), q.value(1).toLongLong(), !q.value(2).isNull()};
}

std::optional<TrainingRepository::Outcome> TrainingRepository::outcome(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT number, category, priority, divert_to, created_at, first_dispatched_at, "
                                               "first_signed_for_at, first_on_scene_at, (SELECT MIN(at) FROM feedback f "
                                               "WHERE f.incident_id = i.id), CASE WHEN state = 'closed' THEN state_since END, "
                                               "(SELECT u.callsign FROM assignments a JOIN units u ON u.id = a.unit_id WHERE "
                                               "a.incident_id = i.id ORDER BY a.id LIMIT 1) FROM incidents i WHERE id = ?"),
                            {incidentId});
    if (!q.next())
        return std::nullopt;
    Outcome o;
    o.number = q.value(0).toString();
    o.category = q.value(1).toString();
    o.priority = q.value(2).toInt();
    o.divertTo = q.value(3).toString();
    o.savedAtMs = q.value(4).toLongLong();
    o.dispatchedAtMs = q.value(5).toLongLong();
    o.signedForAtMs = q.value(6).toLongLong();
    o.onSceneAtMs = q.value(7).toLongLong();
    o.feedbackAtMs = q.value(8).toLongLong();
    o.closedAtMs = q.value(9).toLongLong();
    o.firstUnit = q.value(10).toString();
    return o;
}

QList<TrainingRepository::UnitClock> TrainingRepository::unitClocks(const QSqlDatabase& db, qint64 nowMs)
{
    QList<UnitClock> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT c.kind, c.outcome, c.deadline, c.stopped_at FROM incident_clocks c JOIN "
                                                    "incidents i ON i.id = c.incident_id WHERE i.origin = 'exercise' AND c.kind IN "
                                                    "('sign_for','arrival') AND c.started_at <= ?"),
                                 {nowMs});
         q.next();)
        out.append({q.value(0).toString() == QLatin1String("sign_for"), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).isNull()});
    return out;
}

qint64 TrainingRepository::incidentCount(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")).toLongLong();
}

qint64 TrainingRepository::dispatchedCount(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE first_dispatched_at IS NOT NULL")).toLongLong();
}

QString TrainingRepository::stateHash(const QSqlDatabase& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto dump = [&](const QString& table, const QString& columns) {
        sql::Query q = sql::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table));
        h.addData(table.toUtf8());
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                cells << (v.isNull() ? QStringLiteral("∅")
                          : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 6)
                                                            : v.toString());
            }
            h.addData(cells.join(u'|').toUtf8());
            h.addData("\n");
        }
    };
    dump(QStringLiteral("incidents"), QStringLiteral("id, number, line, category, priority, state, state_since, received_at, "
                                                     "divert_to, merged_into, first_dispatched_at, first_signed_for_at, first_on_scene_at"));
    dump(QStringLiteral("incident_callers"), QStringLiteral("id, incident_id, phone, received_at, added_at, source_ref"));
    dump(QStringLiteral("units"), QStringLiteral("id, callsign, state, state_since, incident_id, lat, lon, fix_at"));
    dump(QStringLiteral("assignments"), QStringLiteral("id, incident_id, unit_id, dispatched_at, acknowledged_at, en_route_at, "
                                                       "on_scene_at, released_at, release"));
    dump(QStringLiteral("incident_clocks"), QStringLiteral("id, incident_id, kind, deadline, stopped_at, outcome, breached_at"));
    dump(QStringLiteral("feedback"), QStringLiteral("id, incident_id, unit_id, at, disposition"));
    dump(QStringLiteral("instructions"), QStringLiteral("id, class, received_at, signed_at, forwarded_at, answered_at"));
    dump(QStringLiteral("training_calls"), QStringLiteral("id, ref, incident_id, merged, handled_at, recommended"));
    return QString::fromLatin1(h.result().toHex());
}

QList<TrainingRepository::HistoryIncident> TrainingRepository::historyIncidents(const QSqlDatabase& db, qint64 fromMs,
                                                                                qint64 toMs, int limit)
{
    QList<HistoryIncident> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, number, line, caller_name, caller_phone, address, lat, lon, summary, "
                                                    "category, priority, divert_to, mediation, received_at FROM incidents WHERE "
                                                    "received_at >= ? AND received_at < ? AND origin <> 'exercise' "
                                                    "ORDER BY received_at, id LIMIT ?"),
                                 {fromMs, toMs, limit});
         q.next();) {
        HistoryIncident i;
        i.id = q.value(0).toLongLong();
        i.number = q.value(1).toString();
        i.line = q.value(2).toString();
        i.callerName = q.value(3).toString();
        i.callerPhone = q.value(4).toString();
        i.address = q.value(5).toString();
        if (!q.value(6).isNull() && !q.value(7).isNull())
            i.position = GeoPoint{q.value(6).toDouble(), q.value(7).toDouble()};
        i.summary = q.value(8).toString();
        i.category = q.value(9).toString();
        i.priority = q.value(10).toInt();
        i.divertTo = q.value(11).toString();
        i.mediation = q.value(12).toBool();
        i.receivedAtMs = q.value(13).toLongLong();
        out.append(i);
    }
    return out;
}

QList<TrainingRepository::HistoryCaller> TrainingRepository::historyCallers(const QSqlDatabase& db, qint64 incidentId)
{
    QList<HistoryCaller> out;
    for (sql::Query c = sql::run(db, QStringLiteral("SELECT id, line, name, phone, address, summary, received_at FROM "
                                                    "incident_callers WHERE incident_id = ? ORDER BY id"),
                                 {incidentId});
         c.next();)
        out.append({c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString(), c.value(3).toString(),
                    c.value(4).toString(), c.value(5).toString(), c.value(6).toLongLong()});
    return out;
}

} // namespace dispatch
