// SPDX-License-Identifier: GPL-3.0-or-later
// Callbacks (回访) and rectifications (整改): every valid closed incident is called back; tries, unreachable
// after the policy's number; satisfaction; an unsatisfied caller opens a rectification for the first unit sent;
// missed due times recorded once; every step an event.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "TestStore.h"

#include "store/EventLog.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc, const char* category = "dispute")
{
    IncidentDraft d;
    d.summary = QStringLiteral("楼上噪音扰民");
    d.category = QString::fromLatin1(category);
    d.priority = 3;
    d.position = kNearHospital;
    d.callerPhone = QStringLiteral("13800000000");
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

/// Sent, on scene, feedback, closed: the whole life of a handled incident.
qint64 handledAndClosed(DispatchService& svc, qint64* unit = nullptr)
{
    const qint64 incident = newIncident(svc);
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    REQUIRE(svc.recordFeedback(incident, car, QStringLiteral("双方已调解"), QStringLiteral("resolved_on_scene")).ok());
    REQUIRE(svc.changeIncidentState(incident, IncidentState::Closed).ok());
    if (unit)
        *unit = car;
    return incident;
}

QStringList kinds(TestStore& s, const QString& entity, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), entity, id))
        out << e.kind;
    return out;
}

} // namespace

TEST_CASE("a valid incident closed enters the callback list; diverted, invalid and non-police calls do not",
          "[followup][callbacks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = handledAndClosed(svc);
    const std::optional<Callback> c = svc.callbackOf(incident);
    REQUIRE(c);
    CHECK(c->state == CallbackState::Due);
    CHECK(c->dueMs == s.clock().nowMs() + svc.responsePolicy().callbackDueMs());
    CHECK(svc.responsePolicy().callbackDueMs() == 86400 * kSecond);
    CHECK(svc.openCallbacks().size() == 1);
    CHECK(kinds(s, QStringLiteral("callback"), c->id) == QStringList{QStringLiteral("callback.opened")});

    const qint64 invalid = newIncident(svc, "invalid");
    REQUIRE(svc.changeIncidentState(invalid, IncidentState::Closed).ok());
    CHECK_FALSE(svc.callbackOf(invalid));
    const qint64 cancelled = newIncident(svc);
    REQUIRE(svc.changeIncidentState(cancelled, IncidentState::Cancelled, QStringLiteral("误报")).ok());
    CHECK_FALSE(svc.callbackOf(cancelled));
    CHECK(svc.openCallbacks().size() == 1);
}

TEST_CASE("a caller not reached is tried again, then closed as unreachable after the policy's tries",
          "[followup][callbacks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = handledAndClosed(svc);
    const qint64 callback = svc.callbackOf(incident)->id;
    REQUIRE(svc.responsePolicy().callbackAttempts() == 3);
    REQUIRE(svc.recordCallback(callback, false).ok());
    REQUIRE(svc.recordCallback(callback, false).ok());
    CHECK(svc.openCallbacks().first().attempts == 2);
    s.clock().advanceMs(3600 * kSecond);
    REQUIRE(svc.recordCallback(callback, false).ok());
    CHECK(svc.openCallbacks().isEmpty());
    const Callback done = *svc.callbackOf(incident);
    CHECK(done.state == CallbackState::Unreachable);
    CHECK(done.attempts == 3);
    CHECK(done.doneAtMs == s.clock().nowMs());
    CHECK(done.doneBy == QStringLiteral("dispatcher"));
    CHECK(kinds(s, QStringLiteral("callback"), callback)
          == QStringList{QStringLiteral("callback.opened"), QStringLiteral("callback.not_reached"),
                         QStringLiteral("callback.not_reached"), QStringLiteral("callback.unreachable")});
    CHECK(svc.recordCallback(callback, false).errorString().contains(QStringLiteral("unreachable")));
}

