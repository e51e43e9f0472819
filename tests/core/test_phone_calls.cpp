// SPDX-License-Identifier: GPL-3.0-or-later
// The switch's calls kept for the whole centre: two desks hearing one switch make one row and record an abandoned
// call once; the call back owed within the policy's time, tried, stamped overdue once, closed once (the second desk
// told who got there first); an incident taken from a call linked to it; the answer-rate figures; the handover
// carrying what is owed; a recorded day replayed all or none.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "cti/CtiReplay.h"
#include "domain/EventKinds.h"
#include "handover/HandoverReport.h"
#include "service/PhoneCommands.h"
#include "stats/ReportTables.h"
#include "store/CallRepository.h"
#include "store/EventLog.h"
#include "store/Sql.h"

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// One desk hearing the switch: applies each line to its own view of the calls and records it, as PhoneDesk does.
struct Listening
{
    Listening(DispatchService& svc, const QString& desk) : service(svc), calls(desk) {}
    void hear(const QByteArray& line, qint64 atMs)
    {
        const Result<CtiEvent> e = CtiEvents::parseLine(line);
        REQUIRE(e.ok());
        REQUIRE(calls.apply(*e, atMs).ok());
        const Status s = service.recordPhoneEvent(e->type, *calls.call(e->callId));
        INFO(s.errorString().toStdString());
        REQUIRE(s.ok());
    }
    DispatchService& service;
    RingingCalls calls;
};

int eventsOfKind(DispatchService& svc, const QString& kind)
{
    int n = 0;
    for (const EventRecord& e : EventLog::range(svc.database().connection(), 0, 100000))
        n += e.kind == kind;
    return n;
}

} // namespace

TEST_CASE("phone calls: two desks hearing one switch keep one row; an abandoned call is owed a call back once",
          "[phone]")
{
    TestStore store;
    OtherDesk other(store, QStringLiteral("dispatcher2"), QStringLiteral("desk-2"), true);
    Listening a(store.service(), QStringLiteral("desk-1"));
    Listening b(*other.service, QStringLiteral("desk-2"));
    const qint64 t0 = store.clock().nowMs();
    const auto both = [&](const QByteArray& line, qint64 at) {
        a.hear(line, at);
        b.hear(line, at);
    };
    both(R"({"event":"ringing","call":"K1","line":"110","number":"13800001111",
             "location":{"lat":22.78,"lon":100.97,"radius_m":40,"source":"gps"}})", t0);
    both(R"({"event":"ringing","call":"K2","line":"110","number":"13800002222"})", t0 + 2000);
    both(R"({"event":"answered","call":"K1","desk":"desk-2"})", t0 + 9000);
    both(R"({"event":"ended","call":"K1","outcome":"answered"})", t0 + 60000);
    both(R"({"event":"ended","call":"K2","outcome":"abandoned"})", t0 + 14000);

    const ReadList<CallRecord> owed = store.service().owedCallBacks();
    REQUIRE(owed.size() == 1);
    const CallRecord& k2 = owed.first();
    CHECK(k2.number == QStringLiteral("13800002222"));
    CHECK(k2.rangMs == t0 + 2000);
    CHECK(k2.endedMs == t0 + 14000);
    CHECK(k2.callBackDueMs == t0 + 14000 + store.service().responsePolicy().abandonedCallBackMs());
    CHECK(eventsOfKind(store.service(), events::kCallAbandoned) == 1); // recorded by one desk, not both
    CHECK(sql::scalar(store.db().connection(), QStringLiteral("SELECT COUNT(*) FROM phone_calls")).toInt() == 2);
    const std::optional<CallRecord> k1 = CallRepository::findByCallId(store.db().connection(), QStringLiteral("K1"));
    REQUIRE(k1);
    CHECK(k1->answeredMs == t0 + 9000);
    CHECK(k1->answeredDesk == QStringLiteral("desk-2"));
    CHECK(k1->radiusM == 40);
    CHECK_FALSE(k1->abandoned);
    // The other desk sees the same list, and the owed overview names it.
    CHECK(other.service->owedCallBacks().size() == 1);
    bool listed = false;
    for (const OwedItem& i : store.service().owed())
        listed = listed || (i.kind == QStringLiteral("call_back") && i.id == k2.id && i.deadlineMs == k2.callBackDueMs);
    CHECK(listed);
    requireStoreChecks(store.path());
}

