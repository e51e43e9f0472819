// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/IncidentRepository.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

IncidentDraft draft(const QString& summary = QStringLiteral("邻居吵架，声音很大"))
{
    IncidentDraft d;
    d.line = QStringLiteral("110");
    d.callerName = QStringLiteral("张先生");
    d.callerPhone = QStringLiteral("13988887777");
    d.address = QStringLiteral("人民路12号");
    d.summary = summary;
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    return d;
}

qint64 eventCount(TestStore& s)
{
    return EventLog::lastSeq(s.db().connection());
}

QStringList kinds(TestStore& s, const QString& entity, qint64 id)
{
    QStringList out;
    for (const auto& e : s.service().history(entity, id))
        out << e.kind;
    return out;
}

} // namespace

TEST_CASE("signing in checks the password and records every attempt", "[service][auth]")
{
    TestStore s(TestStore::Demo, QString());
    DispatchService& svc = s.service();
    CHECK_FALSE(svc.currentUser().has_value());

    auto bad = svc.login(QStringLiteral("dispatcher"), QStringLiteral("wrong"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("wrong password")));
    auto unknown = svc.login(QStringLiteral("nobody"), QStringLiteral("x"));
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.errorString() == bad.errorString()); // does not reveal which part was wrong

    auto ok = svc.login(QStringLiteral("leader"), QStringLiteral("leader110"));
    REQUIRE(ok.ok());
    CHECK(ok->role == Role::ShiftLeader);
    CHECK(svc.actor().username == QStringLiteral("leader"));
    CHECK(svc.actor().desk == QStringLiteral("test-desk"));

    const QList<EventRecord> events = EventLog::range(s.db().connection(), 1, 100000);
    QStringList sessionKinds;
    for (const auto& e : events)
        if (e.entity == QStringLiteral("session"))
            sessionKinds << e.kind;
    CHECK(sessionKinds == QStringList{QStringLiteral("session.login_failed"), QStringLiteral("session.login_failed"),
                                      QStringLiteral("session.login")});
    CHECK(events.last().username == QStringLiteral("leader"));
    QList<QJsonObject> failed;
    for (const auto& e : events)
        if (e.kind == QStringLiteral("session.login_failed"))
            failed << e.payloadObject();
    REQUIRE(failed.size() == 2);
    CHECK(failed[0].value(QStringLiteral("username")).toString() == QStringLiteral("dispatcher"));
    CHECK(failed[0].value(QStringLiteral("reason")).toString() == QStringLiteral("wrong password"));
    CHECK(failed[1].value(QStringLiteral("username")).toString() == QStringLiteral("nobody"));
    CHECK(failed[1].value(QStringLiteral("reason")).toString() == QStringLiteral("unknown user"));
    for (const auto& e : events)
        CHECK_FALSE(QString::fromUtf8(e.payload).contains(QStringLiteral("leader110"))); // never the password

    REQUIRE(svc.logout().ok());
    CHECK_FALSE(svc.currentUser().has_value());
    CHECK(EventLog::range(s.db().connection(), 1, 100000).last().kind == QStringLiteral("session.logout"));
}

TEST_CASE("nothing changes without a signed-in user", "[service][auth]")
{
    TestStore s(TestStore::Demo, QString());
    const qint64 before = eventCount(s);
    auto r = s.service().createIncident(draft());
    CHECK_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("sign in")));
    CHECK(eventCount(s) == before);
}

TEST_CASE("roles limit what a user may do", "[service][auth]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    auto incident = s.service().createIncident(draft());
    CHECK_FALSE(incident.ok());
    CHECK(incident.errorString().contains(QStringLiteral("Administrator may not")));
    CHECK(s.service().addUser({QStringLiteral("dispatcher3"), QStringLiteral("王芳"), Role::Dispatcher,
                               QStringLiteral("secret99"), 500})
              .ok());

    s.signIn(QStringLiteral("dispatcher"));
    auto add = s.service().addUser({QStringLiteral("x1"), {}, Role::Administrator, QStringLiteral("secret99"), 500});
    CHECK_FALSE(add.ok());
    CHECK(s.service().createIncident(draft()).ok());
    // A user may change their own password but not someone else's.
    CHECK(s.service().setPassword(QStringLiteral("dispatcher"), QStringLiteral("newpass1"), 500).ok());
    CHECK_FALSE(s.service().setPassword(QStringLiteral("leader"), QStringLiteral("newpass1"), 500).ok());
    s.service().logout();
    CHECK(s.service().login(QStringLiteral("dispatcher"), QStringLiteral("newpass1")).ok());

    s.signIn(QStringLiteral("trainer"));
    CHECK(s.service().createIncident(draft()).ok());
}

