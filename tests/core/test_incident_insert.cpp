// SPDX-License-Identifier: GPL-3.0-or-later
// One way an incident row is written (IncidentRepository::insert): a call taken at the desk, an imported CAD row and
// a generated one, each read back and written again through it into another store, come out column for column the
// same, value and storage class alike.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/ImportRepository.h"
#include "store/IncidentRepository.h"
#include "store/Sql.h"

#include <QFile>
#include <QMap>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// Every column of an incident row but its id, by name: "NULL", or the storage class's type and the value.
QMap<QString, QString> rowOf(const QSqlDatabase& db, qint64 id)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT * FROM incidents WHERE id = ?"), {id});
    REQUIRE(q.next());
    QMap<QString, QString> row;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        // The id and the row version (how often the row was changed since) are not what was written.
        if (r.fieldName(i) != QLatin1String("id") && r.fieldName(i) != QLatin1String("row_version"))
            row.insert(r.fieldName(i), q.isNull(i) ? QStringLiteral("NULL")
                                                   : QString::fromLatin1(q.value(i).typeName()) + u':' + q.value(i).toString());
    return row;
}

/// What the row holds besides the Incident.
IncidentHistory historyOf(const QSqlDatabase& db, qint64 id)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT import_id, first_dispatched_at, first_signed_for_at, first_on_scene_at "
                                           "FROM incidents WHERE id = ?"),
                            {id});
    REQUIRE(q.next());
    IncidentHistory h;
    h.importId = q.value(0).toLongLong();
    h.firstDispatchedMs = q.optionalInteger(1);
    h.firstSignedForMs = q.optionalInteger(2);
    h.firstOnSceneMs = q.optionalInteger(3);
    return h;
}

} // namespace

TEST_CASE("a call, an imported row and a generated one are each the row IncidentRepository::insert writes",
          "[store][history]")
{
    TestStore s(TestStore::Demo, QStringLiteral("dispatcher"));
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.callerName = QStringLiteral("王先生");
    d.callerPhone = QStringLiteral("13800000000");
    d.address = QStringLiteral("人民路 12 号");
    d.summary = QStringLiteral("两人在医院门口打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = GeoPoint{22.777, 100.970};
    auto call = svc.createIncident(d);
    REQUIRE(call.ok());
    REQUIRE(svc.dispatchUnits(*call, {{svc.board().unitByCallsign(QStringLiteral("特巡08"))->id}}).ok());

    s.signIn(QStringLiteral("admin"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("h.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,recv,disp,scene,pri,type,loc\n"
                "1,2026-11-01 08:00:00,2026-11-01 08:01:00,2026-11-01 08:04:00,A,theft,\"(22.78, 100.97)\"\n"
                "2,2026-11-01 09:00:00,,,B,fight,\n");
    }
    auto profile = ImportProfile::fromJson(
        R"({"name":"small","source":"T","grain":"incident","on_bad_row":"skip",
            "columns":{"incident_id":"id","received":"recv","dispatched":"disp","on_scene":"scene","priority":"pri",
                       "call_type":"type","location":"loc"},
            "timestamp":{"format":"yyyy-MM-dd HH:mm:ss","time_zone":"Asia/Shanghai"},
            "line":"110","categories":{"theft":"criminal","fight":"public_order"},"priorities":{"A":1,"B":2}})",
        QStringLiteral("small.json"));
    REQUIRE(profile.ok());
    auto imported = svc.importHistory(*profile, csv);
    REQUIRE(imported.ok());
    REQUIRE(imported->incidents == 2);
    GenerateOptions o;
    o.incidents = 40;
    o.days = 3;
    REQUIRE(svc.generateHistory(o).ok());

    // Another store with the same district (the same zone and user ids) and the same import records.
    TestStore other(TestStore::Demo, QStringLiteral("admin"));
    const QSqlDatabase& from = s.db().connection();
    const QSqlDatabase& into = other.db().connection();
    for (sql::Query q = sql::run(from, QStringLiteral("SELECT id, source, profile, file, imported_at, imported_by FROM "
                                                      "imports ORDER BY id"));
         q.next();) {
        ImportRecord r;
        r.source = q.value(1).toString();
        r.profile = q.value(2).toString();
        r.file = q.value(3).toString();
        r.importedAtMs = q.value(4).toLongLong();
        r.importedBy = q.value(5).toString();
        REQUIRE(ImportRepository::insert(into, r) == q.value(0).toLongLong());
    }
    QStringList origins;
    for (sql::Query q = sql::run(from, QStringLiteral("SELECT id, origin FROM incidents ORDER BY id")); q.next();) {
        const qint64 id = q.value(0).toLongLong();
        const std::optional<Incident> incident = IncidentRepository::find(from, id);
        REQUIRE(incident);
        const qint64 again = IncidentRepository::insert(into, *incident, historyOf(from, id));
        INFO("incident " << id);
        CHECK(rowOf(into, again) == rowOf(from, id));
        origins << q.value(1).toString();
    }
    CHECK(origins.count(QStringLiteral("live")) == 1);
    CHECK(origins.count(QStringLiteral("imported")) == 42);
    // The command's row has its first unit's time, the imported one its units' times.
    CHECK(rowOf(from, *call).value(QStringLiteral("first_dispatched_at")) != QStringLiteral("NULL"));
    CHECK(historyOf(from, *call).firstDispatchedMs == s.clock().nowMs());
}