TEST_CASE("phone calls: a call back tried until unreachable, stamped overdue once, closed once", "[phone]")
{
    TestStore store;
    DispatchService& svc = store.service();
    Listening desk(svc, QStringLiteral("desk-1"));
    const qint64 t0 = store.clock().nowMs();
    desk.hear(R"({"event":"ringing","call":"U1","line":"110","number":"13900001111"})", t0);
    desk.hear(R"({"event":"ended","call":"U1","outcome":"abandoned"})", t0 + 5000);
    CallRecord c = svc.owedCallBacks().first();

    // Not yet due: the sweep leaves it; a minute past the deadline it is stamped overdue once.
    store.clock().advanceMs(4 * 60 * 1000);
    REQUIRE(svc.sweepClocks().ok());
    CHECK(eventsOfKind(svc, events::kCallBackOverdue) == 0);
    store.clock().advanceMs(2 * 60 * 1000);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(svc.sweepClocks().ok());
    CHECK(eventsOfKind(svc, events::kCallBackOverdue) == 1);

    // A desk acting on what it showed before the stamp is told the row changed, and by whom.
    const Status stale = svc.callBackNotReached(c.id, c.rowVersion);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.errorString().contains(QStringLiteral("changed since it was shown here")));
    c = *svc.findPhoneCall(c.id);
    REQUIRE(svc.callBackNotReached(c.id, c.rowVersion).ok());
    REQUIRE(svc.callBackNotReached(c.id, -1, QStringLiteral("关机")).ok());
    CHECK(svc.findPhoneCall(c.id)->callBackTries == 2);
    CHECK(svc.findPhoneCall(c.id)->owesCallBack());
    REQUIRE(svc.callBackNotReached(c.id, -1, QStringLiteral("无人接听")).ok()); // the third of three tries
    const CallRecord done = *svc.findPhoneCall(c.id);
    CHECK(done.outcome == CallBackOutcome::Unreachable);
    CHECK(done.callBackTries == 3);
    CHECK(done.callBackFirstMs == t0 + 6 * 60 * 1000);
    CHECK(svc.owedCallBacks().isEmpty());
    const Status again = svc.callBackNoEmergency(c.id, -1, QStringLiteral("打错了"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorString().contains(QStringLiteral("was already closed (not reached)")));
    CHECK(again.errorString().contains(QStringLiteral("by dispatcher")));
    requireStoreChecks(store.path());
}

