// SPDX-License-Identifier: GPL-3.0-or-later
// Dispatch through the facade: units sent, their steps, feedback, clear, reassignment and the release of
// every unit when an incident ends. The unit's status and current incident, the incident's state and the
// assignments must agree in the board and in the store after every command.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/AssignmentRepository.h"
#include "store/EventLog.h"
#include "store/Sql.h"
#include "store/UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 unitId(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

qint64 newIncident(DispatchService& svc, int priority = 2, const GeoPoint& where = kNearHospital)
{
    IncidentDraft d;
    d.summary = QStringLiteral("两人在医院门口打架");
    d.category = QStringLiteral("public_order");
    d.priority = priority;
    d.position = where;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

QStringList kinds(DispatchService& svc, const QString& entity, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : svc.history(entity, id))
        out << e.kind;
    return out;
}

/// Board and store agree for every unit: status, current incident, and one open assignment exactly when
/// the unit is committed, to the same incident.
void checkConsistent(TestStore& s)
{
    DispatchService& svc = s.service();
    const QList<Assignment> open = AssignmentRepository::allOpen(s.db().connection());
    for (qint64 id : svc.board().unitIds()) {
        const Unit* onBoard = svc.board().unit(id);
        const std::optional<Unit> stored = UnitRepository::find(s.db().connection(), id);
        REQUIRE(stored);
        INFO(onBoard->callsign.toStdString());
        CHECK(onBoard->state == stored->state);
        CHECK(onBoard->incidentId == stored->incidentId);
        const auto mine = std::count_if(open.begin(), open.end(), [&](const Assignment& a) { return a.unitId == id; });
        CHECK(mine == (onBoard->isCommitted() ? 1 : 0));
        for (const Assignment& a : open)
            if (a.unitId == id) {
                CHECK(a.incidentId == onBoard->incidentId);
                CHECK(a.stage() == onBoard->state);
            }
        if (onBoard->incidentId) {
            const Incident* i = svc.board().incident(onBoard->incidentId);
            REQUIRE(i); // a unit is never committed to an incident that left the board
        }
    }
}

} // namespace

TEST_CASE("dispatching a unit commits it and moves the incident, with an event on each", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = unitId(svc, "特巡08");
    QSignalSpy units(&svc, &DispatchService::unitsChanged);
    QSignalSpy incidents(&svc, &DispatchService::incidentsChanged);

    s.clock().advanceMs(20 * kSecond);
    REQUIRE(svc.dispatchUnits(incident, {{car, 350, 60}}).ok());
    CHECK(units.count() == 1);
    CHECK(incidents.count() == 1);
    CHECK(svc.board().unit(car)->state == UnitState::Dispatched);
    CHECK(svc.board().unit(car)->incidentId == incident);
    CHECK(svc.board().unit(car)->signForDeadlineMs == s.clock().nowMs() + 30 * kSecond);
    CHECK(svc.board().incident(incident)->state == IncidentState::Dispatched);
    const QList<Assignment> as = svc.assignments(incident);
    REQUIRE(as.size() == 1);
    CHECK(as.first().distanceM == 350);
    CHECK(as.first().etaSeconds == 60);
    CHECK(as.first().isOpen());
    CHECK(kinds(svc, QStringLiteral("incident"), incident).contains(QStringLiteral("incident.unit_dispatched")));
    const EventRecord unitEvent = svc.history(QStringLiteral("unit"), car).last();
    CHECK(unitEvent.kind == QStringLiteral("unit.state_changed"));
    CHECK(unitEvent.payloadObject().value(QStringLiteral("incident_id")).toInteger() == incident);
    checkConsistent(s);

    // Sent twice to the same incident, or to another without confirming: refused, nothing written.
    const qint64 other = newIncident(svc);
    CHECK(svc.dispatchUnits(incident, {{car}}).errorString().contains(QStringLiteral("already assigned")));
    CHECK(svc.dispatchUnits(other, {{car}}).errorString().contains(QStringLiteral("confirm")));
    CHECK(svc.board().unit(car)->incidentId == incident);
    CHECK(svc.assignments(other).isEmpty());
    // Off duty units are not sent.
    CHECK_FALSE(svc.dispatchUnits(other, {{unitId(svc, "城西02")}}).ok());
    checkConsistent(s);
}

