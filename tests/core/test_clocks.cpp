// SPDX-License-Identifier: GPL-3.0-or-later
// The incident clocks on the manual clock: absolute deadlines fixed at their triggering event, warning,
// breach stamped once with its late seconds, met, late and void outcomes; the policy file's checks.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/ClockRepository.h"
#include "store/Database.h"

#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;

IncidentDraft urgentAt(const GeoPoint& where, int priority = 1)
{
    IncidentDraft d;
    d.summary = QStringLiteral("有人打架");
    d.category = QStringLiteral("public_order");
    d.priority = priority;
    d.position = where;
    return d;
}

const GeoPoint kKeySite = geo::offsetMetres({22.780, 100.970}, 0, -300); // the hospital: a tier-1 circle
const GeoPoint kSuburb{22.70, 100.90};

std::optional<IncidentClock> clockOf(DispatchService& svc, qint64 incident, ClockKind kind)
{
    for (const IncidentClock& c : svc.clocks(incident))
        if (c.kind == kind)
            return c;
    return std::nullopt;
}

int breachEvents(DispatchService& svc, qint64 incident)
{
    int n = 0;
    for (const EventRecord& e : svc.history(QStringLiteral("incident"), incident))
        n += e.kind == QLatin1String("clock.breached");
    return n;
}

/// A demo unit to send (a patrol car of the demo district).
qint64 unit(DispatchService& svc, const char* callsign = "特巡01")
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

} // namespace

TEST_CASE("the built-in policy follows the taxonomy's targets", "[clocks]")
{
    const ResponsePolicy& p = ResponsePolicy::builtin();
    CHECK(p.allowedMs(ClockKind::CallToDispatch, 1, 0) == 60 * kSecond);
    CHECK(p.allowedMs(ClockKind::CallToDispatch, 2, 0) == 120 * kSecond);
    CHECK(p.allowedMs(ClockKind::SignFor, 1, 3) == 30 * kSecond);
    const qint64 arrival[] = {60, 180, 300, 600, 1200};
    for (int tier = 1; tier <= 5; ++tier)
        CHECK(p.allowedMs(ClockKind::Arrival, 1, tier) == arrival[tier - 1] * kSecond);
    CHECK(p.allowedMs(ClockKind::Arrival, 3, 2) == 360 * kSecond); // priority 3 relaxes the 3-minute circle ×2
    CHECK(p.allowedMs(ClockKind::Arrival, 1, 0) == 1200 * kSecond); // unknown tier: the least demanding
    CHECK(p.warningShare() == Approx(0.8));
}

TEST_CASE("a response policy with an error is refused with the field", "[clocks]")
{
    const QByteArray good = R"({"format": "dispatch-response-policy", "version": 1, "warning_share": 0.8,
      "call_to_dispatch_seconds": {"1": 60, "2": 120, "3": 600, "4": 1800}, "sign_for_seconds": 30,
      "arrival_seconds_by_tier": {"1": 60, "2": 180, "3": 300, "4": 600, "5": 1200},
      "arrival_relax_by_priority": {"1": 1, "2": 1, "3": 2, "4": 3},
      "first_feedback_seconds": {"1": 900, "2": 1200, "3": 1800, "4": 3600},
      "closure_seconds": {"1": 14400, "2": 14400, "3": 28800, "4": 86400}})";
    CHECK(ResponsePolicy::fromJson(good, QStringLiteral("p.json")).ok());
    auto refusal = [&](const QByteArray& from, const QByteArray& to) {
        QByteArray doc = good;
        doc.replace(from, to);
        return ResponsePolicy::fromJson(doc, QStringLiteral("p.json")).errorString();
    };
    CHECK(refusal("\"sign_for_seconds\": 30", "\"sign_for_seconds\": 0").contains(QStringLiteral("sign_for_seconds")));
    CHECK(refusal("\"5\": 1200", "\"6\": 1200").contains(QStringLiteral("arrival_seconds_by_tier")));
    CHECK(refusal("\"3\": 2,", "\"3\": 0.5,").contains(QStringLiteral("stricter")));
    CHECK(refusal("\"warning_share\": 0.8", "\"warning_share\": 1.5").contains(QStringLiteral("warning_share")));
    CHECK(refusal("\"version\": 1,", "\"version\": 1, \"colour\": 1,").contains(QStringLiteral("colour")));
    CHECK(refusal("{\"format\"", "{{").contains(QStringLiteral("line 1")));
    CHECK(ResponsePolicy::fromFile(QStringLiteral("/nonexistent.json")).errorString().contains(QStringLiteral("/nonexistent.json")));
}

