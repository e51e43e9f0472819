// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing grabbed twice: two desks on one store send the same unit; the store decides (one write transaction at a
// time, one open assignment per unit as a unique index), the second desk is refused with a sentence naming the
// incident, the user and the desk that got there first, and its board shows that at once.
#include "CatchQt.h"
#include "FollowUpFixture.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/AssignmentRepository.h"
#include "store/EventLog.h"
#include "store/IncidentRepository.h"
#include "store/UnitRepository.h"
#include "store/Sql.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("two desks send the same unit: one wins, the other is told who got there first", "[conflict]")
{
    TestStore s;
    DispatchService& one = s.service();
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
    const qint64 fight = takeCall(one, QStringLiteral("两伙人在夜市斗殴"));
    const qint64 theft = takeCall(*two.service, QStringLiteral("商场内手机被盗"));
    two.service->refreshIfChangedElsewhere();
    one.refreshIfChangedElsewhere();
    const qint64 car = one.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(two.service->board().unit(car)->incidentId == 0);

    // Desk 2 sends it first; desk 1 has not read that yet and sends it too.
    s.clock().advanceMs(1000);
    two.ownClock.setMs(s.clock().nowMs());
    REQUIRE(two.service->dispatchUnits(theft, {{car}}).ok());
    REQUIRE(one.board().unit(car)->incidentId == 0);
    const Status refused = one.dispatchUnits(fight, {{car}});
    REQUIRE_FALSE(refused.ok());
    const QString said = refused.errorString();
    CHECK(said.contains(QStringLiteral("城北01")));
    CHECK(said.contains(two.service->board().incident(theft)->number));
    CHECK(said.contains(QStringLiteral("dispatcher2")));
    CHECK(said.contains(QStringLiteral("110-desk-07")));
    CHECK(said.contains(QStringLiteral("confirm the reassignment")));
    // Desk 1's screen shows it at once, not on its next tick.
    CHECK(one.board().unit(car)->incidentId == theft);
    CHECK(one.board().unit(car)->state == UnitState::Dispatched);

    // In the store: one open assignment, on the first desk's incident; the refused attempt left no event.
    const std::optional<Assignment> open = AssignmentRepository::openForUnit(s.db().connection(), car);
    REQUIRE(open);
    CHECK(open->incidentId == theft);
    CHECK(AssignmentRepository::openForIncident(s.db().connection(), fight).isEmpty());
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("the store itself refuses a second open assignment of a unit, whatever the application checked",
          "[conflict]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 a = takeCall(svc, QStringLiteral("路口两车相撞"));
    const qint64 b = takeCall(svc, QStringLiteral("小区内有人砸车"));
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城南02"))->id;
    REQUIRE(svc.dispatchUnits(a, {{car}}).ok());

    Assignment second = *AssignmentRepository::openForUnit(s.db().connection(), car);
    second.id = 0;
    second.incidentId = b;
    CHECK_THROWS_AS(AssignmentRepository::insert(s.db().connection(), second), DispatchError);
    CHECK(AssignmentRepository::openForIncident(s.db().connection(), b).isEmpty());
}

TEST_CASE("a refused dispatch of a unit the desk itself sent names no other desk", "[conflict]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 a = takeCall(svc, QStringLiteral("有人持刀威胁店员"));
    const qint64 b = takeCall(svc, QStringLiteral("老人走失"));
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北02"))->id;
    REQUIRE(svc.dispatchUnits(a, {{car}}).ok());
    const Status again = svc.dispatchUnits(a, {{car}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorString().contains(QStringLiteral("already assigned")));
    const Status elsewhere = svc.dispatchUnits(b, {{car}});
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.errorString().contains(QStringLiteral("by dispatcher at desk test-desk")));
    // Confirmed, it is reassigned: still one open assignment.
    REQUIRE(svc.dispatchUnits(b, {{car}}, true).ok());
    CHECK(AssignmentRepository::openForUnit(s.db().connection(), car)->incidentId == b);
    CHECK(AssignmentRepository::openForIncident(s.db().connection(), a).isEmpty());
}

TEST_CASE("two desks change one incident's status: the second is told who changed it first, and when", "[conflict]")
{
    TestStore s;
    DispatchService& one = s.service();
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"), true);
    const qint64 hoax = takeCall(one, QStringLiteral("称有人在楼顶要跳楼，回拨无人接听"));
    two.service->poll();
    s.clock().advanceMs(60000);

    REQUIRE(two.service->changeIncidentState(hoax, IncidentState::Cancelled, QStringLiteral("恶意报警，已核实")).ok());
    // Desk 1 has not read that yet and cancels it too.
    REQUIRE(one.board().incident(hoax)->state != IncidentState::Cancelled);
    const Status refused = one.changeIncidentState(hoax, IncidentState::Cancelled, QStringLiteral("重复报警"));
    REQUIRE_FALSE(refused.ok());
    const QString said = refused.errorString();
    INFO(said.toStdString());
    CHECK(said.contains(two.service->findIncident(hoax)->number));
    CHECK(said.contains(QStringLiteral("now \"Cancelled\"")));
    CHECK(said.contains(QStringLiteral("dispatcher2")));
    CHECK(said.contains(QStringLiteral("110-desk-07")));
    CHECK(said.contains(QStringLiteral("09:01")));
    // Its screen shows it at once, and the store holds one cancellation.
    CHECK_FALSE(one.board().incident(hoax));
    int cancellations = 0;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("incident"), hoax))
        cancellations += e.kind == QLatin1String("incident.state_changed");
    CHECK(cancellations == 1);
}