TEST_CASE("user names are unique and passwords have a minimum length", "[service][auth]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    auto dup = s.service().addUser({QStringLiteral("DISPATCHER"), {}, Role::Dispatcher, QStringLiteral("secret99"), 500});
    CHECK(dup.errorString().contains(QStringLiteral("taken")));
    auto shortPw = s.service().addUser({QStringLiteral("newbie"), {}, Role::Dispatcher, QStringLiteral("abc"), 500});
    CHECK(shortPw.error().where == QStringLiteral("password"));
    auto badName = s.service().addUser({QStringLiteral("a b"), {}, Role::Dispatcher, QStringLiteral("secret99"), 500});
    CHECK(badName.error().where == QStringLiteral("username"));
}

TEST_CASE("creating an incident writes state and event together and announces it once", "[service][incident]")
{
    TestStore s;
    DispatchService& svc = s.service();
    QSignalSpy added(&svc, &DispatchService::incidentsAdded);
    QSignalSpy changed(&svc, &DispatchService::incidentsChanged);
    QSignalSpy events(&svc, &DispatchService::eventsAppended);

    IncidentDraft d = draft();
    // The call was taken 40 s before it was saved: the receive time is the form's opening time.
    d.receivedAtMs = s.clock().nowMs() - 40000;
    const GeoPoint nearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);
    d.position = nearHospital;
    auto id = svc.createIncident(d);
    INFO(id.errorString().toStdString());
    REQUIRE(id.ok());

    REQUIRE(added.count() == 1);
    CHECK(added.at(0).at(0).value<QList<qint64>>() == QList<qint64>{*id});
    CHECK(changed.count() == 0);
    CHECK(events.count() == 1);

    const Incident* i = svc.board().incident(*id);
    REQUIRE(i != nullptr);
    // 01:00 UTC on 2026-11-22 is 09:00 in the centre's zone: the number carries the centre-local date.
    CHECK(i->number == QStringLiteral("20261122-00001"));
    CHECK(i->receivedAtMs == s.clock().nowMs() - 40000);
    CHECK(i->createdAtMs == s.clock().nowMs());
    CHECK(i->state == IncidentState::Triaged);
    const Zone* z = svc.board().zone(i->zoneId);
    REQUIRE(z != nullptr);
    CHECK(z->code == QStringLiteral("hospital"));
    CHECK(i->tier == 1);
    CHECK(i->desk == QStringLiteral("test-desk"));
    CHECK(i->origin == IncidentOrigin::Live);

    const QList<EventRecord> h = svc.history(QStringLiteral("incident"), *id);
    REQUIRE(h.size() == 1);
    CHECK(h[0].kind == QStringLiteral("incident.created"));
    CHECK(h[0].username == QStringLiteral("dispatcher"));
    CHECK(h[0].atMs == s.clock().nowMs());
    CHECK(h[0].payloadObject().value(QStringLiteral("number")).toString() == i->number);

    auto second = svc.createIncident(draft(QStringLiteral("second")));
    REQUIRE(second.ok());
    CHECK(svc.board().incident(*second)->number == QStringLiteral("20261122-00002"));
}

TEST_CASE("incident numbers restart each centre-local day", "[service][incident]")
{
    TestStore s;
    REQUIRE(s.service().createIncident(draft()).ok());
    s.clock().advanceSecs(16 * 3600); // 17:00 UTC = 01:00 on the 23rd in Asia/Shanghai
    auto id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261123-00001"));
}

