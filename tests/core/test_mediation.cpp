// SPDX-License-Identifier: GPL-3.0-or-later
// Mediation (调解): disputes go to certified mediators (a valid certificate on the day); the outcome is settled, not
// settled or referred, by the policy's deadline; a missed deadline is recorded once; the success rate is a figure.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "TestStore.h"

#include "store/EventLog.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc, const char* category = "dispute")
{
    IncidentDraft d;
    d.summary = QStringLiteral("邻里因停车位发生纠纷");
    d.category = QString::fromLatin1(category);
    d.priority = 3;
    d.position = kNearHospital;
    d.callerPhone = QStringLiteral("13700000000");
    d.mediation = d.category == QLatin1String("dispute"); // offered to a mediator at triage
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

qint64 unitId(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

QStringList kinds(TestStore& s, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("mediation"), id))
        out << e.kind;
    return out;
}

} // namespace

TEST_CASE("sending a certified mediator to a dispute hands the mediation over, with its deadline", "[followup][mediation]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const Unit* mediator = svc.board().unitByCallsign(QStringLiteral("调解01"));
    REQUIRE(mediator);
    CHECK(mediator->certificateNo == QStringLiteral("思调证 2025-017"));
    CHECK(mediator->hasValidCertificate(s.clock().nowMs()));

    const qint64 incident = newIncident(svc);
    test::FollowUpSpy changed(svc, Entity::Mediation, test::FollowUpSpy::Signal::Changed);
    REQUIRE(svc.dispatchUnits(incident, {{mediator->id}}).ok());
    CHECK(changed.count() == 1);
    const QList<Mediation> open = svc.openMediations();
    REQUIRE(open.size() == 1);
    const Mediation& m = open.first();
    CHECK(m.incidentId == incident);
    CHECK(m.unitId == mediator->id);
    CHECK(m.certificateNo == QStringLiteral("思调证 2025-017"));
    CHECK(m.assignedBy == QStringLiteral("dispatcher"));
    CHECK(m.deadlineMs == s.clock().nowMs() + 3 * 24 * kHour);
    CHECK(svc.responsePolicy().mediationMs() == 3 * 24 * kHour);
    CHECK(kinds(s, m.id) == QStringList{QStringLiteral("mediation.assigned")});

    // A second mediator joins the incident but the mediation stays one.
    REQUIRE(svc.dispatchUnits(incident, {{unitId(svc, "调解02")}}).ok());
    CHECK(svc.openMediations().size() == 1);
    CHECK(svc.assignMediation(incident, unitId(svc, "调解02")).errorString().contains(QStringLiteral("already")));
}

TEST_CASE("only disputes, only mediators, only valid certificates", "[followup][mediation]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 theft = newIncident(svc, "criminal");
    const qint64 m1 = unitId(svc, "调解01");
    const qint64 m2 = unitId(svc, "调解02");
    CHECK(svc.dispatchUnits(theft, {{m1}}).errorString().contains(QStringLiteral("disputes only")));
    CHECK(svc.assignMediation(theft, m1).errorString().contains(QStringLiteral("only a dispute")));
    const qint64 dispute = newIncident(svc);
    CHECK(svc.assignMediation(dispute, unitId(svc, "城北01")).errorString().contains(QStringLiteral("not a mediator")));

    // 调解02's certificate is valid through 2027-09-30 (centre time): on 2 October 2027 it is not.
    s.clock().set(QDateTime(QDate(2027, 10, 2), QTime(9, 0), QTimeZone("Asia/Shanghai")));
    const qint64 later = newIncident(svc);
    const Status refused = svc.dispatchUnits(later, {{m2}});
    CHECK(refused.errorString().contains(QStringLiteral("思调证 2024-042")));
    CHECK(refused.errorString().contains(QStringLiteral("2027-09-30")));
    CHECK(svc.assignMediation(later, m2).errorString().contains(QStringLiteral("expired")));
    CHECK(svc.openMediations().isEmpty());

    // The recommendation leaves the expired mediator out, with the reason, and offers the valid one (its position
    // reported afresh: a year later every stored fix is stale).
    for (const qint64 m : {m1, m2})
        REQUIRE(svc.reportPosition(m, geo::offsetMetres(kNearHospital, 500, 0)).ok());
    const Recommendation r = svc.recommend(later);
    bool leftOut = false;
    for (const Exclusion& e : r.excluded)
        if (e.unitId == m2) {
            leftOut = true;
            CHECK(e.reason == Exclusion::Reason::NoValidCertificate);
            CHECK(e.code() == QStringLiteral("no_valid_certificate"));
        }
    CHECK(leftOut);
    CHECK(std::any_of(r.candidates.cbegin(), r.candidates.cend(), [&](const Candidate& c) { return c.unitId == m1; }));
    REQUIRE(svc.dispatchUnits(later, {{m1}}).ok());
    CHECK(svc.openMediations().size() == 1);
}