TEST_CASE("call to dispatch: deadline from the receive time, warning at 80%, breach stamped once, then late", "[clocks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d = urgentAt(kKeySite);
    d.receivedAtMs = s.clock().nowMs() - 20 * kSecond; // the form was opened 20 s before saving
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    const double share = svc.responsePolicy().warningShare();
    std::optional<IncidentClock> c = clockOf(svc, *id, ClockKind::CallToDispatch);
    REQUIRE(c);
    CHECK(c->deadlineMs == d.receivedAtMs + 60 * kSecond);
    CHECK(c->remainingMs(s.clock().nowMs()) == 40 * kSecond);
    CHECK(c->status(s.clock().nowMs(), share) == ClockStatus::Running);

    s.clock().advanceMs(28 * kSecond); // 48 s of 60 used
    CHECK(clockOf(svc, *id, ClockKind::CallToDispatch)->status(s.clock().nowMs(), share) == ClockStatus::Warning);
    QSignalSpy breached(&svc, &DispatchService::clocksBreached);
    CHECK(svc.sweepClocks()->isEmpty());

    s.clock().advanceMs(15 * kSecond); // 63 s: 3 s late
    auto swept = svc.sweepClocks();
    REQUIRE(swept.ok());
    REQUIRE(swept->size() == 1);
    CHECK(swept->first().incidentId == *id);
    CHECK(swept->first().kind == ClockKind::CallToDispatch);
    CHECK(swept->first().deadlineMs == d.receivedAtMs + 60 * kSecond);
    CHECK(swept->first().allowedMs == 60 * kSecond);
    CHECK(breached.count() == 1);
    CHECK(breachEvents(svc, *id) == 1);
    const EventRecord last = svc.history(QStringLiteral("incident"), *id).last();
    CHECK(last.payloadObject().value(QStringLiteral("clock")).toString() == QStringLiteral("call_to_dispatch"));
    CHECK(last.payloadObject().value(QStringLiteral("late_seconds")).toDouble() == Approx(3.0));
    CHECK(clockOf(svc, *id, ClockKind::CallToDispatch)->status(s.clock().nowMs(), share) == ClockStatus::Breached);

    // Later ticks never write the breach again.
    s.clock().advanceMs(30 * kSecond);
    CHECK(svc.sweepClocks()->isEmpty());
    CHECK(breachEvents(svc, *id) == 1);
    CHECK(breached.count() == 1);

    // Dispatch stops it late: the outcome keeps the late seconds for the reports.
    REQUIRE(svc.dispatchUnits(*id, {{unit(svc)}}).ok());
    c = clockOf(svc, *id, ClockKind::CallToDispatch);
    CHECK_FALSE(c->isRunning());
    CHECK(c->outcome == QStringLiteral("breached"));
    CHECK(c->lateMs == 33 * kSecond);
    CHECK(c->status(s.clock().nowMs(), share) == ClockStatus::Late);
}