TEST_CASE("phone calls: two desks closing one call back, the second is told who got there first", "[phone]")
{
    TestStore store;
    OtherDesk other(store, QStringLiteral("dispatcher2"), QStringLiteral("desk-2"), true);
    Listening desk(store.service(), QStringLiteral("desk-1"));
    const qint64 t0 = store.clock().nowMs();
    desk.hear(R"({"event":"ringing","call":"D1","line":"110","number":"13700001111"})", t0);
    desk.hear(R"({"event":"ended","call":"D1","outcome":"abandoned"})", t0 + 3000);
    const CallRecord shown = store.service().owedCallBacks().first();
    REQUIRE(other.service->callBackNoEmergency(shown.id, shown.rowVersion, QStringLiteral("小孩玩手机拨打")).ok());
    const Status late = store.service().callBackNoEmergency(shown.id, shown.rowVersion, QStringLiteral("误拨"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.errorString().contains(QStringLiteral("13700001111")));
    CHECK(late.errorString().contains(QStringLiteral("reached: no emergency")));
    CHECK(late.errorString().contains(QStringLiteral("dispatcher2")));
    CHECK(late.errorString().contains(QStringLiteral("desk-2")));
    CHECK(store.service().findPhoneCall(shown.id)->callBackNote == QStringLiteral("小孩玩手机拨打"));
    CHECK(eventsOfKind(store.service(), events::kCallBackClosed) == 1);
    // A note is required: "no emergency" without what the caller said is refused.
    desk.hear(R"({"event":"ringing","call":"D2","line":"110","number":"13700002222"})", t0 + 10000);
    desk.hear(R"({"event":"ended","call":"D2","outcome":"abandoned"})", t0 + 12000);
    const CallRecord d2 = store.service().owedCallBacks().first();
    CHECK(store.service().callBackNoEmergency(d2.id, -1, QStringLiteral("  ")).errorString().contains(QStringLiteral("say what the caller said")));
}

TEST_CASE("phone calls: an incident taken from a call is linked to it; from a call back, it closes the call back",
          "[phone]")
{
    TestStore store;
    DispatchService& svc = store.service();
    Listening desk(svc, QStringLiteral("desk-1"));
    const qint64 t0 = store.clock().nowMs();
    desk.hear(R"({"event":"ringing","call":"L1","line":"110","number":"13500001111"})", t0);
    desk.hear(R"({"event":"answered","call":"L1","desk":"desk-1"})", t0 + 4000);
    IncidentDraft answered;
    answered.callerPhone = QStringLiteral("13500001111");
    answered.summary = QStringLiteral("电动车被盗");
    answered.receivedAtMs = t0;
    answered.sourceRef = PhoneCommands::sourceRef(QStringLiteral("L1"));
    const qint64 theft = *svc.createIncident(answered);
    const std::optional<CallRecord> l1 = CallRepository::findByCallId(svc.database().connection(), QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->incidentId == theft);
    CHECK(l1->outcome == CallBackOutcome::None); // answered: no call back

    desk.hear(R"({"event":"ringing","call":"L2","line":"110","number":"13500002222"})", t0 + 5000);
    desk.hear(R"({"event":"ended","call":"L2","outcome":"abandoned"})", t0 + 8000);
    const CallRecord owed = svc.owedCallBacks().first();
    store.clock().advanceMs(60 * 1000);
    IncidentDraft back;
    back.callerPhone = owed.number;
    back.summary = QStringLiteral("回拨接通：有人持刀威胁");
    back.receivedAtMs = owed.rangMs;
    back.sourceRef = PhoneCommands::sourceRef(owed.callId);
    const qint64 knife = *svc.createIncident(back);
    const CallRecord closed = *svc.findPhoneCall(owed.id);
    CHECK(closed.outcome == CallBackOutcome::Incident);
    CHECK(closed.incidentId == knife);
    CHECK(closed.callBackFirstMs == t0 + 60 * 1000);
    CHECK(svc.board().incident(knife)->receivedAtMs == t0 + 5000); // its clocks run from the first ring
    CHECK(svc.owedCallBacks().isEmpty());
    requireStoreChecks(store.path());
}

TEST_CASE("phone calls: answer-rate figures in the statistics and the report", "[phone][stats]")
{
    TestStore store;
    DispatchService& svc = store.service();
    Listening desk(svc, QStringLiteral("desk-1"));
    const qint64 t0 = store.clock().nowMs();
    // Answered after 4 s, 12 s, 18 s and 25 s; two abandoned (one called back in time, one not at all).
    const int answerAfter[] = {4, 12, 18, 25};
    for (int k = 0; k < 4; ++k) {
        const qint64 at = t0 + k * 60000;
        desk.hear(QStringLiteral(R"({"event":"ringing","call":"S%1","line":"110","number":"1380000000%1"})").arg(k).toUtf8(), at);
        desk.hear(QStringLiteral(R"({"event":"answered","call":"S%1","desk":"desk-1"})").arg(k).toUtf8(),
                  at + answerAfter[k] * 1000);
    }
    for (int k = 4; k < 6; ++k) {
        const qint64 at = t0 + k * 60000;
        desk.hear(QStringLiteral(R"({"event":"ringing","call":"S%1","line":"110","number":"1380000000%1"})").arg(k).toUtf8(), at);
        desk.hear(QStringLiteral(R"({"event":"ended","call":"S%1","outcome":"abandoned"})").arg(k).toUtf8(), at + 30000);
    }
    store.clock().advanceMs(6 * 60000);
    const QList<CallRecord> owed = svc.owedCallBacks();
    REQUIRE(owed.size() == 2);
    REQUIRE(svc.callBackNoEmergency(owed.first().id, -1, QStringLiteral("误拨")).ok());

    const Result<Statistics> s = svc.statistics({});
    REQUIRE(s.ok());
    CHECK(s->phoneCalls == 6);
    CHECK(s->phoneAnswered == 4);
    CHECK(s->answeredWithin10s == 1);
    CHECK(s->answeredWithin15s == 2);
    CHECK(s->answeredWithin20s == 3);
    CHECK(s->abandonedCalls == 2);
    CHECK(s->abandonedCalledBack == 1);
    CHECK(s->abandonedCalledBackInTime == 1);
    CHECK(s->abandonedReached == 1);
    CHECK(s->abandonedOwed == 1);
    const QJsonObject tel = s->toJson(QTimeZone::utc()).value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("telephone")).toObject();
    CHECK(tel.value(QStringLiteral("answered_within_15s")).toInt() == 2);

    const QString row = ReportTables::telephone(*s, Statistics{}, QStringLiteral("now"), QStringLiteral("before")).rows.at(3).join(u'|');
    CHECK(row == QStringLiteral("Answered within 15 s (NENA: 90 %)|2 / 4 (50.0%)|0 / 0 (–)"));
}