TEST_CASE("steps: signed for, en route, on scene; a late sign-for keeps its late seconds", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());

    s.clock().advanceMs(42 * kSecond); // 12 s past the 30 s sign-for
    CHECK(svc.board().unit(car)->signForOverdue(s.clock().nowMs()));
    REQUIRE(svc.changeUnitState(car, UnitState::Acknowledged).ok()); // the status key goes through the steps
    CHECK(svc.board().incident(incident)->state == IncidentState::Acknowledged);
    CHECK_FALSE(svc.board().unit(car)->signForOverdue(s.clock().nowMs()));
    const QList<EventRecord> history = svc.history(QStringLiteral("incident"), incident);
    const EventRecord step = history.at(kinds(svc, QStringLiteral("incident"), incident)
                                            .lastIndexOf(QStringLiteral("incident.unit_step")));
    CHECK(history.last().kind == QStringLiteral("incident.state_changed")); // the incident follows its unit
    CHECK(step.payloadObject().value(QStringLiteral("signed_for_late_seconds")).toDouble() == Approx(12.0));
    CHECK(svc.assignments(incident).first().signForLate(s.clock().nowMs()));

    CHECK(svc.advanceUnit(car, UnitState::Acknowledged).errorString().contains(QStringLiteral("already")));
    REQUIRE(svc.advanceUnit(car, UnitState::EnRoute).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::EnRoute);
    s.clock().advanceMs(100 * kSecond);
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::OnScene);
    const Assignment a = svc.assignments(incident).first();
    CHECK(a.onSceneAtMs == s.clock().nowMs());
    CHECK(a.onSceneAtMs - a.dispatchedAtMs == 142 * kSecond);
    checkConsistent(s);
}

TEST_CASE("a step may be skipped: on scene straight from dispatched counts as signed for", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    s.clock().advanceMs(10 * kSecond);
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    const Assignment a = svc.assignments(incident).first();
    CHECK(a.acknowledgedAtMs == s.clock().nowMs());
    CHECK(a.enRouteAtMs == s.clock().nowMs());
    CHECK_FALSE(a.signForLate(s.clock().nowMs()));
    CHECK(svc.board().incident(incident)->state == IncidentState::OnScene);
}

TEST_CASE("several units: the incident follows the furthest one; recalling every unit puts it back in the queue",
          "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc, 1);
    const qint64 a = unitId(svc, "特巡08");
    const qint64 b = unitId(svc, "特巡01");
    REQUIRE(svc.dispatchUnits(incident, {{a}, {b}}).ok());
    CHECK(svc.assignments(incident).size() == 2);
    REQUIRE(svc.advanceUnit(b, UnitState::EnRoute).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::EnRoute);
    // The unit furthest along is recalled: the incident steps back to the other one's step.
    REQUIRE(svc.clearUnit(b, UnitState::AvailableStaging, QStringLiteral("另有警情")).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::Dispatched);
    CHECK(svc.assignments(incident).last().release == QStringLiteral("recalled"));
    CHECK(svc.board().unit(b)->state == UnitState::AvailableStaging);
    CHECK(svc.board().unit(b)->incidentId == 0);
    checkConsistent(s);
    REQUIRE(svc.clearUnit(a).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::Triaged);
    checkConsistent(s);
    // Setting the incident's state by hand is refused: it follows its units.
    CHECK_FALSE(svc.changeIncidentState(incident, IncidentState::Dispatched).ok());
}