TEST_CASE("dispatch starts the 30 s sign-for and the circle's arrival clock; each stops at its event", "[clocks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(urgentAt(kKeySite));
    REQUIRE(id.ok());
    s.clock().advanceMs(40 * kSecond);
    const qint64 car = unit(svc);
    REQUIRE(svc.dispatchUnits(*id, {{car}}).ok());
    const qint64 dispatchedAt = s.clock().nowMs();
    CHECK(clockOf(svc, *id, ClockKind::CallToDispatch)->outcome == QStringLiteral("met"));
    REQUIRE(clockOf(svc, *id, ClockKind::SignFor));
    CHECK(clockOf(svc, *id, ClockKind::SignFor)->deadlineMs == dispatchedAt + 30 * kSecond);
    CHECK(clockOf(svc, *id, ClockKind::Arrival)->deadlineMs == dispatchedAt + 60 * kSecond); // tier 1

    s.clock().advanceMs(12 * kSecond);
    REQUIRE(svc.advanceUnit(car, UnitState::Acknowledged).ok());
    CHECK(svc.board().incident(*id)->state == IncidentState::Acknowledged);
    CHECK(clockOf(svc, *id, ClockKind::SignFor)->outcome == QStringLiteral("met"));
    CHECK(clockOf(svc, *id, ClockKind::Arrival)->isRunning());

    s.clock().advanceMs(70 * kSecond); // 82 s after dispatch: 22 s late
    REQUIRE(svc.sweepClocks().ok());
    CHECK(breachEvents(svc, *id) == 1);
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    const IncidentClock arrival = *clockOf(svc, *id, ClockKind::Arrival);
    CHECK(arrival.outcome == QStringLiteral("breached"));
    CHECK(arrival.lateMs == 22 * kSecond);
    REQUIRE(clockOf(svc, *id, ClockKind::FirstFeedback));
    CHECK(clockOf(svc, *id, ClockKind::FirstFeedback)->deadlineMs == s.clock().nowMs() + 900 * kSecond);

    s.clock().advanceMs(300 * kSecond);
    REQUIRE(svc.recordFeedback(*id, car, QStringLiteral("双方已劝离"), QStringLiteral("resolved_on_scene")).ok());
    CHECK(clockOf(svc, *id, ClockKind::FirstFeedback)->outcome == QStringLiteral("met"));
    REQUIRE(svc.changeIncidentState(*id, IncidentState::Closed, QStringLiteral("处置完毕")).ok());
    CHECK(clockOf(svc, *id, ClockKind::Closure)->outcome == QStringLiteral("met"));
    for (const IncidentClock& c : svc.clocks(*id))
        CHECK_FALSE(c.isRunning());
}

TEST_CASE("a clock starts once: started again it keeps its first start, and the first clocks of an incident that has "
          "them are refused by the store", "[clocks][store]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(urgentAt(kKeySite));
    REQUIRE(id.ok());
    const IncidentClock first = *clockOf(svc, *id, ClockKind::CallToDispatch);
    const QSqlDatabase& c = s.db().connection();
    const qint64 later = first.startedAtMs + 90 * kSecond;
    ClockRepository::start(c, *id, {{ClockKind::CallToDispatch, later, 60 * kSecond}});
    CHECK(clockOf(svc, *id, ClockKind::CallToDispatch)->startedAtMs == first.startedAtMs);
    CHECK(clockOf(svc, *id, ClockKind::CallToDispatch)->deadlineMs == first.deadlineMs);
    // The clocks of a new incident are written without that check: the store's unique key still holds.
    CHECK_THROWS_AS(ClockRepository::startFirst(c, *id, {{ClockKind::CallToDispatch, later, 60 * kSecond}}),
                    DispatchError);
    CHECK(svc.clocks(*id).size() == 2);
}

TEST_CASE("a deadline is fixed when its clock starts; later changes do not move it", "[clocks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(urgentAt(kSuburb, 3));
    REQUIRE(id.ok());
    const qint64 deadline = clockOf(svc, *id, ClockKind::CallToDispatch)->deadlineMs;
    CHECK(deadline == s.clock().nowMs() + 600 * kSecond);
    const qint64 car = unit(svc);
    REQUIRE(svc.dispatchUnits(*id, {{car}}).ok());
    // Outside every zone: the least demanding target (20 min), relaxed ×2 for priority 3.
    CHECK(s.service().board().zoneAt(kSuburb) == nullptr);
    CHECK(clockOf(svc, *id, ClockKind::Arrival)->allowedMs == 2400 * kSecond);
    s.clock().advanceMs(5 * kSecond);
    REQUIRE(svc.clearUnit(car, UnitState::AvailablePatrol, QStringLiteral("recalled")).ok());
    CHECK(svc.board().incident(*id)->state == IncidentState::Triaged);
    REQUIRE(svc.dispatchUnits(*id, {{unit(svc, "特巡02")}}).ok());
    // A clock starts once: the second dispatch does not restart the arrival clock.
    CHECK(clockOf(svc, *id, ClockKind::Arrival)->startedAtMs == s.clock().nowMs() - 5 * kSecond);
}

