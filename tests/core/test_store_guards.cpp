// SPDX-License-Identifier: GPL-3.0-or-later
// The triggers that guard the store (the log append-only, an accepted handover frozen, the position index): a
// dropped, switched-off or rewritten one is named by the store check and made again by the next desk that opens
// the store, which says so in the log. On both backends.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "domain/EventKinds.h"
#include "store/EventLog.h"
#include "store/Sql.h"
#include "store/StoreCheck.h"
#include "store/StoreGuards.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QStringList problems(const QSqlDatabase& c)
{
    QStringList out;
    for (const GuardFinding& f : StoreGuards::check(c))
        out << f.trigger + u' ' + f.problem;
    return out;
}

/// Runs a statement as someone going around the application would, returning whether the store let it through.
bool tamper(const QSqlDatabase& c, const QString& statement)
{
    QSqlQuery q(c);
    return q.exec(statement);
}

} // namespace

TEST_CASE("a new store has all its guards, and the check says so", "[store][guards]")
{
    TestStore s;
    const QSqlDatabase& c = s.db().connection();
    CHECK(problems(c).isEmpty());
    const StoreCheckReport r = StoreCheckReport::run(s.db());
    CHECK(r.ok());
    CHECK(r.guardsChecked == 6); // SQLite: four on the log and handovers, two on the position index; a server: its function and five
    CHECK(r.guardProblems.isEmpty());
    CHECK(r.guardsRestored.isEmpty());
}

TEST_CASE("a dropped or rewritten guard is named by the check and made again, with an event, by the next desk",
          "[store][guards]")
{
    TestStore s;
    takeCall(s.service(), QStringLiteral("守卫测试"));
    const QSqlDatabase& c = s.db().connection();
    const bool server = s.db().isServer();

    // The log's guard against edits is dropped, and its guard against deletion replaced by one that lets all through.
    REQUIRE(tamper(c, server ? QStringLiteral("DROP TRIGGER events_no_update ON events")
                             : QStringLiteral("DROP TRIGGER events_no_update")));
    if (server) {
        REQUIRE(tamper(c, QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_no_delete")));
    } else {
        REQUIRE(tamper(c, QStringLiteral("DROP TRIGGER events_no_delete")));
        REQUIRE(tamper(c, QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT 1; END")));
    }
    const QStringList found = problems(c);
    CHECK(found.contains(QStringLiteral("events_no_update missing")));
    CHECK(found.contains(server ? QStringLiteral("events_no_delete disabled") : QStringLiteral("events_no_delete altered")));
    const StoreCheckReport before = StoreCheckReport::run(s.db());
    CHECK_FALSE(before.ok());
    CHECK(before.chain.ok); // nothing was edited yet: only the guards are gone
    CHECK(before.guardProblems.size() == 2);

    // The next desk to open the store makes them again before it writes, and the log says what it found.
    DispatchService desk(s.db(), s.clock(), QStringLiteral("desk-2"));
    CHECK(problems(c).isEmpty());
    const QList<EventRecord> latest = EventLog::range(c, EventLog::lastSeq(c), 1);
    REQUIRE(latest.size() == 1);
    const EventRecord* restored = &latest.first();
    CHECK(restored->kind == events::kStoreGuardsRestored);
    CHECK(restored->desk == QStringLiteral("desk-2"));
    CHECK(restored->username == QStringLiteral("store"));
    const QJsonArray what = restored->payloadObject().value(QStringLiteral("restored")).toArray();
    CHECK(what.size() == 2);
    CHECK(what.contains(QStringLiteral("events_no_update missing")));
    CHECK_FALSE(tamper(c, QStringLiteral("UPDATE events SET payload = '{}' WHERE seq = 1")));
    CHECK_FALSE(tamper(c, QStringLiteral("DELETE FROM events WHERE seq = 1")));

    const StoreCheckReport after = StoreCheckReport::run(s.db());
    CHECK(after.ok());
    REQUIRE(after.guardsRestored.size() == 1);
    CHECK(after.guardsRestored[0].contains(QStringLiteral("desk-2")));
    CHECK(after.guardsRestored[0].contains(QStringLiteral("events_no_update is missing")));

    // A desk opening a sound store writes nothing.
    const qint64 last = EventLog::lastSeq(c);
    DispatchService third(s.db(), s.clock(), QStringLiteral("desk-3"));
    CHECK(EventLog::lastSeq(c) == last);
}

TEST_CASE("the handover and position guards are restored too", "[store][guards][sqlite]")
{
    TestStore s;
    const QSqlDatabase& c = s.db().connection();
    for (const char* t : {"handovers_frozen", "handovers_kept", "incident_geo_insert", "incident_geo_update"})
        REQUIRE(tamper(c, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))));
    CHECK(problems(c).size() == 4);
    CHECK(StoreGuards::restore(c).size() == 4);
    CHECK(problems(c).isEmpty());
}

TEST_CASE("server: the function the guards call, dropped with them, is made again first", "[server][guards][.]")
{
    TestStore s;
    const QSqlDatabase& c = s.db().connection();
    REQUIRE(tamper(c, QStringLiteral("DROP FUNCTION dispatch_refuse() CASCADE")));
    CHECK(problems(c).size() == 6);
    CHECK(StoreGuards::restore(c).size() == 6);
    CHECK(problems(c).isEmpty());
    CHECK_FALSE(tamper(c, QStringLiteral("TRUNCATE events")));
}