TEST_CASE("reassigning a unit keeps both incidents' histories and every view consistent", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 first = newIncident(svc, 3);
    const qint64 second = newIncident(svc, 1, geo::offsetMetres(kNearHospital, 400, 0));
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(first, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::EnRoute).ok());
    QSignalSpy changed(&svc, &DispatchService::incidentsChanged);

    REQUIRE(svc.dispatchUnits(second, {{car}}, true).ok());
    REQUIRE(changed.count() == 1);
    const QList<qint64> ids = changed.first().first().value<QList<qint64>>();
    CHECK(ids.contains(first));
    CHECK(ids.contains(second));
    // The unit is now on the second incident only, dispatched afresh (its sign-for starts again).
    CHECK(svc.board().unit(car)->incidentId == second);
    CHECK(svc.board().unit(car)->state == UnitState::Dispatched);
    CHECK(svc.board().unit(car)->signedForAtMs == 0);
    CHECK(svc.board().incident(first)->state == IncidentState::Triaged);
    CHECK(svc.board().incident(second)->state == IncidentState::Dispatched);
    // The first incident keeps the record of the unit that left, with where it went.
    const QList<Assignment> old = svc.assignments(first);
    REQUIRE(old.size() == 1);
    CHECK(old.first().release == QStringLiteral("reassigned"));
    CHECK(old.first().enRouteAtMs != 0);
    const EventRecord released = svc.history(QStringLiteral("incident"), first).at(
        kinds(svc, QStringLiteral("incident"), first).indexOf(QStringLiteral("incident.unit_released")));
    CHECK(released.payloadObject().value(QStringLiteral("to_incident_id")).toInteger() == second);
    CHECK(svc.assignments(second).first().committedOverride);
    checkConsistent(s);

    // The store itself refuses a second open assignment for one unit.
    CHECK_THROWS(sql::run(s.db().connection(),
                          QStringLiteral("INSERT INTO assignments(incident_id, unit_id, dispatched_at, sign_for_deadline) "
                                         "VALUES (?, ?, 0, 0)"),
                          {first, car}));
    // After a reopen (every screen reads the store) the picture is the same.
    s.reopen();
    CHECK(s.service().board().unit(car)->incidentId == second);
    checkConsistent(s);
}

TEST_CASE("feedback from the scene with a disposition; closing releases every unit", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc, 1);
    const qint64 a = unitId(svc, "特巡08");
    const qint64 b = unitId(svc, "特巡01");
    REQUIRE(svc.dispatchUnits(incident, {{a}, {b}}).ok());
    CHECK(svc.recordFeedback(incident, a, QStringLiteral("已处置"), QStringLiteral("resolved_on_scene"))
              .errorString()
              .contains(QStringLiteral("from the scene")));
    REQUIRE(svc.advanceUnit(a, UnitState::OnScene).ok());
    CHECK(svc.recordFeedback(incident, a, QStringLiteral("已处置"), QStringLiteral("made_up")).error().where
          == QStringLiteral("disposition"));
    CHECK(svc.recordFeedback(incident, a, QStringLiteral("  "), QStringLiteral("mediated")).error().where
          == QStringLiteral("result"));
    CHECK_FALSE(svc.recordFeedback(incident, unitId(svc, "特巡02"), QStringLiteral("x"), QStringLiteral("mediated")).ok());
    REQUIRE(svc.recordFeedback(incident, a, QStringLiteral("双方已调解离开"), QStringLiteral("mediated")).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::FeedbackGiven);
    REQUIRE(svc.feedback(incident).size() == 1);
    CHECK(svc.feedback(incident).first().disposition == QStringLiteral("mediated"));
    // Clearing the unit on scene is a "cleared" release; the other unit is still assigned.
    REQUIRE(svc.clearUnit(a).ok());
    CHECK(svc.assignments(incident).first().release == QStringLiteral("cleared"));
    CHECK(svc.board().unit(b)->incidentId == incident);

    REQUIRE(svc.changeIncidentState(incident, IncidentState::Closed, QStringLiteral("处置完毕")).ok());
    CHECK(svc.board().incident(incident) == nullptr);
    CHECK(svc.board().unit(b)->state == UnitState::AvailablePatrol);
    CHECK(svc.board().unit(b)->incidentId == 0);
    CHECK(svc.assignments(incident).last().release == QStringLiteral("closed"));
    checkConsistent(s);
}

TEST_CASE("a status key on a committed unit clears it; committed states are reached by dispatch only", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = unitId(svc, "特巡08");
    CHECK_FALSE(svc.changeUnitState(car, UnitState::Dispatched).ok());
    CHECK(svc.changeUnitState(car, UnitState::OnScene).errorString().contains(QStringLiteral("not assigned")));
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.changeUnitState(car, UnitState::Busy, QStringLiteral("加油")).ok());
    CHECK(svc.board().unit(car)->state == UnitState::Busy);
    CHECK(svc.board().unit(car)->incidentId == 0);
    CHECK(svc.board().incident(incident)->state == IncidentState::Triaged);
    checkConsistent(s);
}

