// SPDX-License-Identifier: GPL-3.0-or-later
// A centre's store on a PostgreSQL server: what only a server store does (its address, the schema written in one
// go, refusing a database that is not a store, the notification that wakes the other desks, a lost connection
// said and mended). Everything else a store does is the rest of the suite, which runs
// once more against the server (ctest's "core on server:" tests).
#include "CatchQt.h"
#include "CtlRun.h"
#include "OtherDesk.h"
#include "TestServer.h"
#include "TestStore.h"


#include "store/Database.h"
#include "store/EventLog.h"
#include "store/FollowUpItemRepository.h"
#include "store/IncidentRepository.h"
#include "store/ServerWatch.h"
#include "store/StoreCheck.h"
#include "store/Sql.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("a server address is told from a file path", "[server]")
{
    CHECK(Database::isServerAddress(QStringLiteral("postgresql://dispatch@db.centre/dispatch")));
    CHECK(Database::isServerAddress(QStringLiteral("postgres:///dispatch")));
    CHECK_FALSE(Database::isServerAddress(QStringLiteral("/var/lib/dispatch/dispatch.sqlite")));
    CHECK_FALSE(Database::isServerAddress(QStringLiteral("postgresql.sqlite")));

    // An address without a database is refused before any connection, naming the form it needs.
    auto none = Database::open(QStringLiteral("postgresql://dispatch@db.centre"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorString().contains(QStringLiteral("names no database")));
}

TEST_CASE("server: a new database becomes a store at the current schema; opened again it is the same store",
          "[server][.]")
{
    const QString uri = createServerDatabase();
    {
        auto db = Database::open(uri);
        REQUIRE(db.ok());
        CHECK((*db)->isServer());
        CHECK((*db)->wasCreated());
        CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
        CHECK((*db)->handle() == nullptr);
    }
    {
        auto again = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE(again.ok());
        CHECK_FALSE((*again)->wasCreated());
        CHECK((*again)->schemaVersion() == Database::kSchemaVersion);
        CHECK(EventLog::verify((*again)->connection()).ok);
    }
    dropServerDatabase(uri);
}

TEST_CASE("server: a database that holds something else is refused and left as it was", "[server][.]")
{
    const QString uri = createServerDatabase();
    {
        auto plain = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE_FALSE(plain.ok());
        CHECK(plain.errorString().contains(QStringLiteral("holds no store")));
    }
    {
        // Someone else's table: not a store, and nothing is written into it.
        auto db = Database::open(uri);
        REQUIRE(db.ok());
        sql::run((*db)->connection(), QStringLiteral("DROP TABLE meta CASCADE"));
        sql::run((*db)->connection(), QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    }
    auto other = Database::open(uri);
    REQUIRE_FALSE(other.ok());
    CHECK(other.errorString().contains(QStringLiteral("not a dispatcher store")));
    dropServerDatabase(uri);
}

TEST_CASE("server: the log refuses changes and an accepted handover is frozen, as on SQLite", "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    const QSqlDatabase& c = s.db().connection();
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("UPDATE events SET kind = 'x' WHERE seq = 1")),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("DELETE FROM events WHERE seq = 1")), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("TRUNCATE events CASCADE")), Catch::Contains("append-only"));
    CHECK(EventLog::verify(c).ok);
}

TEST_CASE("server: another desk's commit wakes this desk, which reads it from the feed; its own commits do not",
          "[server][.]")
{
    TestStore s;
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
    ServerWatch watch(*two.db, two.ownClock);
    watch.start();
    REQUIRE(watch.isListening());
    QSignalSpy woken(&watch, &ServerWatch::woken);

    // Two commits of this desk, then one of the other: the notifications come in commit order, so by the time the
    // other desk's has come, this desk's own have come too; only the other's wakes it.
    takeCall(*two.service, QStringLiteral("本席位的警情一"));
    takeCall(*two.service, QStringLiteral("本席位的警情二"));
    const qint64 theirs = takeCall(s.service(), QStringLiteral("另一席位的警情"));
    REQUIRE(woken.wait(5000));
    while (woken.wait(300)) {
    }
    CHECK(woken.count() == 1);
    CHECK_FALSE(two.service->board().incident(theirs));
    two.service->catchUp();
    CHECK(two.service->board().incident(theirs));
}

