// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingStore.h"

#include "demo/DistrictData.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dispatch {

namespace {

void createTables(const QSqlDatabase& db)
{
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
        sql::run(db, QString::fromLatin1(s));
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

} // namespace

bool TrainingStore::isTrainingStore(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'training'")).toString() == QLatin1String("1");
}

Result<std::unique_ptr<Database>> TrainingStore::open(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{tr("no training store here"), path};
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    try {
        if (!isTrainingStore((*db)->connection()))
            return Error{tr("this store is not a training store: an exercise never runs on a live store"), path};
        createTables((*db)->connection());
    } catch (const DispatchError& e) {
        return e.error();
    }
    (*db)->useScratchDurability();
    return std::move(db).value();
}

Result<std::unique_ptr<Database>> TrainingStore::create(const QString& path, const Scenario& scenario,
                                                        const QList<QPair<QString, QString>>& trainees)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return Error{tr("a file is already there: a training store is always new"), path};
    auto opened = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    db->useScratchDurability();

    Result<DistrictData> district = DistrictLoader::demo();
    if (!district)
        return district.error();
    DistrictData d = std::move(district).value();
    d.passwordIterations = 1000; // demo accounts of a scratch store
    for (const auto& [username, name] : trainees)
        if (std::none_of(d.users.cbegin(), d.users.cend(), [&](const auto& u) { return u.user.username == username; }))
            d.users.append({User{0, username, name, Role::Dispatcher, true}, QStringLiteral("%1110").arg(username)});
    if (!scenario.demoUnits) {
        d.units.clear();
        const QTimeZone zone(d.centre.timeZone.toUtf8());
        for (const ScenarioUnit& su : scenario.units) {
            Unit u;
            u.callsign = su.callsign;
            u.type = su.type;
            u.position = su.position;
            u.state = UnitLifecycle::fromCode(su.state).value_or(UnitState::AvailablePatrol);
            u.officers = 1;
            if (!su.certificateNo.isEmpty()) {
                u.certificateNo = su.certificateNo;
                const QDate until = QDate::fromString(su.certificateValidUntil, Qt::ISODate);
                u.certificateExpiresMs = until.isValid() ? QDateTime(until.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() : 0;
            }
            d.units.append({u, su.station, su.stagingPoint});
        }
    }

    // Installed at the scenario's start, by the tool, so that every record's time is the exercise's.
    ManualClock clock(scenario.startMs);
    DispatchService svc(*db, clock, QStringLiteral("training"));
    svc.actAsSystem(QStringLiteral("simulator"));
    if (const Status s = svc.installDistrict(d); !s)
        return s.error();
    if (scenario.zones != QLatin1String("demo"))
        if (const auto z = svc.importZones(scenario.zones, ZoneImportOptions{}); !z)
            return z.error();
    for (const ScenarioUnit& su : scenario.units)
        if (const Unit* u = svc.board().unitByCallsign(su.callsign))
            svc.reportPosition(u->id, su.position, scenario.startMs);
    try {
        Transaction tx(*db);
        const QSqlDatabase& c = db->connection();
        db->setMeta(QStringLiteral("training"), QStringLiteral("1"));
        createTables(c);
        setMeta(c, QStringLiteral("scenario"), QString::fromUtf8(QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)));
        setMeta(c, QStringLiteral("title"), scenario.title);
        setMeta(c, QStringLiteral("start"), QString::number(scenario.startMs));
        for (const ScenarioEvent& e : scenario.events) {
            if (e.type != ScenarioEvent::Type::Call && e.type != ScenarioEvent::Type::Escalation)
                continue;
            // A further caller carries the event's truth as it stands at that call.
            const ScenarioEvent* origin = scenario.origin(e);
            ScenarioTruth t = e.truth ? *e.truth : (origin && origin->truth ? *origin->truth : ScenarioTruth{});
            if (!e.truth && origin)
                for (const ScenarioEvent& x : scenario.events)
                    if (x.type == ScenarioEvent::Type::Escalation && x.truth && x.atSeconds <= e.atSeconds
                        && scenario.origin(x) == origin)
                        t = *x.truth;
            insertCall(c, e, scenario.startMs + e.atSeconds * 1000, origin && origin != &e ? origin->id : QString(), t);
        }
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    return db;
}

QList<TrainingCall> TrainingStore::calls(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("ORDER BY ring_at, id"));
}

std::optional<TrainingCall> TrainingStore::call(const QSqlDatabase& db, const QString& ref)
{
    const QList<TrainingCall> one = select(db, QStringLiteral("WHERE ref = ?"), {ref});
    return one.isEmpty() ? std::nullopt : std::optional(one.first());
}

QList<TrainingCall> TrainingStore::ringing(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE ring_at <= ? AND incident_id IS NULL ORDER BY ring_at, id"), {nowMs});
}

void TrainingStore::link(const QSqlDatabase& db, const QString& ref, qint64 incidentId, bool merged, qint64 atMs)
{
    sql::run(db, QStringLiteral("UPDATE training_calls SET incident_id = ?, merged = ?, handled_at = ? WHERE ref = ? AND incident_id IS NULL"),
             {incidentId, merged ? 1 : 0, atMs, ref});
}

void TrainingStore::insertCall(const QSqlDatabase& db, const ScenarioEvent& e, qint64 ringAtMs, const QString& sameEventAs,
                               const ScenarioTruth& truth)
{
    sql::run(db,
             QStringLiteral("INSERT INTO training_calls(ref, ring_at, line, caller, phone, address, lat, lon, text, "
                            "same_event_as, escalation, truth) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
             {e.id, ringAtMs, e.line, sql::text(e.caller), sql::text(e.phone), sql::text(e.address),
              sql::doubleOrNull(e.position ? std::optional(e.position->lat) : std::nullopt),
              sql::doubleOrNull(e.position ? std::optional(e.position->lon) : std::nullopt), e.text, sql::text(sameEventAs),
              e.type == ScenarioEvent::Type::Escalation ? 1 : 0,
              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("category"), truth.category},
                                                          {QStringLiteral("priority"), truth.priority},
                                                          {QStringLiteral("divert_to"), truth.divertTo},
                                                          {QStringLiteral("mediation"), truth.mediation}})
                                    .toJson(QJsonDocument::Compact))});
}

void TrainingStore::setRecommended(const QSqlDatabase& db, const QString& ref, const QString& callsign)
{
    sql::run(db, QStringLiteral("UPDATE training_calls SET recommended = ? WHERE ref = ? AND recommended = ''"),
             {sql::text(callsign), ref});
}

QString TrainingStore::meta(const QSqlDatabase& db, const QString& key)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM training_meta WHERE key = ?"), {key}).toString();
}

void TrainingStore::setMeta(const QSqlDatabase& db, const QString& key, const QString& value)
{
    sql::run(db, QStringLiteral("INSERT INTO training_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
             {key, value});
}

} // namespace dispatch