TEST_CASE("the day's next number follows its greatest, past five digits too, and is found in the INSERT",
          "[service][incident]")
{
    TestStore s;
    auto id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    // Another desk's (or an import's) rows of the day: the next number follows the greatest of them.
    sql::run(s.db().connection(), QStringLiteral("UPDATE incidents SET number = '20261122-00041' WHERE id = ?"), {*id});
    id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261122-00042"));
    sql::run(s.db().connection(), QStringLiteral("UPDATE incidents SET number = '20261122-99999' WHERE id = ?"), {*id});
    id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261122-100000"));
    s.clock().advanceSecs(16 * 3600); // the next centre-local day starts again at 1, the day before left out
    id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261123-00001"));
}

TEST_CASE("a call refused after its number was reserved leaves no gap in the day's numbers", "[service][incident]")
{
    TestStore s;
    IncidentDraft refused = draft();
    refused.priority = 5; // refused by the incident's own checks, after the repeat search
    REQUIRE_FALSE(s.service().createIncident(refused).ok());
    auto id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261122-00001"));
    CHECK(IncidentRepository::find(s.db().connection(), *id)->number == QStringLiteral("20261122-00001"));
    id = s.service().createIncident(draft());
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261122-00002"));
}

TEST_CASE("server: a new call is two round trips: its reads with the new incident's id and number, its writes with "
          "the commit", "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    IncidentDraft d = draft();
    d.position = GeoPoint{22.8045, 100.964};
    REQUIRE(s.service().createIncident(d).ok()); // the statements are prepared on the connection
    const qint64 before = sql::roundTrips(s.db().connection());
    // The same phone, place and address: the repeat search reads all five ways, and finds the first call.
    const auto id = s.service().createIncident(d);
    REQUIRE(id.ok());
    CHECK(sql::roundTrips(s.db().connection()) - before == 2);
    CHECK(s.service().board().incident(*id)->number == QStringLiteral("20261122-00002"));
    CHECK(s.service().findDuplicates(DuplicateQuery{d.callerPhone, d.position, d.address, d.category, d.summary,
                                                s.clock().nowMs()})
              .candidates.size()
          == 2);
    const QString used = QStringLiteral("SELECT uses FROM gazetteer WHERE source = 'incident' AND text = ?");
    CHECK(sql::scalar(s.db().connection(), used, {d.address}).toInt() == 2); // the address noted with the writes
}

TEST_CASE("a call without category or priority stays received", "[service][incident]")
{
    TestStore s;
    IncidentDraft d = draft();
    d.category.clear();
    d.priority = 0;
    auto id = s.service().createIncident(d);
    REQUIRE(id.ok());
    CHECK(s.service().board().incident(*id)->state == IncidentState::Received);
    CHECK(s.service().board().incident(*id)->zoneId == 0);
}

TEST_CASE("bad incident input is refused with the field named and nothing written", "[service][incident]")
{
    TestStore s;
    const qint64 before = eventCount(s);
    IncidentDraft d = draft();
    d.line = QStringLiteral("999");
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("line"));
    d = draft();
    d.category = QStringLiteral("ufo");
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("category"));
    d = draft();
    d.priority = 5;
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("priority"));
    d = draft();
    d.position = GeoPoint{95.0, 100.0};
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("position"));
    d = draft(QString());
    d.address.clear();
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("summary"));
    d = draft();
    d.receivedAtMs = s.clock().nowMs() + 3600 * 1000;
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("received_at"));
    CHECK(eventCount(s) == before);
    CHECK(sql::scalar(s.db().connection(), QStringLiteral("SELECT count(*) FROM incidents")).toInt() == 0);
}