TEST_CASE("cancelled and diverted incidents void their clocks; nothing is breached for them", "[clocks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(urgentAt(kKeySite));
    REQUIRE(id.ok());
    REQUIRE(svc.changeIncidentState(*id, IncidentState::Cancelled, QStringLiteral("误报")).ok());
    for (const IncidentClock& c : svc.clocks(*id))
        CHECK(c.outcome == QStringLiteral("void"));
    IncidentDraft light;
    light.summary = QStringLiteral("路灯不亮");
    light.category = QStringLiteral("non_police");
    light.priority = 4;
    light.divertTo = QStringLiteral("streetlight");
    auto diverted = svc.createIncident(light);
    REQUIRE(diverted.ok());
    for (const IncidentClock& c : svc.clocks(*diverted))
        CHECK(c.status(s.clock().nowMs(), 0.8) == ClockStatus::Void);
    s.clock().advanceMs(48LL * 3600 * kSecond);
    CHECK(svc.sweepClocks()->isEmpty());
}

TEST_CASE("every unit sent has its own sign-for: each miss is stamped once and announced with the unit", "[clocks][dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(urgentAt(kKeySite));
    REQUIRE(id.ok());
    REQUIRE(svc.dispatchUnits(*id, {{unit(svc, "特巡01")}}).ok());
    s.clock().advanceMs(10 * kSecond);
    REQUIRE(svc.dispatchUnits(*id, {{unit(svc, "特巡02")}}).ok()); // a second unit, its own 30 s from now
    QSignalSpy breached(&svc, &DispatchService::clocksBreached);

    // 31 s after the first dispatch: the incident's sign-for clock and the first unit's own deadline.
    s.clock().advanceMs(21 * kSecond);
    auto first = svc.sweepClocks();
    REQUIRE(first.ok());
    REQUIRE(first->size() == 2);
    const auto unitBreach = std::find_if(first->cbegin(), first->cend(), [](const ClockBreach& b) { return b.isUnitSignFor(); });
    REQUIRE(unitBreach != first->cend());
    CHECK(unitBreach->callsign == QStringLiteral("特巡01"));
    CHECK(unitBreach->allowedMs == 30 * kSecond);
    CHECK(breached.count() == 1);

    // The second unit's miss comes ten seconds later, alone; the first unit's is not stamped again.
    s.clock().advanceMs(5 * kSecond);
    CHECK(svc.sweepClocks()->isEmpty());
    s.clock().advanceMs(6 * kSecond);
    auto second = svc.sweepClocks();
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->first().callsign == QStringLiteral("特巡02"));
    CHECK(second->first().unitId == unit(svc, "特巡02"));
    int unitEvents = 0;
    for (const EventRecord& e : svc.history(QStringLiteral("incident"), *id))
        unitEvents += e.kind == QLatin1String("unit.sign_for_late");
    CHECK(unitEvents == 2);
    s.clock().advanceMs(1 * kSecond);
    CHECK(svc.sweepClocks()->isEmpty());
    // A unit that signed for in time is never stamped.
    REQUIRE(svc.advanceUnit(unit(svc, "特巡02"), UnitState::Acknowledged).ok());
    CHECK(breached.count() == 2);
}

TEST_CASE("a breach stamped by one desk is announced by the others", "[clocks][desks]")
{
    TestStore s;
    DispatchService& first = s.service();
    auto otherDb = Database::open(s.path(), Database::Mode::OpenExisting);
    REQUIRE(otherDb.ok());
    DispatchService second(**otherDb, s.clock(), QStringLiteral("desk-2"));
    auto id = first.createIncident(urgentAt(kKeySite));
    REQUIRE(id.ok());
    second.refreshIfChangedElsewhere();
    QSignalSpy heardHere(&second, &DispatchService::clocksBreached);
    s.clock().advanceMs(61 * kSecond);
    REQUIRE(first.sweepClocks()->size() == 1);
    // The second desk sweeps nothing (already stamped) but hears of it when it sees the other desk's change.
    CHECK(second.sweepClocks()->isEmpty());
    REQUIRE(second.refreshIfChangedElsewhere());
    REQUIRE(heardHere.count() == 1);
    const auto breaches = heardHere.first().first().value<QList<ClockBreach>>();
    REQUIRE(breaches.size() == 1);
    CHECK(breaches.first().incidentId == *id);
    CHECK(breaches.first().kind == ClockKind::CallToDispatch);
    CHECK(breaches.first().deadlineMs == first.clocks(*id).first().deadlineMs);
    // Its own stamps are never heard twice.
    QSignalSpy heardThere(&first, &DispatchService::clocksBreached);
    first.refreshIfChangedElsewhere();
    CHECK(heardThere.isEmpty());
}
