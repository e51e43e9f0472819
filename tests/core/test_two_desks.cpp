// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing grabbed twice: two desks on one store send the same unit; the store decides (one write transaction at a
// time, one open assignment per unit as a unique index), the second desk is refused with a sentence naming the
// incident, the user and the desk that got there first, and its board shows that at once.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/AssignmentRepository.h"
#include "store/EventLog.h"
#include "store/Sql.h"
#include "util/Result.h"

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
