// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision (督办): shift leaders put items under supervision with owner, method and deadline; progress notes;
// closing result; a missed deadline recorded once; an overdue rectification goes under supervision by itself.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "TestStore.h"

#include "store/EventLog.h"

#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc)
{
    IncidentDraft d;
    d.summary = QStringLiteral("多次报警：同一地点聚众赌博");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = kNearHospital;
    d.callerPhone = QStringLiteral("13900000000");
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

QStringList kinds(TestStore& s, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("supervision"), id))
        out << e.kind;
    return out;
}

} // namespace

TEST_CASE("a shift leader puts an incident under supervision; notes, closing and the role rules", "[followup][supervision]")
{
    TestStore s(TestStore::Demo, QStringLiteral("leader"));
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 now = s.clock().nowMs();

    CHECK(svc.supervise(SupervisionSubject::Incident, incident, QStringLiteral(" "), SupervisionMethod::Phone, now + kHour)
              .errorString().contains(QStringLiteral("answers")));
    CHECK(svc.supervise(SupervisionSubject::Incident, incident, QStringLiteral("城北派出所 张所长"), SupervisionMethod::Phone, now)
              .errorString().contains(QStringLiteral("deadline")));
    CHECK(svc.supervise(SupervisionSubject::Callback, 999, QStringLiteral("x"), SupervisionMethod::Phone, now + kHour)
              .errorString().contains(QStringLiteral("999")));
    test::FollowUpSpy changed(svc, Entity::Supervision, test::FollowUpSpy::Signal::Changed);
    auto id = svc.supervise(SupervisionSubject::Incident, incident, QStringLiteral("城北派出所 张所长"),
                            SupervisionMethod::Instruction, now + 4 * kHour);
    REQUIRE(id.ok());
    CHECK(changed.count() == 1);
    CHECK(svc.supervise(SupervisionSubject::Incident, incident, QStringLiteral("again"), SupervisionMethod::Phone, now + kHour)
              .errorString().contains(QStringLiteral("already")));
    const QList<Supervision> open = svc.openSupervisions();
    REQUIRE(open.size() == 1);
    CHECK(open.first().incidentId == incident);
    CHECK(open.first().title == QStringLiteral("Incident ") + svc.findIncident(incident)->number);
    CHECK(open.first().method == SupervisionMethod::Instruction);
    CHECK(open.first().createdBy == QStringLiteral("leader"));

    // A dispatcher adds progress but neither opens nor closes.
    s.signIn(QStringLiteral("dispatcher"));
    CHECK_FALSE(svc.supervise(SupervisionSubject::Incident, newIncident(svc), QStringLiteral("x"), SupervisionMethod::Online,
                              now + kHour).ok());
    CHECK(svc.addSupervisionNote(*id, QStringLiteral(" ")).errorString().contains(QStringLiteral("text")));
    REQUIRE(svc.addSupervisionNote(*id, QStringLiteral("已电话督促派出所当晚出警清查")).ok());
    CHECK_FALSE(svc.closeSupervision(*id, QStringLiteral("done")).ok());
    s.signIn(QStringLiteral("leader"));
    s.clock().advanceMs(kHour);
    REQUIRE(svc.addSupervisionNote(*id, QStringLiteral("派出所回复：已查处，收缴赌具")).ok());
    const QList<SupervisionNote> notes = svc.supervisionNotes(*id);
    REQUIRE(notes.size() == 2);
    CHECK(notes.first().by == QStringLiteral("dispatcher"));
    CHECK(notes.last().atMs == s.clock().nowMs());
    CHECK(svc.closeSupervision(*id, QString()).errorString().contains(QStringLiteral("how it ended")));
    REQUIRE(svc.closeSupervision(*id, QStringLiteral("已查处，挂账销号")).ok());
    CHECK(svc.openSupervisions().isEmpty());
    CHECK(svc.addSupervisionNote(*id, QStringLiteral("late")).errorString().contains(QStringLiteral("closed")));
    CHECK(kinds(s, *id) == QStringList{QStringLiteral("supervision.opened"), QStringLiteral("supervision.note"),
                                       QStringLiteral("supervision.note"), QStringLiteral("supervision.closed")});
    // Closed, the item may be put under supervision again.
    CHECK(svc.supervise(SupervisionSubject::Incident, incident, QStringLiteral("x"), SupervisionMethod::Online,
                        s.clock().nowMs() + kHour).ok());
}

TEST_CASE("unsatisfied → rectification → overdue → under supervision → overdue, each recorded once",
          "[followup][supervision][callbacks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    REQUIRE(svc.recordFeedback(incident, car, QStringLiteral("已驱散"), QStringLiteral("resolved_on_scene")).ok());
    REQUIRE(svc.changeIncidentState(incident, IncidentState::Closed).ok());
    REQUIRE(svc.recordCallback(svc.callbackOf(incident)->id, true, Satisfaction::Unsatisfied, QStringLiteral("又在赌了")).ok());
    const qint64 rect = svc.openRectifications().first().id;
    test::FollowUpSpy overdue(svc, Entity::Supervision, test::FollowUpSpy::Signal::Overdue);

    s.clock().advanceMs(svc.responsePolicy().rectificationMs() + kSecond);
    REQUIRE(svc.sweepClocks().ok());
    const QList<Supervision> open = svc.openSupervisions();
    REQUIRE(open.size() == 1);
    CHECK(open.first().subject == SupervisionSubject::Rectification);
    CHECK(open.first().subjectId == rect);
    CHECK(open.first().incidentId == incident);
    CHECK(open.first().deadlineMs == s.clock().nowMs() + svc.responsePolicy().supervisionMs());
    CHECK(open.first().owner == QStringLiteral("shift leader on duty"));
    REQUIRE(svc.sweepClocks().ok());
    CHECK(svc.openSupervisions().size() == 1); // escalated once

    s.clock().advanceMs(svc.responsePolicy().supervisionMs() + kSecond);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    CHECK(svc.openSupervisions().first().overdueAtMs == s.clock().nowMs());
    CHECK(kinds(s, open.first().id) == QStringList{QStringLiteral("supervision.opened"), QStringLiteral("supervision.overdue")});
}