TEST_CASE("a row written from a stale read is refused by the store: incidents and units carry a row version",
          "[conflict]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 id = takeCall(svc, QStringLiteral("邻居吵架，声音很大"));
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    const QSqlDatabase& db = s.db().connection();

    std::optional<Incident> first = IncidentRepository::find(db, id);
    std::optional<Incident> second = IncidentRepository::find(db, id);
    REQUIRE(first);
    const qint64 before = first->rowVersion;
    second->priority = 1;
    IncidentRepository::update(db, *second);
    CHECK(second->rowVersion == before + 1);
    first->summary = QStringLiteral("改写");
    CHECK_THROWS_WITH(IncidentRepository::update(db, *first),
                      Catch::Contains("changed by another writer") && Catch::Contains(first->number.toStdString()));
    // Nothing of the stale write reached the row.
    CHECK(IncidentRepository::find(db, id)->summary == QStringLiteral("邻居吵架，声音很大"));
    CHECK(IncidentRepository::find(db, id)->priority == 1);

    std::optional<Unit> u1 = UnitRepository::find(db, car);
    std::optional<Unit> u2 = UnitRepository::find(db, car);
    // A position fix is telemetry, not a change of the row.
    REQUIRE(UnitRepository::setPosition(db, car, GeoPoint{22.78, 100.97}, s.clock().nowMs() + 1000));
    u2->state = UnitState::Busy;
    UnitRepository::update(db, *u2);
    CHECK(UnitRepository::find(db, car)->rowVersion == u1->rowVersion + 1);
    u1->state = UnitState::AvailableStaging;
    CHECK_THROWS_WITH(UnitRepository::update(db, *u1), Catch::Contains("城北01"));
    CHECK(UnitRepository::find(db, car)->state == UnitState::Busy);
}