TEST_CASE("server: a lost connection is said at once with its time, mended by itself, and the desk listens again",
          "[server][.]")
{
    TestStore s;
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
    ServerWatch watch(*two.db, two.ownClock);
    watch.start();
    QSignalSpy lost(&watch, &ServerWatch::connectionLost);
    QSignalSpy restored(&watch, &ServerWatch::connectionRestored);
    QSignalSpy woken(&watch, &ServerWatch::woken);
    QSignalSpy readFailed(two.service.get(), &DispatchService::storeReadFailed);

    // The server goes away (every connection ended, nobody let in).
    endConnections(s.path(), true);
    const qint64 down = two.ownClock.nowMs();
    two.service->poll(); // the desk's tick: a failure said, never thrown
    CHECK(readFailed.count() == 1);
    watch.check();
    REQUIRE(lost.count() == 1);
    CHECK(lost.at(0).at(0).toLongLong() == down);
    CHECK_FALSE(lost.at(0).at(1).toString().isEmpty());
    CHECK(restored.isEmpty());
    REQUIRE(watch.lostSinceMs());

    // Still down at the next check: said again, with the same start.
    two.ownClock.advanceMs(4000);
    watch.check();
    REQUIRE(lost.count() == 2);
    CHECK(lost.at(1).at(0).toLongLong() == down);
    CHECK(restored.isEmpty());

    // Back: both connections opened again, the desk told how long it was out and woken to catch up.
    allowConnections(s.path());
    two.ownClock.advanceMs(2000);
    watch.check();
    REQUIRE(restored.count() == 1);
    CHECK(restored.at(0).at(0).toLongLong() == 6000);
    CHECK_FALSE(watch.lostSinceMs());
    CHECK(woken.count() == 1);
    CHECK(watch.isListening());

    // Listening again on the fresh connection: the other desk's next call wakes this one, which takes calls again.
    REQUIRE(s.db().reconnect().ok());
    const qint64 theirs = takeCall(s.service(), QStringLiteral("恢复后的警情"));
    REQUIRE(woken.wait(5000));
    two.service->catchUp();
    CHECK(two.service->board().incident(theirs));
    takeCall(*two.service, QStringLiteral("本席位恢复后的警情"));
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("server: an event edited behind the application's back is named by the store check", "[server][.]")
{
    TestStore s;
    takeCall(s.service(), QStringLiteral("被篡改的警情"));
    const QSqlDatabase& c = s.db().connection();
    REQUIRE(StoreCheckReport::run(s.db()).chain.ok);
    const qint64 last = sql::scalar(c, QStringLiteral("SELECT max(seq) FROM events")).toLongLong();
    // Someone with the server's superuser rights goes around the log's triggers, as a forger would.
    sql::run(c, QStringLiteral("ALTER TABLE events DISABLE TRIGGER USER"));
    sql::run(c, QStringLiteral("UPDATE events SET payload = '{\"forged\":true}' WHERE seq = ?"), {last - 1});
    sql::run(c, QStringLiteral("ALTER TABLE events ENABLE TRIGGER USER"));
    const StoreCheckReport r = StoreCheckReport::run(s.db());
    CHECK_FALSE(r.chain.ok);
    CHECK(r.chain.brokenSeq == last - 1);
    CHECK_FALSE(r.chain.reason.isEmpty());
}

TEST_CASE("server: a store at an older schema is brought to the current one in one transaction when opened",
          "[server][.]")
{
    TestStore s; // a fresh database on the test server with the demo district
    REQUIRE(s.db().isServer());
    const QString uri = s.path();
    const qint64 incident = takeCall(s.service(), QStringLiteral("路口两车相撞"));
    {
        // What a store written at schema 21 looks like: no row versions, no declared follow-up lists, no index of
        // handed-in incidents.
        auto db = Database::open(uri, Database::Mode::Inspect);
        REQUIRE(db.ok());
        for (const char* statement :
             {"ALTER TABLE incidents DROP COLUMN row_version", "ALTER TABLE units DROP COLUMN row_version",
              "DROP TABLE follow_up_notes", "DROP TABLE follow_up_items", "DROP INDEX incidents_handed_in_ref",
              "DROP TABLE phone_calls", "DROP TABLE map_roads", "DROP TABLE map_places", "DROP TABLE map_areas",
              "DROP TABLE gazetteer", "DROP INDEX incidents_cell", "DROP INDEX incidents_received_place",
              "CREATE INDEX incidents_position ON incidents (lat, lon) WHERE lat IS NOT NULL AND lon IS NOT NULL",
              "CREATE VIEW incident_geo AS SELECT id, lat AS min_lat, lat AS max_lat, lon AS min_lon, lon AS max_lon"
              " FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL",
              "UPDATE meta SET value = '21' WHERE key = 'schema_version'"})
            sql::run((*db)->connection(), QString::fromUtf8(statement));
    }
    {
        // Inspecting (dispatchctl check) does not upgrade.
        auto looked = Database::open(uri, Database::Mode::Inspect);
        REQUIRE(looked.ok());
        CHECK((*looked)->schemaVersion() == 21);
    }
    {
        auto db = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
        CHECK((*db)->migratedFrom() == 21);
        CHECK(sql::scalar((*db)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                  .toString()
              == QString::number(Database::kSchemaVersion));
        // The rows are all there, at row version 0, and the store works at the new schema.
        const std::optional<Incident> i = IncidentRepository::find((*db)->connection(), incident);
        REQUIRE(i);
        CHECK(i->rowVersion == 0);
        CHECK(EventLog::verify((*db)->connection()).ok);
        CHECK(sql::scalar((*db)->connection(),
                          QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'incidents_handed_in_ref'"))
                  .toInt()
              == 1);
        // The indexes of the positions are the one by cell and time and the one by time and place, and the old one and
        // the view are gone.
        const QString indexes = QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes"
                                               " WHERE indexname IN ('incidents_cell', 'incidents_position',"
                                               " 'incidents_received_place')");
        CHECK(sql::scalar((*db)->connection(), indexes).toString()
              == QStringLiteral("incidents_cell,incidents_received_place"));
        CHECK(sql::scalar((*db)->connection(), QStringLiteral("SELECT to_regclass('incident_geo')")).isNull());
        // The incidents' ids come from the sequence the number's reservation names.
        CHECK(sql::scalar((*db)->connection(), QStringLiteral("SELECT pg_get_serial_sequence('incidents', 'id')"))
                  .toString()
              == QStringLiteral("public.incidents_id_seq"));
        ManualClock clock(defaultStartMs() + 60000);
        DispatchService svc(**db, clock, QStringLiteral("desk-1"));
        REQUIRE(svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
        REQUIRE(svc.changeIncidentState(incident, IncidentState::Cancelled, QStringLiteral("重复报警")).ok());
        CHECK(IncidentRepository::find((*db)->connection(), incident)->rowVersion == 1);
        // The declared follow-up lists' table came with the upgrade, identity ids and all.
        FollowUpItem item;
        item.kind = QStringLiteral("any_list");
        item.incidentId = incident;
        item.assignee = QStringLiteral("城关镇综治办");
        item.openedAtMs = clock.nowMs();
        item.deadlineMs = clock.nowMs() + 3600000;
        const qint64 itemId = FollowUpItemRepository::insert((*db)->connection(), item);
        CHECK(itemId > 0);
        CHECK(FollowUpItemRepository::find((*db)->connection(), itemId)->assignee == QStringLiteral("城关镇综治办"));
    }
}

TEST_CASE("server: a commit the server refuses is a refusal, never a call told as saved", "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    // A rule the server checks only at COMMIT (a deferred constraint trigger): the commit of any new incident fails.
    for (const char* statement :
         {"CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS"
          " $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$",
          "CREATE CONSTRAINT TRIGGER incidents_refused_at_commit AFTER INSERT ON incidents"
          " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()"})
        sql::run(s.db().connection(), QString::fromUtf8(statement));
    const qint64 before = sql::scalar(s.db().connection(), QStringLiteral("SELECT count(*) FROM incidents")).toLongLong();

    IncidentDraft d;
    d.summary = QStringLiteral("路口两车相撞");
    d.category = QStringLiteral("dispute");
    d.priority = 2;
    d.position = GeoPoint{22.780, 100.970};
    const auto made = s.service().createIncident(d);
    REQUIRE_FALSE(made.ok());
    CHECK(made.errorString().contains(QStringLiteral("refused at commit")));
    CHECK(sql::scalar(s.db().connection(), QStringLiteral("SELECT count(*) FROM incidents")).toLongLong() == before);
    for (qint64 id : s.service().board().activeIncidentIds())
        CHECK(s.service().board().incident(id)->summary != d.summary);
}

TEST_CASE("server: the connection's server role is the administrator's sign-in for dispatchctl, or a store "
          "administrator signs in", "[server][ctl][.]")
{
    const QString uri = createServerDatabase();
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const auto add = [&](const QString& name, const QProcessEnvironment& env, const QStringList& admin = {},
                         const QByteArray& input = "long-enough-pass\n") {
        return ctl(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), uri,
                               QStringLiteral("--username"), name, QStringLiteral("--role"), QStringLiteral("dispatcher")}
                       + admin,
                   input, env);
    };
    // The suite connects as the cluster's superuser: that role administers, and the event names it.
    const CtlRun bySuperuser = add(QStringLiteral("by-role"), {});
    INFO(bySuperuser.err.toStdString());
    REQUIRE(bySuperuser.exitCode == 0);
    auto db = Database::open(uri, Database::Mode::Inspect);
    REQUIRE(db.ok());
    const QSqlDatabase& c = (*db)->connection();
    const QString superuser = sql::scalar(c, QStringLiteral("SELECT current_user")).toString();
    CHECK(sql::scalar(c, QStringLiteral("SELECT username FROM events WHERE kind = 'user.added' ORDER BY seq DESC LIMIT 1"))
              .toString()
          == QStringLiteral("server role ") + superuser);

    // A clerk's role may read and write the tables but is not the centre's administrator.
    const QString clerk = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
    runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(clerk));
    runOnServer(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'clerk-pass'").arg(clerk));
    sql::run(c, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(clerk));
    sql::run(c, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(clerk));
    QProcessEnvironment asClerk;
    asClerk.insert(QStringLiteral("PGUSER"), clerk);
    asClerk.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("clerk-pass"));
    const CtlRun refused = add(QStringLiteral("by-clerk"), asClerk);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--admin NAME")));
    const CtlRun signedIn = add(QStringLiteral("by-admin"), asClerk, {QStringLiteral("--admin"), QStringLiteral("admin")},
                                QByteArray(kDemoAdminPassword) + "long-enough-pass\n");
    INFO(signedIn.err.toStdString());
    CHECK(signedIn.exitCode == 0);
    // Made a member of dispatch_admin, the clerk's role administers by itself.
    runOnServer(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dispatch_admin') "
                               "THEN CREATE ROLE dispatch_admin NOLOGIN; END IF; END $$"));
    runOnServer(QStringLiteral("GRANT dispatch_admin TO %1").arg(clerk));
    const CtlRun member = add(QStringLiteral("by-member"), asClerk);
    INFO(member.err.toStdString());
    CHECK(member.exitCode == 0);
    db = Error{QStringLiteral("closed")};
    dropServerDatabase(uri);
    runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(clerk));
}