TEST_CASE("a cancelled or merged incident frees its units", "[dispatch]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.changeIncidentState(incident, IncidentState::Cancelled, QStringLiteral("报警人撤警")).ok());
    CHECK(svc.board().unit(car)->isAvailable());
    CHECK(svc.board().unit(car)->incidentId == 0);
    checkConsistent(s);
}

TEST_CASE("a shift change puts units on and off duty in one step, all or nothing", "[dispatch][duty]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 west2 = unitId(svc, "城西02"); // off duty in the demo district
    const qint64 north1 = unitId(svc, "城北01");
    const qint64 special1 = unitId(svc, "特巡01");
    const qint64 special8 = unitId(svc, "特巡08");
    REQUIRE_FALSE(svc.board().unit(west2)->isOnDuty());
    const qint64 before = EventLog::lastSeq(s.db().connection());

    // Refusals name the unit and write nothing.
    const qint64 incident = newIncident(svc);
    REQUIRE(svc.dispatchUnits(incident, {{special8}}).ok());
    const qint64 afterDispatch = EventLog::lastSeq(s.db().connection());
    Status committed = svc.changeDuty({{west2}, {north1, special8}, QStringLiteral("夜班")});
    CHECK(committed.errorString().contains(QStringLiteral("特巡08")));
    CHECK(committed.errorString().contains(QStringLiteral("clear it first")));
    CHECK(svc.changeDuty({{north1}, {}, {}}).errorString().contains(QStringLiteral("already on duty")));
    CHECK(svc.changeDuty({{}, {west2}, {}}).errorString().contains(QStringLiteral("already off duty")));
    CHECK(svc.changeDuty({{west2}, {west2}, {}}).errorString().contains(QStringLiteral("listed twice")));
    CHECK_FALSE(svc.changeDuty({}).ok());
    CHECK(EventLog::lastSeq(s.db().connection()) == afterDispatch);
    CHECK_FALSE(svc.board().unit(west2)->isOnDuty());
    CHECK(svc.board().unit(north1)->isAvailable());

    QSignalSpy unitsChanged(&svc, &DispatchService::unitsChanged);
    REQUIRE(svc.changeDuty({{west2}, {north1, special1}, QStringLiteral("夜班")}).ok());
    CHECK(unitsChanged.size() == 1); // one batched signal for the whole change
    CHECK(svc.board().unit(west2)->state == UnitState::AvailablePatrol); // no staging point: on patrol
    CHECK(svc.board().unit(north1)->state == UnitState::OffDuty);
    CHECK(svc.board().unit(special1)->state == UnitState::OffDuty);
    CHECK(svc.board().unit(special8)->incidentId == incident); // untouched
    // Back on duty, a unit with a staging point waits there.
    REQUIRE(svc.changeDuty({{special1}, {}, QStringLiteral("白班")}).ok());
    CHECK(svc.board().unit(special1)->state == UnitState::AvailableStaging);

    const QList<EventRecord> events = EventLog::range(s.db().connection(), afterDispatch + 1, 100);
    QStringList seen;
    for (const EventRecord& e : events)
        seen << e.kind;
    CHECK(seen == QStringList{QStringLiteral("unit.state_changed"), QStringLiteral("unit.state_changed"),
                              QStringLiteral("unit.state_changed"), QStringLiteral("units.duty_changed"),
                              QStringLiteral("unit.state_changed"), QStringLiteral("units.duty_changed")});
    const QJsonObject summary = QJsonDocument::fromJson(events.at(3).payload).object();
    CHECK(summary.value(QStringLiteral("shift")).toString() == QStringLiteral("夜班"));
    CHECK(summary.value(QStringLiteral("on_duty")).toArray().size() == 1);
    CHECK(summary.value(QStringLiteral("off_duty")).toArray().size() == 2);
    CHECK(QJsonDocument::fromJson(events.at(0).payload).object().value(QStringLiteral("reason")).toString().contains(
        QStringLiteral("夜班")));
    CHECK(before < afterDispatch);
    checkConsistent(s);
}