TEST_CASE("phone calls: the handover carries the call backs owed at its time", "[phone][handover]")
{
    TestStore store;
    DispatchService& svc = store.service();
    Listening desk(svc, QStringLiteral("desk-1"));
    const qint64 t0 = store.clock().nowMs();
    desk.hear(R"({"event":"ringing","call":"H1","line":"122","number":"13300001111"})", t0);
    desk.hear(R"({"event":"ended","call":"H1","outcome":"abandoned"})", t0 + 6000);
    store.clock().advanceMs(60000);
    const HandoverReport r = svc.buildHandoverReport(svc.currentShift());
    const auto it = std::find_if(r.carried.cbegin(), r.carried.cend(),
                                 [](const CarriedItem& c) { return c.kind == QStringLiteral("call_back"); });
    REQUIRE(it != r.carried.cend());
    CHECK(it->what.contains(QStringLiteral("13300001111")));
    CHECK(it->deadlineMs == t0 + 6000 + svc.responsePolicy().abandonedCallBackMs());
    CHECK(HandoverReport::kindLabel(it->kind) == QStringLiteral("Abandoned call to call back"));
}

TEST_CASE("phone calls: a recorded day replayed into the store, refused whole when a line is bad", "[phone][cti]")
{
    const QByteArray day = R"(# a morning of the switch
{"event":"ringing","call":"R1","line":"110","number":"13800001111","time":"2026-11-22T08:00:00+08:00"}
{"event":"answered","call":"R1","desk":"110-01","time":"2026-11-22T08:00:06+08:00"}
{"event":"ringing","call":"R2","line":"119","number":"13800002222","time":"2026-11-22T08:01:00+08:00"}
{"event":"ended","call":"R2","outcome":"abandoned","time":"2026-11-22T08:01:20+08:00"}
{"event":"ringing","call":"R1","line":"110","number":"13800001111","time":"2026-11-22T08:01:30+08:00"}
{"event":"ended","call":"R1","outcome":"answered","time":"2026-11-22T08:03:00+08:00"}
)";
    Result<CtiReplay> replay = CtiReplay::fromText(day, QStringLiteral("day.jsonl"));
    REQUIRE(replay.ok());
    int refused = 0;
    const auto steps = replay->apply(QStringLiteral("replay"), &refused);
    CHECK(refused == 1); // the second ring of R1
    CHECK(steps.size() == 5);
    TestStore store;
    REQUIRE(store.service().recordPhoneEvents(steps).ok());
    const Result<Statistics> s = store.service().statistics({});
    CHECK(s->phoneCalls == 2);
    CHECK(s->answeredWithin10s == 1);
    CHECK(s->abandonedCalls == 1);

    CHECK(CtiReplay::fromText(QByteArray(day).replace("\"time\":\"2026-11-22T08:01:00+08:00\"", "\"x\":1"),
                              QStringLiteral("day.jsonl"))
              .errorString()
              .startsWith(QStringLiteral("day.jsonl:4: ")));
    CHECK(CtiReplay::fromText(R"({"event":"ringing","call":"R9","line":"110","number":"1"})", QStringLiteral("d.jsonl"))
              .errorString()
              .contains(QStringLiteral("time: a recorded event needs the time it happened")));
}