TEST_CASE("the outcome: settled, not settled with why, referred with where; recorded once", "[followup][mediation]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 a = newIncident(svc), b = newIncident(svc), c = newIncident(svc);
    const qint64 mediator = unitId(svc, "调解01");
    // A mediation can be handed over without sending the unit (after the patrol's first handling).
    auto ma = svc.assignMediation(a, mediator, QStringLiteral("巡逻组先期处置后移交调解"));
    auto mb = svc.assignMediation(b, mediator);
    auto mc = svc.assignMediation(c, mediator);
    REQUIRE(ma.ok());
    REQUIRE(mb.ok());
    REQUIRE(mc.ok());
    CHECK(svc.openMediations().size() == 3);

    CHECK(svc.recordMediation(*ma, MediationOutcome::None).errorString().contains(QStringLiteral("how")));
    CHECK(svc.recordMediation(*mb, MediationOutcome::NotSettled).errorString().contains(QStringLiteral("why")));
    CHECK(svc.recordMediation(*mc, MediationOutcome::Referred, QStringLiteral(" ")).errorString().contains(QStringLiteral("where")));
    s.clock().advanceMs(2 * kHour);
    REQUIRE(svc.recordMediation(*ma, MediationOutcome::Settled, QStringLiteral("双方达成协议，赔偿 500 元")).ok());
    REQUIRE(svc.recordMediation(*mb, MediationOutcome::NotSettled, QStringLiteral("一方拒绝调解")).ok());
    REQUIRE(svc.recordMediation(*mc, MediationOutcome::Referred, QStringLiteral("移交社区人民调解委员会")).ok());
    CHECK(svc.recordMediation(*ma, MediationOutcome::NotSettled, QStringLiteral("x")).errorString().contains(QStringLiteral("already")));
    CHECK(svc.openMediations().isEmpty());

    const QList<Mediation> done = svc.mediationsOf(a);
    REQUIRE(done.size() == 1);
    CHECK(done.first().outcome == MediationOutcome::Settled);
    CHECK(done.first().outcomeAtMs == s.clock().nowMs());
    CHECK(done.first().outcomeBy == QStringLiteral("dispatcher"));
    CHECK(kinds(s, *ma) == QStringList{QStringLiteral("mediation.assigned"), QStringLiteral("mediation.settled")});
    CHECK(kinds(s, *mb).last() == QStringLiteral("mediation.not_settled"));
    CHECK(kinds(s, *mc).last() == QStringLiteral("mediation.referred"));

    // A new mediation may follow an ended one.
    CHECK(svc.assignMediation(b, unitId(svc, "调解02")).ok());
}

TEST_CASE("a mediation past its deadline is recorded overdue once, with the late seconds", "[followup][mediation]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    auto id = svc.assignMediation(incident, unitId(svc, "调解01"));
    REQUIRE(id.ok());
    test::FollowUpSpy overdue(svc, Entity::Mediation, test::FollowUpSpy::Signal::Overdue);
    s.clock().advanceMs(svc.responsePolicy().mediationMs());
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.isEmpty()); // at the deadline, not yet past it
    s.clock().advanceMs(90 * kSecond);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    CHECK(overdue.ids(0) == QList<qint64>{*id});
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("mediation"), *id);
    REQUIRE(events.size() == 2);
    CHECK(events.last().kind == QStringLiteral("mediation.overdue"));
    CHECK(events.last().payloadObject().value(QStringLiteral("late_seconds")).toInt() == 90);
    CHECK(svc.openMediations().first().overdueAtMs == s.clock().nowMs());
    // Still owed: the outcome can be recorded late; the late seconds go with it.
    REQUIRE(svc.recordMediation(*id, MediationOutcome::Settled, QStringLiteral("和解")).ok());
    CHECK(EventLog::forEntity(s.db().connection(), QStringLiteral("mediation"), *id).last().payloadObject().value(QStringLiteral("late_seconds")).toInt() == 90);
}

TEST_CASE("the mediation success rate: settled over the mediations that ended", "[followup][mediation][stats]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 mediator = unitId(svc, "调解01");
    // Twenty disputes: nineteen settled, one referred (seed 001: 95 %), and one still open that does not count.
    for (int k = 0; k < 21; ++k) {
        const qint64 incident = newIncident(svc);
        auto m = svc.assignMediation(incident, mediator);
        REQUIRE(m.ok());
        if (k < 19)
            REQUIRE(svc.recordMediation(*m, MediationOutcome::Settled, QStringLiteral("达成协议")).ok());
        else if (k == 19)
            REQUIRE(svc.recordMediation(*m, MediationOutcome::Referred, QStringLiteral("移交法院")).ok());
    }
    auto st = svc.statistics({});
    REQUIRE(st.ok());
    CHECK(st->mediationsSettled == 19);
    CHECK(st->mediationsReferred == 1);
    CHECK(st->mediationsNotSettled == 0);
    CHECK(st->mediationsOpen == 1);
    CHECK(st->mediationsEnded() == 20);
    CHECK(st->mediationSuccessRate() == Approx(0.95));
    const QJsonObject outcomes = st->toJson(QTimeZone("Asia/Shanghai")).value(QStringLiteral("outcomes")).toObject();
    CHECK(outcomes.value(QStringLiteral("mediation_success_rate")).toDouble() == Approx(0.95));
    CHECK(outcomes.value(QStringLiteral("mediations")).toObject().value(QStringLiteral("settled")).toInt() == 19);

    TestStore empty;
    auto none = empty.service().statistics({});
    REQUIRE(none.ok());
    CHECK(none->toJson(QTimeZone::utc()).value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("mediation_success_rate")).isNull());
}
