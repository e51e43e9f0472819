// SPDX-License-Identifier: GPL-3.0-or-later
// The first unit's times of an incident (first dispatched, first signed for, first on scene), which history, the
// statistics and the handover read: stamped once by the dispatch commands, a later unit leaving them alone; a store
// from before (whose triggers stamped them) keeps the times it holds when the triggers go.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/Schema.h"
#include "store/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;

struct FirstTimes
{
    std::optional<qint64> dispatched, signedFor, onScene;
    bool operator==(const FirstTimes&) const = default;
};

FirstTimes firstTimes(const QSqlDatabase& db, qint64 incidentId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT first_dispatched_at, first_signed_for_at, first_on_scene_at FROM incidents "
                                           "WHERE id = ?"),
                            {incidentId});
    REQUIRE(q.next());
    return {q.optionalInteger(0), q.optionalInteger(1), q.optionalInteger(2)};
}

int triggersOnAssignments(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'assignments'"))
        .toInt();
}

qint64 unitId(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

} // namespace

TEST_CASE("the first unit's times are stamped once by the dispatch commands", "[dispatch][history][sqlite]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const QSqlDatabase& db = s.db().connection();
    CHECK(triggersOnAssignments(db) == 0); // the commands keep them, nothing else

    IncidentDraft d;
    d.summary = QStringLiteral("两人在医院门口打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = GeoPoint{22.777, 100.970};
    auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{});

    const qint64 a = unitId(svc, "特巡08");
    const qint64 b = unitId(svc, "特巡01");
    const qint64 t0 = s.clock().nowMs();
    REQUIRE(svc.dispatchUnits(*incident, {{a}}).ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{t0, {}, {}});

    // A second unit sent later changes nothing.
    s.clock().advanceSecs(20);
    REQUIRE(svc.dispatchUnits(*incident, {{b}}).ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{t0, {}, {}});

    // The second unit signs for first: its time is the incident's first sign-for.
    s.clock().advanceSecs(10);
    const qint64 t1 = s.clock().nowMs();
    REQUIRE(svc.advanceUnit(b, UnitState::Acknowledged).ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{t0, t1, {}});

    // The first unit reaches the scene (its sign-for implied, later than the other's): only the on-scene time is new.
    s.clock().advanceSecs(200);
    const qint64 t2 = s.clock().nowMs();
    REQUIRE(svc.advanceUnit(a, UnitState::OnScene).ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{t0, t1, t2});

    // The second one arriving later, and both leaving, change nothing.
    s.clock().advanceSecs(60);
    REQUIRE(svc.advanceUnit(b, UnitState::OnScene).ok());
    s.clock().advanceSecs(60);
    REQUIRE(svc.clearUnit(b, UnitState::AvailablePatrol, QStringLiteral("处置完毕")).ok());
    CHECK(firstTimes(db, *incident) == FirstTimes{t0, t1, t2});

    // What the statistics read from them: one incident, dispatched t0 after it was received.
    StatsQuery q;
    q.origins = {QStringLiteral("live")};
    auto stats = svc.statistics(q);
    REQUIRE(stats.ok());
    CHECK(stats->receivedToDispatched.n == 1);
    CHECK(stats->dispatchedToOnScene.n == 1);
    CHECK(stats->dispatchedToOnScene.p50 == double(t2 - t0) / kSecond);
}

TEST_CASE("a store of schema 19 keeps its first-unit times when the triggers that stamped them go",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v19.sqlite"));
    {
        // A store as schema 19 left it, with an incident whose unit's steps the triggers stamped.
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-19"));
        c.setDatabaseName(path);
        REQUIRE(c.open());
        for (const Schema::Step& step : Schema::steps())
            if (step.toVersion <= 19)
                step.apply(c);
        sql::run(c, QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
        sql::run(c, QStringLiteral("PRAGMA user_version = 19"));
        CHECK(triggersOnAssignments(c) == 2);
        sql::run(c, QStringLiteral("INSERT INTO incidents(id, number, line, state, state_since, received_at, created_at, "
                                   "updated_at) VALUES (1, '20261122-00001', '110', 'on_scene', 0, 1000, 1000, 1000)"));
        sql::run(c, QStringLiteral("INSERT INTO units(id, callsign, type, state, state_since) VALUES (1, 'U1', 'patrol', "
                                   "'on_scene', 0), (2, 'U2', 'patrol', 'dispatched', 0)"));
        sql::run(c, QStringLiteral("INSERT INTO assignments(incident_id, unit_id, dispatched_at, sign_for_deadline) VALUES "
                                   "(1, 1, 2000, 62000), (1, 2, 2500, 62500)"));
        sql::run(c, QStringLiteral("UPDATE assignments SET acknowledged_at = 3000, en_route_at = 3000, on_scene_at = 5000 "
                                   "WHERE unit_id = 1"));
        CHECK(firstTimes(c, 1) == FirstTimes{2000, 3000, 5000});
        sql::forgetStatements(c);
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-19"));

    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->migratedFrom() == 19);
    CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
    const QSqlDatabase& c = (*db)->connection();
    CHECK(triggersOnAssignments(c) == 0);
    CHECK(firstTimes(c, 1) == FirstTimes{2000, 3000, 5000});
    // A write to the assignments alone no longer stamps anything: the commands do.
    sql::run(c, QStringLiteral("UPDATE assignments SET acknowledged_at = 2600 WHERE unit_id = 2"));
    CHECK(firstTimes(c, 1) == FirstTimes{2000, 3000, 5000});
}