TEST_CASE("incident transitions follow the state machine and are logged", "[service][incident]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(draft());
    REQUIRE(id.ok());
    QSignalSpy changed(&svc, &DispatchService::incidentsChanged);
    QSignalSpy removed(&svc, &DispatchService::incidentsRemoved);

    const qint64 before = eventCount(s);
    const Status illegal = svc.changeIncidentState(*id, IncidentState::Received);
    CHECK_FALSE(illegal.ok());
    CHECK(illegal.errorString().contains(QStringLiteral("cannot go from")));
    // The states that follow the units are never set by hand.
    CHECK(svc.changeIncidentState(*id, IncidentState::OnScene).errorString().contains(QStringLiteral("follows its units")));
    CHECK(illegal.errorString().contains(svc.board().incident(*id)->number));
    CHECK(eventCount(s) == before);
    CHECK(changed.count() == 0);

    CHECK_FALSE(svc.changeIncidentState(*id, IncidentState::Cancelled).ok()); // needs a reason
    s.clock().advanceSecs(10);
    REQUIRE(svc.changeIncidentState(*id, IncidentState::Cancelled, QStringLiteral("caller withdrew")).ok());
    CHECK(removed.count() == 1);
    CHECK(svc.board().incident(*id) == nullptr);
    const auto stored = svc.findIncident(*id);
    REQUIRE(stored.has_value());
    CHECK(stored->state == IncidentState::Cancelled);
    CHECK(stored->stateSinceMs == s.clock().nowMs());
    CHECK(kinds(s, QStringLiteral("incident"), *id)
          == QStringList{QStringLiteral("incident.created"), QStringLiteral("incident.state_changed")});
    const EventRecord last = svc.history(QStringLiteral("incident"), *id).last();
    CHECK(last.payloadObject().value(QStringLiteral("from")).toString() == QStringLiteral("triaged"));
    CHECK(last.payloadObject().value(QStringLiteral("to")).toString() == QStringLiteral("cancelled"));
    CHECK(last.payloadObject().value(QStringLiteral("reason")).toString() == QStringLiteral("caller withdrew"));

    const Status again = svc.changeIncidentState(*id, IncidentState::Triaged);
    CHECK(again.errorString().contains(QStringLiteral("no longer change")));
    CHECK_FALSE(svc.changeIncidentState(424242, IncidentState::Closed).ok());
}

TEST_CASE("unit status changes go through the state machine", "[service][unit]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const Unit* car = svc.board().unitByCallsign(QStringLiteral("特巡01"));
    REQUIRE(car != nullptr);
    const qint64 id = car->id;
    CHECK(car->state == UnitState::AvailableStaging);
    QSignalSpy units(&svc, &DispatchService::unitsChanged);

    s.clock().advanceSecs(5);
    REQUIRE(svc.changeUnitState(id, UnitState::Busy, QStringLiteral("refuelling")).ok());
    CHECK(units.count() == 1);
    CHECK(svc.board().unit(id)->state == UnitState::Busy);
    CHECK(svc.board().unit(id)->stateSinceMs == s.clock().nowMs());
    CHECK(svc.changeUnitState(id, UnitState::Dispatched).errorString().contains(QStringLiteral("dispatching")));
    REQUIRE(svc.changeUnitState(id, UnitState::OffDuty).ok());
    CHECK_FALSE(svc.changeUnitState(id, UnitState::Busy).ok()); // off duty → busy is not a move
    REQUIRE(svc.changeUnitState(id, UnitState::AvailablePatrol).ok());
    const QStringList k = kinds(s, QStringLiteral("unit"), id);
    CHECK(k.count(QStringLiteral("unit.state_changed")) == 3);
    CHECK(k.first() == QStringLiteral("unit.added"));
}

TEST_CASE("a change made by another process is picked up", "[service]")
{
    TestStore s;
    auto other = Database::open(s.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    ManualClock clock(s.clock().nowMs());
    DispatchService otherDesk(**other, clock, QStringLiteral("desk-2"));
    REQUIRE(otherDesk.login(QStringLiteral("dispatcher2"), QStringLiteral("dispatcher2110")).ok());
    auto id = otherDesk.createIncident(draft());
    REQUIRE(id.ok());

    QSignalSpy reset(&s.service(), &DispatchService::boardReset);
    QSignalSpy added(&s.service(), &DispatchService::incidentsAdded);
    CHECK(s.service().board().incident(*id) == nullptr);
    CHECK(s.service().refreshIfChangedElsewhere());
    // Read from the change feed and applied like a change of this desk: the new incident added, nothing reloaded.
    CHECK(reset.count() == 0);
    REQUIRE(added.count() == 1);
    CHECK(added.first().first().value<QList<qint64>>() == QList<qint64>{*id});
    REQUIRE(s.service().board().incident(*id) != nullptr);
    CHECK(s.service().board().incident(*id)->desk == QStringLiteral("desk-2"));
    CHECK_FALSE(s.service().refreshIfChangedElsewhere());
    // Both desks write to one chain.
    REQUIRE(s.service().createIncident(draft()).ok());
    CHECK(EventLog::verify(s.db().connection()).ok);
}