TEST_CASE("a reached caller gives the satisfaction; unsatisfied opens a rectification for the first unit sent",
          "[followup][callbacks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    qint64 car = 0;
    const qint64 satisfied = handledAndClosed(svc, &car);
    const qint64 first = svc.callbackOf(satisfied)->id;
    CHECK(svc.recordCallback(first, true).errorString().contains(QStringLiteral("satisfaction")));
    REQUIRE(svc.recordCallback(first, true, Satisfaction::BasicallySatisfied, QStringLiteral("还行")).ok());
    CHECK(svc.callbackOf(satisfied)->satisfaction == Satisfaction::BasicallySatisfied);
    CHECK(svc.openRectifications().isEmpty());

    const qint64 unhappy = handledAndClosed(svc);
    const qint64 second = svc.callbackOf(unhappy)->id;
    CHECK(svc.recordCallback(second, true, Satisfaction::Unsatisfied).errorString().contains(QStringLiteral("said")));
    REQUIRE(svc.recordCallback(second, true, Satisfaction::Unsatisfied, QStringLiteral("民警态度生硬，问题没解决")).ok());
    const QList<Rectification> open = svc.openRectifications();
    REQUIRE(open.size() == 1);
    const Rectification r = open.first();
    CHECK(r.incidentId == unhappy);
    CHECK(r.unitId == car);
    CHECK(r.issue == QStringLiteral("民警态度生硬，问题没解决"));
    CHECK(r.deadlineMs == s.clock().nowMs() + svc.responsePolicy().rectificationMs());
    CHECK(kinds(s, QStringLiteral("rectification"), r.id) == QStringList{QStringLiteral("rectification.opened")});

    CHECK(svc.completeRectification(r.id, QStringLiteral(" ")).errorString().contains(QStringLiteral("what was done")));
    s.clock().advanceMs(86400 * kSecond);
    REQUIRE(svc.completeRectification(r.id, QStringLiteral("已约谈民警并回复当事人")).ok());
    CHECK(svc.openRectifications().isEmpty());
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("rectification"), r.id);
    CHECK(events.last().kind == QStringLiteral("rectification.done"));
    CHECK(events.last().payloadObject()[QStringLiteral("late_seconds")].toInt() == 0);
    CHECK(svc.completeRectification(r.id, QStringLiteral("again")).errorString().contains(QStringLiteral("already")));

    // The report figures: two callbacks to make, both reached, one basically satisfied, one unsatisfied; a third
    // incident closed and not yet called back lowers the callback rate.
    handledAndClosed(svc);
    auto st = svc.statistics({});
    REQUIRE(st.ok());
    CHECK(st->callbacks == 3);
    CHECK(st->callbacksReached == 2);
    CHECK(st->basicallySatisfied == 1);
    CHECK(st->unsatisfied == 1);
    CHECK(st->callbackRate() == Approx(2.0 / 3));
    CHECK(st->satisfactionRate() == Approx(0.5));
    const QJsonObject outcomes = st->toJson(svc.board().timeZone())[QStringLiteral("outcomes")].toObject();
    CHECK(outcomes[QStringLiteral("satisfaction_rate")].toDouble() == Approx(0.5));
    CHECK(outcomes[QStringLiteral("callbacks")].toObject()[QStringLiteral("reached")].toInt() == 2);
}

TEST_CASE("a callback or rectification past its due time is recorded overdue once", "[followup][callbacks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = handledAndClosed(svc);
    const qint64 callback = svc.callbackOf(incident)->id;
    test::FollowUpSpy overdue(svc, Entity::Callback, test::FollowUpSpy::Signal::Overdue);
    test::FollowUpSpy rectOverdue(svc, Entity::Rectification, test::FollowUpSpy::Signal::Overdue);

    s.clock().advanceMs(svc.responsePolicy().callbackDueMs());
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.isEmpty());
    s.clock().advanceMs(kSecond);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    CHECK(overdue.ids(0) == QList<qint64>{callback});
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    CHECK(svc.openCallbacks().first().overdueAtMs == s.clock().nowMs());

    // Reached late and unsatisfied: the rectification's own deadline, missed too, is recorded once.
    REQUIRE(svc.recordCallback(callback, true, Satisfaction::Unsatisfied, QStringLiteral("没人管")).ok());
    const qint64 rect = svc.openRectifications().first().id;
    const QList<EventRecord> reached = EventLog::forEntity(s.db().connection(), QStringLiteral("callback"), callback);
    CHECK(reached.last().payloadObject()[QStringLiteral("late_seconds")].toInt() == 1);
    s.clock().advanceMs(svc.responsePolicy().rectificationMs() + 60 * kSecond);
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    REQUIRE(rectOverdue.count() == 1);
    CHECK(rectOverdue.ids(0) == QList<qint64>{rect});
    REQUIRE(svc.sweepClocks().ok());
    CHECK(rectOverdue.count() == 1);
    s.clock().advanceMs(60 * kSecond);
    REQUIRE(svc.completeRectification(rect, QStringLiteral("已整改")).ok());
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("rectification"), rect);
    CHECK(kinds(s, QStringLiteral("rectification"), rect)
          == QStringList{QStringLiteral("rectification.opened"), QStringLiteral("rectification.overdue"),
                         QStringLiteral("rectification.done")});
    CHECK(events.last().payloadObject()[QStringLiteral("late_seconds")].toInt() == 120);
}

TEST_CASE("feedback review: returned to the unit with a reason, given again, accepted and closed into the callbacks",
          "[followup][feedback]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    CHECK(svc.reviewFeedback(incident, true).errorString().contains(QStringLiteral("no feedback waiting")));
    REQUIRE(svc.recordFeedback(incident, car, QStringLiteral("已处理"), QStringLiteral("resolved_on_scene")).ok());

    CHECK(svc.reviewFeedback(incident, false).errorString().contains(QStringLiteral("why")));
    REQUIRE(svc.reviewFeedback(incident, false, QStringLiteral("未写明处理结果和当事人信息")).ok());
    CHECK(svc.board().incident(incident)->state == IncidentState::OnScene);
    CHECK_FALSE(svc.callbackOf(incident));
    REQUIRE(svc.recordFeedback(incident, car, QStringLiteral("双方达成和解，已登记当事人"), QStringLiteral("resolved_on_scene")).ok());
    REQUIRE(svc.reviewFeedback(incident, true).ok());
    CHECK(svc.findIncident(incident)->state == IncidentState::Closed);
    CHECK(svc.callbackOf(incident)); // 一警一回访
    QStringList kinds;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("incident"), incident))
        if (e.kind.startsWith(QStringLiteral("feedback.")))
            kinds << e.kind;
    CHECK(kinds == QStringList{QStringLiteral("feedback.returned"), QStringLiteral("feedback.accepted")});
}