TEST_CASE("a unit changed on another desk a moment ago: this desk's change is refused, naming who and what it is now",
          "[conflict]")
{
    TestStore s;
    DispatchService& one = s.service();
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"), true);
    const qint64 fight = takeCall(one, QStringLiteral("两伙人在夜市斗殴"));
    const qint64 car = one.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(one.dispatchUnits(fight, {{car}}).ok());
    two.service->poll();
    s.clock().advanceMs(30000);

    // Desk 2 has the unit on scene; desk 1, not showing that yet, recalls it.
    REQUIRE(two.service->advanceUnit(car, UnitState::OnScene).ok());
    REQUIRE(one.board().unit(car)->state == UnitState::Dispatched);
    const Status refused = one.clearUnit(car, UnitState::AvailablePatrol, QStringLiteral("改派"));
    REQUIRE_FALSE(refused.ok());
    const QString said = refused.errorString();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("城北01")));
    CHECK(said.contains(QStringLiteral("now \"On scene\"")));
    CHECK(said.contains(QStringLiteral("dispatcher2")));
    CHECK(said.contains(QStringLiteral("110-desk-07")));
    // Its screen now shows the unit on scene; asked again, as now shown, the change goes through.
    CHECK(one.board().unit(car)->state == UnitState::OnScene);
    REQUIRE(one.clearUnit(car, UnitState::AvailablePatrol, QStringLiteral("现场处置完毕")).ok());
    CHECK(one.board().unit(car)->state == UnitState::AvailablePatrol);
}

TEST_CASE("two desks review the same signed handover: the second is told who accepted it, at which desk and when",
          "[conflict][handover]")
{
    TestStore s;
    const FollowUpFixture f(s); // signed in as the leader
    DispatchService& one = s.service();
    const ShiftInstance shift = one.currentShift();
    auto id = one.prepareHandover(shift);
    REQUIRE(id.ok());
    s.clock().set(shift.end.addSecs(-20 * 60)); // the shift's last half hour
    REQUIRE(one.signHandover(*id, QStringLiteral("leader110")).ok());
    s.signIn(QStringLiteral("leader2"));
    OtherDesk two(s, QStringLiteral("leader2"), QStringLiteral("110-desk-07"), true);
    s.clock().advanceMs(120000);

    REQUIRE(two.service->acceptHandover(*id, QStringLiteral("leader2110"), QStringLiteral("已核对")).ok());
    const Status refused = one.rejectHandover(*id, QStringLiteral("leader2110"), QStringLiteral("请补充调解情况"));
    REQUIRE_FALSE(refused.ok());
    const QString said = refused.errorString();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("only a signed handover can be rejected")));
    CHECK(said.contains(QStringLiteral("by leader2 at desk 110-desk-07")));
    CHECK(said.contains(QDateTime::fromMSecsSinceEpoch(s.clock().nowMs(), QTimeZone("Asia/Shanghai"))
                            .toString(QStringLiteral("HH:mm:ss"))));
    CHECK(one.handover(*id)->state == HandoverState::Accepted);
}

TEST_CASE("a call another desk took is announced here also when this desk had to read everything again",
          "[conflict][feed]")
{
    TestStore s;
    DispatchService& one = s.service();
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"), true);
    const qint64 theirs = takeCall(*two.service, QStringLiteral("商场内手机被盗"));
    REQUIRE_FALSE(one.board().incident(theirs));

    // This desk's next refresh fails (a lost connection, a failing read) and it reads the whole board again.
    QSignalSpy arrived(&one, &DispatchService::incidentsArrived);
    QSignalSpy reset(&one, &DispatchService::boardReset);
    one.setRefreshFault([] { throw DispatchError(QStringLiteral("disk I/O error (injected)")); });
    const qint64 mine = takeCall(one, QStringLiteral("两伙人在夜市斗殴"));
    one.setRefreshFault({});
    REQUIRE(reset.count() == 1);
    REQUIRE(one.board().incident(theirs));
    // Both new incidents are announced (the desk's queue highlights and sounds another desk's), each once.
    QList<qint64> announced;
    for (const QList<QVariant>& a : arrived)
        announced += a.at(0).value<QList<qint64>>();
    std::sort(announced.begin(), announced.end());
    CHECK(announced == QList<qint64>{theirs, mine});
}
