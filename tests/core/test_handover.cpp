// SPDX-License-Identifier: GPL-3.0-or-later
// Shift handover (交接班): the report of a shift built from the store — every carried-over item exactly once with its
// owner and clock, nothing closed in the shift, figures matching a count made here, a past shift rebuilt as it
// stood — and the signing: roles, sign → reject → fix → sign → accept, frozen afterwards, tampering detected.
#include "CatchQt.h"
#include "FollowUpFixture.h"

#include "auth/SignInPolicy.h"
#include "handover/HandoverBuilder.h"
#include "handover/HandoverCompare.h"
#include "store/EventLog.h"
#include "store/StoreCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
const QTimeZone kZone("Asia/Shanghai");
const GeoPoint kSquare = geo::offsetMetres({22.780, 100.970}, 600, 600);

IncidentDraft call(const QString& summary, const QString& category, int priority, const QString& line = QStringLiteral("110"),
                   double north = 0)
{
    IncidentDraft d;
    d.line = line;
    d.summary = summary;
    d.category = category;
    d.priority = priority;
    d.position = geo::offsetMetres(kSquare, north, 0);
    d.address = QStringLiteral("广场路%1号").arg(int(north));
    return d;
}

const CarriedItem* carried(const HandoverReport& r, const QString& kind, qint64 id)
{
    const CarriedItem* found = nullptr;
    for (const CarriedItem& c : r.carried)
        if (c.kind == kind && c.id == id) {
            REQUIRE_FALSE(found); // exactly once
            found = &c;
        }
    return found;
}

qint64 unitId(DispatchService& svc, const char* callsign)
{
    return svc.board().unitByCallsign(QString::fromUtf8(callsign))->id;
}

} // namespace

TEST_CASE("the handover carries every open item once with its owner and clock, and nothing closed in the shift",
          "[handover]")
{
    TestStore s;
    const FollowUpFixture f(s);
    DispatchService& svc = s.service();
    s.signIn(QStringLiteral("dispatcher"));
    // Also open at the change: an incident waiting for a unit, and a work order with an agency.
    auto waiting = svc.createIncident(call(QStringLiteral("有人被困电梯"), QStringLiteral("assistance"), 2));
    REQUIRE(waiting.ok());
    IncidentDraft lamp = call(QStringLiteral("路灯不亮"), QStringLiteral("non_police"), 4, QStringLiteral("110"), 900);
    lamp.divertTo = QStringLiteral("streetlight");
    auto diverted = svc.createIncident(lamp);
    REQUIRE(diverted.ok());
    const qint64 workOrder = svc.workOrders(*diverted).first().id;
    // And one handled and closed within the shift: not carried over.
    auto closedOne = svc.createIncident(call(QStringLiteral("咨询户籍办理"), QStringLiteral("inquiry"), 4, QStringLiteral("110"), 1300));
    REQUIRE(closedOne.ok());
    REQUIRE(svc.changeIncidentState(*closedOne, IncidentState::Closed).ok());

    const ShiftInstance shift = svc.currentShift();
    REQUIRE(shift.name == QStringLiteral("Day shift"));
    const HandoverReport r = svc.buildHandoverReport(shift);
    CHECK(r.asOfMs == s.clock().nowMs() + 1); // as of now, this millisecond included

    const CarriedItem* incident = carried(r, QStringLiteral("incident"), *waiting);
    REQUIRE(incident);
    CHECK(incident->state == QStringLiteral("triaged"));
    CHECK(incident->owner == QStringLiteral("the desk (to dispatch)"));
    CHECK(incident->deadlineMs == svc.board().incident(*waiting)->nextClock.deadlineMs);
    const CarriedItem* wo = carried(r, QStringLiteral("work_order"), workOrder);
    REQUIRE(wo);
    CHECK(wo->state == QStringLiteral("sent"));
    CHECK(wo->owner == svc.board().agency(QStringLiteral("streetlight"))->name);

    const CarriedItem* feedback = carried(r, QStringLiteral("feedback"), f.feedbackDue);
    REQUIRE(feedback);
    CHECK(feedback->owner == QStringLiteral("城北01"));
    CHECK(feedback->deadlineMs == svc.board().incident(f.feedbackDue)->nextClock.deadlineMs);
    REQUIRE(carried(r, QStringLiteral("feedback_review"), f.feedbackReview));
    const CarriedItem* transfer = carried(r, QStringLiteral("transfer"), f.transfer);
    REQUIRE(transfer);
    CHECK(transfer->owner == svc.board().stations().first().name);
    CHECK(transfer->deadlineMs == svc.openTransfers().first().deadlineMs);
    const CarriedItem* callback = carried(r, QStringLiteral("callback"), f.callback);
    REQUIRE(callback);
    CHECK(callback->deadlineMs == svc.openCallbacks().first().dueMs);
    REQUIRE(carried(r, QStringLiteral("rectification"), f.rectification));
    CHECK(carried(r, QStringLiteral("rectification"), f.rectification)->owner == QStringLiteral("城南01"));
    CHECK(carried(r, QStringLiteral("mediation"), f.mediation)->owner == QStringLiteral("调解01"));
    const CarriedItem* instruction = carried(r, QStringLiteral("instruction"), f.instruction);
    REQUIRE(instruction);
    CHECK(instruction->state == QStringLiteral("forwarded"));
    CHECK(instruction->owner == QStringLiteral("交巡01"));
    CHECK(instruction->deadlineMs == svc.findInstruction(f.instruction)->replyDeadlineMs);
    CHECK(carried(r, QStringLiteral("supervision"), f.supervision)->owner == QStringLiteral("治安大队 李队长"));
    REQUIRE(carried(r, QStringLiteral("ledger"), f.ledger));

    // Nothing dealt with is carried: the closed incident, the signed-for transfer, the callback made, the settled
    // mediation, the answered instruction, the closed ledger entry.
    CHECK_FALSE(carried(r, QStringLiteral("incident"), *closedOne));
    CHECK_FALSE(carried(r, QStringLiteral("transfer"), f.doneTransfer));
    CHECK_FALSE(carried(r, QStringLiteral("callback"), f.doneCallback));
    CHECK_FALSE(carried(r, QStringLiteral("mediation"), f.doneMediation));
    CHECK_FALSE(carried(r, QStringLiteral("instruction"), f.doneInstruction));
    CHECK_FALSE(carried(r, QStringLiteral("ledger"), f.doneLedger));
    // The incidents behind the transfer and the mediation are not listed again as active incidents. The mediated
    // dispute itself is still open (triaged): carried once, as an incident.
    CHECK_FALSE(carried(r, QStringLiteral("incident"), f.transferIncident));
    QSet<QString> keys;
    for (const CarriedItem& c : r.carried)
        keys.insert(c.kind + QLatin1Char(':') + QString::number(c.id));
    CHECK(keys.size() == r.carried.size());

    // The units: 城北01 on scene at the feedback incident, listed with its open task; off-duty free units left out.
    bool found = false;
    for (const HandoverUnit& u : r.units)
        if (u.callsign == QStringLiteral("城北01")) {
            found = true;
            CHECK(u.state == QStringLiteral("on_scene"));
            CHECK(u.incidentId == f.feedbackDue);
        }
    CHECK(found);
    CHECK_FALSE(r.unitsWithOpenTasks().isEmpty());

    // The JSON keeps all of it.
    const auto back = HandoverReport::fromJson(r.toJson(kZone));
    REQUIRE(back);
    CHECK(back->carried.size() == r.carried.size());
    CHECK(back->carried == r.carried);
    CHECK(back->asOfMs == r.asOfMs);
    CHECK(back->figures.calls == r.figures.calls);
}

TEST_CASE("the shift's figures match a count made here; calls before the shift do not count", "[handover][figures]")
{
    TestStore s;
    DispatchService& svc = s.service();
    // 07:30, the night shift: one call that the day shift must not count.
    s.clock().set(QDateTime(QDate(2026, 11, 22), QTime(7, 30), kZone));
    REQUIRE(svc.createIncident(call(QStringLiteral("夜间噪音"), QStringLiteral("dispute"), 3)).ok());
    s.clock().set(QDateTime(QDate(2026, 11, 22), QTime(8, 10), kZone));

    // The day shift: five calls on three lines, one further caller, two dispatched (one signs for in 20 s, one in
    // 45 s), one diverted, one closed, one cancelled.
    auto fight = svc.createIncident(call(QStringLiteral("两人持械斗殴"), QStringLiteral("public_order"), 1));
    auto fire = svc.createIncident(call(QStringLiteral("厨房起火"), QStringLiteral("fire"), 1, QStringLiteral("119"), 300));
    auto crash = svc.createIncident(call(QStringLiteral("两车追尾"), QStringLiteral("traffic"), 3, QStringLiteral("122"), 600));
    IncidentDraft lamp = call(QStringLiteral("路灯坏了"), QStringLiteral("non_police"), 4, QStringLiteral("110"), 900);
    lamp.divertTo = QStringLiteral("streetlight");
    auto diverted = svc.createIncident(lamp);
    auto prank = svc.createIncident(call(QStringLiteral("无声电话"), QStringLiteral("invalid"), 4, QStringLiteral("110"), 1200));
    for (const auto& r : {fight, fire, crash, diverted, prank})
        REQUIRE(r.ok());
    REQUIRE(svc.mergeCall(*fight, call(QStringLiteral("有人打架"), QStringLiteral("public_order"), 1)).ok());
    REQUIRE(svc.dispatchUnits(*fight, {{unitId(svc, "城北01")}}).ok());
    s.clock().advanceMs(20 * kSecond);
    REQUIRE(svc.advanceUnit(unitId(svc, "城北01"), UnitState::Acknowledged).ok());
    REQUIRE(svc.dispatchUnits(*crash, {{unitId(svc, "交巡01")}}).ok());
    s.clock().advanceMs(45 * kSecond);
    REQUIRE(svc.sweepClocks().ok()); // the sign-for breach is stamped
    REQUIRE(svc.advanceUnit(unitId(svc, "交巡01"), UnitState::Acknowledged).ok());
    REQUIRE(svc.changeIncidentState(*prank, IncidentState::Closed).ok());
    REQUIRE(svc.changeIncidentState(*fire, IncidentState::Cancelled, QStringLiteral("119 已处置")).ok());
    s.clock().advanceMs(10 * kMinute);

    const HandoverReport r = svc.buildHandoverReport(svc.currentShift());
    const HandoverFigures& f = r.figures;
    CHECK(f.calls == 5);
    CHECK(f.byLine == QMap<QString, int>{{QStringLiteral("110"), 3}, {QStringLiteral("119"), 1}, {QStringLiteral("122"), 1}});
    CHECK(f.byPriority == QMap<int, int>{{1, 2}, {3, 1}, {4, 2}});
    CHECK(f.byCategory.value(QStringLiteral("public_order")) == 1);
    CHECK(f.furtherCallers == 1);
    CHECK(f.dispatched == 2);
    CHECK(f.diverted == 1);
    CHECK(f.closed == 1);
    CHECK(f.cancelled == 1);
    CHECK(f.signForN == 2);
    CHECK(f.signForMet == 1);
    REQUIRE(r.breaches.size() >= 1);
    const auto breach = std::find_if(r.breaches.cbegin(), r.breaches.cend(),
                                     [](const HandoverBreach& b) { return b.clock == QStringLiteral("sign_for"); });
    REQUIRE(breach != r.breaches.cend());
    CHECK(breach->incidentId == *crash);
    CHECK(breach->lateSeconds == 15);
    // Notable: the two priority-1 calls, the breaches.
    QStringList notable;
    for (const NotableEvent& n : r.notable)
        notable << n.kind;
    CHECK(notable.count(QStringLiteral("priority_1")) == 2);
    CHECK(notable.count(QStringLiteral("breach")) == int(r.breaches.size()));
}

TEST_CASE("a breach is reported with how late the clock really was, per unit for the sign-for", "[handover][figures]")
{
    TestStore s;
    DispatchService& svc = s.service();
    s.clock().set(QDateTime(QDate(2026, 11, 22), QTime(9, 0), kZone));
    auto fight = svc.createIncident(call(QStringLiteral("两人持械斗殴"), QStringLiteral("public_order"), 1));
    REQUIRE(fight.ok());
    REQUIRE(svc.dispatchUnits(*fight, {{unitId(svc, "城北01")}, {unitId(svc, "城北02")}}).ok());
    // The desk sweeps every second: the misses are stamped one second late…
    s.clock().advanceMs(31 * kSecond);
    REQUIRE(svc.sweepClocks()->size() == 3); // the incident's sign-for clock and each unit's
    // …but 城北01 signs for 20 s late, and 城北02 never does before the handover, 10 min later.
    s.clock().advanceMs(19 * kSecond);
    REQUIRE(svc.advanceUnit(unitId(svc, "城北01"), UnitState::Acknowledged).ok());
    s.clock().advanceMs(10 * kMinute);
    qint64 arrivalDeadline = 0;
    for (const IncidentClock& c : svc.clocks(*fight))
        if (c.kind == ClockKind::Arrival)
            arrivalDeadline = c.deadlineMs;
    REQUIRE(svc.sweepClocks().ok()); // the arrival clock, still running

    const HandoverReport r = svc.buildHandoverReport(svc.currentShift());
    const auto find = [&r](const QString& clock, const QString& callsign) -> const HandoverBreach* {
        for (const HandoverBreach& b : r.breaches)
            if (b.clock == clock && b.callsign == callsign)
                return &b;
        return nullptr;
    };
    CHECK_FALSE(find(QStringLiteral("sign_for"), QString())); // said per unit, not twice
    const HandoverBreach* signedLate = find(QStringLiteral("sign_for"), QStringLiteral("城北01"));
    REQUIRE(signedLate);
    CHECK(signedLate->lateSeconds == 20);
    CHECK_FALSE(signedLate->running);
    const HandoverBreach* neverSigned = find(QStringLiteral("sign_for"), QStringLiteral("城北02"));
    REQUIRE(neverSigned);
    CHECK(neverSigned->running);
    CHECK(neverSigned->lateSeconds == 10 * 60 + 20);
    const HandoverBreach* arrival = find(QStringLiteral("arrival"), QString());
    REQUIRE(arrival);
    CHECK(arrival->running);
    CHECK(arrival->lateSeconds == (r.asOfMs - arrivalDeadline) / 1000);
    CHECK(arrival->lateSeconds > 60);

    // The frozen JSON carries the same figures, and the table says which unit and that it still runs.
    const std::optional<HandoverReport> back = HandoverReport::fromJson(r.toJson(kZone));
    REQUIRE(back);
    REQUIRE(back->breaches.size() == r.breaches.size());
    for (int k = 0; k < r.breaches.size(); ++k) {
        CHECK(back->breaches[k].lateSeconds == r.breaches[k].lateSeconds);
        CHECK(back->breaches[k].callsign == r.breaches[k].callsign);
        CHECK(back->breaches[k].running == r.breaches[k].running);
    }
    QStringList rows;
    for (const ReportTable& t : r.tables(kZone, QStringLiteral("en")))
        if (t.id == QStringLiteral("breaches"))
            for (const QStringList& row : t.rows)
                rows << row.join(u'|');
    CHECK(rows.filter(QStringLiteral("城北02")).size() == 1);
    CHECK(rows.filter(QStringLiteral("城北02")).first().contains(QStringLiteral("still running")));
}

TEST_CASE("a past shift's report is rebuilt as the store stood at its end", "[handover]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto open = svc.createIncident(call(QStringLiteral("走失老人"), QStringLiteral("assistance"), 2));
    REQUIRE(open.ok());
    const ShiftInstance day = svc.currentShift();
    // Into the evening shift: the incident is closed there, and a new one arrives.
    s.clock().set(day.end.addSecs(3600));
    REQUIRE(svc.changeIncidentState(*open, IncidentState::Closed).ok());
    REQUIRE(svc.createIncident(call(QStringLiteral("醉酒闹事"), QStringLiteral("public_order"), 3, QStringLiteral("110"), 500)).ok());
    s.signIn(QStringLiteral("leader"));
    REQUIRE(svc.flagForHandover(QStringLiteral("人民广场周末有大型活动，注意警力")).ok());

    const HandoverReport past = svc.buildHandoverReport(day);
    CHECK(past.asOfMs == day.end.toMSecsSinceEpoch());
    const CarriedItem* c = carried(past, QStringLiteral("incident"), *open);
    REQUIRE(c);
    CHECK(c->state == QStringLiteral("triaged"));
    CHECK(past.figures.calls == 1);
    CHECK(past.notable.size() == 0);

    const HandoverReport now = svc.buildHandoverReport(svc.currentShift());
    CHECK_FALSE(carried(now, QStringLiteral("incident"), *open));
    CHECK(now.figures.calls == 1);
    const auto flag = std::find_if(now.notable.cbegin(), now.notable.cend(),
                                   [](const NotableEvent& n) { return n.kind == QStringLiteral("flag"); });
    REQUIRE(flag != now.notable.cend());
    CHECK(flag->by == QStringLiteral("leader"));
    CHECK(flag->text == QStringLiteral("人民广场周末有大型活动，注意警力"));
}

TEST_CASE("sign, reject with comments, fix, sign again, accept: frozen, and tampering is detected", "[handover][signing][sqlite]")
{
    TestStore s;
    const FollowUpFixture f(s); // signed in as the leader
    DispatchService& svc = s.service();
    const ShiftInstance shift = svc.currentShift();

    // Only shift leaders prepare and sign.
    s.signIn(QStringLiteral("dispatcher"));
    CHECK(svc.prepareHandover(shift).errorString().contains(QStringLiteral("may not")));
    s.signIn(QStringLiteral("leader"));
    auto id = svc.prepareHandover(shift);
    REQUIRE(id.ok());
    CHECK(svc.handover(*id)->state == HandoverState::Draft);
    CHECK(svc.setHandoverNotes(*id, QStringLiteral("nowhere"), QStringLiteral("x")).error().where == QStringLiteral("section"));
    REQUIRE(svc.setHandoverNotes(*id, QStringLiteral("carried_over"), QStringLiteral("城北派出所移交的盗窃案请跟进签收")).ok());

    // Opened after the draft, before signing: signing builds the report again, and it is there.
    s.signIn(QStringLiteral("dispatcher"));
    s.clock().set(shift.end.addSecs(-20 * 60)); // the shift's last half hour, when its handover is signed
    auto late = svc.createIncident(call(QStringLiteral("交班前来电：电动车被盗"), QStringLiteral("criminal"), 3));
    REQUIRE(late.ok());
    s.signIn(QStringLiteral("leader"));
    REQUIRE(svc.signHandover(*id, QStringLiteral("leader110")).ok());
    Handover h = *svc.handover(*id);
    CHECK(h.state == HandoverState::Signed);
    CHECK(h.outgoingUser == QStringLiteral("leader"));
    CHECK(h.signedAtMs == s.clock().nowMs());
    REQUIRE(h.report());
    CHECK(carried(*h.report(), QStringLiteral("incident"), *late));
    CHECK(h.report()->notes.value(QStringLiteral("carried_over")) == QStringLiteral("城北派出所移交的盗窃案请跟进签收"));
    CHECK(svc.setHandoverNotes(*id, QStringLiteral("general"), QStringLiteral("x")).errorString().contains(QStringLiteral("no longer")));

    // The signer cannot accept; the incoming leader rejects with comments.
    CHECK(svc.acceptHandover(*id, QStringLiteral("leader110")).errorString().contains(QStringLiteral("incoming leader")));
    s.signIn(QStringLiteral("leader2"));
    CHECK(svc.rejectHandover(*id, QStringLiteral("leader2110"), QStringLiteral(" ")).error().where == QStringLiteral("comment"));
    REQUIRE(svc.rejectHandover(*id, QStringLiteral("leader2110"), QStringLiteral("调解中的婚姻纠纷未写明当事人情绪，请补充")).ok());
    CHECK(svc.handover(*id)->state == HandoverState::Rejected);
    CHECK(svc.acceptHandover(*id, QStringLiteral("leader2110")).errorString().contains(QStringLiteral("only a signed")));

    // Back to the outgoing leader: fix the notes, sign again; the incoming leader accepts.
    s.signIn(QStringLiteral("leader"));
    REQUIRE(svc.setHandoverNotes(*id, QStringLiteral("notable"), QStringLiteral("婚姻纠纷双方情绪激动，调解员已到场")).ok());
    s.clock().advanceMs(2 * kMinute);
    REQUIRE(svc.signHandover(*id, QStringLiteral("leader110")).ok());
    s.signIn(QStringLiteral("leader2"));
    s.clock().advanceMs(3 * kMinute);
    REQUIRE(svc.acceptHandover(*id, QStringLiteral("leader2110"), QStringLiteral("已核对")).ok());
    h = *svc.handover(*id);
    CHECK(h.state == HandoverState::Accepted);
    CHECK(h.incomingUser == QStringLiteral("leader2"));
    CHECK(h.acceptedAtMs == s.clock().nowMs());
    CHECK(h.contentHash == h.computeHash());
    const QList<HandoverReview> reviews = svc.handoverReviews(*id);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews.first().decision == QStringLiteral("rejected"));
    CHECK(reviews.last().decision == QStringLiteral("accepted"));
    QStringList kinds;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("handover"), *id))
        kinds << e.kind;
    CHECK(kinds == QStringList{QStringLiteral("handover.prepared"), QStringLiteral("handover.noted"),
                               QStringLiteral("handover.signed"), QStringLiteral("handover.rejected"),
                               QStringLiteral("handover.noted"), QStringLiteral("handover.signed"),
                               QStringLiteral("handover.accepted")});

    // Frozen: nothing changes it through the facade, nor through SQL while the triggers stand.
    s.signIn(QStringLiteral("leader"));
    CHECK_FALSE(svc.prepareHandover(shift).ok());
    CHECK_FALSE(svc.setHandoverNotes(*id, QStringLiteral("general"), QStringLiteral("x")).ok());
    CHECK_THROWS(execRawSql(s.path(), QStringLiteral("UPDATE handovers SET content = '{}' WHERE id = %1").arg(*id)));
    CHECK_THROWS(execRawSql(s.path(), QStringLiteral("DELETE FROM handovers WHERE id = %1").arg(*id)));
    StoreCheckReport ok = StoreCheckReport::run(s.db());
    CHECK(ok.ok());
    CHECK(ok.handoversChecked == 1);

    // Someone who drops the trigger and edits the content is caught by the check; the event chain itself is intact.
    const QString edited = QString::fromUtf8(h.content).replace(QStringLiteral("调解员已到场"), QStringLiteral("一切正常"));
    execRawSql(s.path(), QStringLiteral("DROP TRIGGER handovers_frozen; UPDATE handovers SET content = '%1' WHERE id = %2")
                             .arg(QString(edited).replace(u'\'', QStringLiteral("''")))
                             .arg(*id));
    const StoreCheckReport bad = StoreCheckReport::run(s.db());
    CHECK(bad.chain.ok);
    CHECK_FALSE(bad.ok());
    REQUIRE(bad.handoverProblems.size() == 1);
    CHECK(bad.handoverProblems.first().contains(QStringLiteral("changed after it was accepted")));
}

TEST_CASE("the roster decides who signs; a two-shift pattern", "[handover][roster]")
{
    TestStore s(TestStore::Demo, QStringLiteral("leader"));
    DispatchService& svc = s.service();
    const ShiftInstance day = svc.currentShift();
    const ShiftInstance evening = svc.board().shiftPattern().at(day.end, svc.board().timeZone());
    const auto userId = [&](const char* name) {
        for (const User& u : svc.board().users())
            if (u.username == QLatin1String(name))
                return u.id;
        return qint64(0);
    };
    CHECK(svc.setRoster(day, {{userId("dispatcher"), {}, {}, QStringLiteral("leader"), {}}}).errorString().contains(QStringLiteral("not a shift leader")));
    CHECK(svc.setRoster(day, {{userId("leader"), {}, {}, QStringLiteral("leader"), {}}, {userId("leader2"), {}, {}, QStringLiteral("leader"), {}}})
              .errorString().contains(QStringLiteral("one leader")));
    REQUIRE(svc.setRoster(day, {{userId("leader2"), {}, {}, QStringLiteral("leader"), {}},
                                {userId("dispatcher"), {}, {}, QStringLiteral("dispatcher"), QStringLiteral("desk-1")}}).ok());
    REQUIRE(svc.setRoster(evening, {{userId("leader"), {}, {}, QStringLiteral("leader"), {}}}).ok());
    const QList<RosterEntry> roster = svc.roster(day);
    REQUIRE(roster.size() == 2);
    CHECK(roster.first().username == QStringLiteral("leader2"));
    CHECK(roster.last().desk == QStringLiteral("desk-1"));

    auto id = svc.prepareHandover(day);
    REQUIRE(id.ok());
    s.clock().set(day.end.addSecs(-20 * 60)); // the shift's last half hour
    CHECK(svc.signHandover(*id, QStringLiteral("leader110")).errorString().contains(QStringLiteral("roster")));
    s.signIn(QStringLiteral("leader2"));
    REQUIRE(svc.signHandover(*id, QStringLiteral("leader2110")).ok());
    s.signIn(QStringLiteral("leader"));
    REQUIRE(svc.acceptHandover(*id, QStringLiteral("leader110")).ok());

    // Two shifts, 08:00 and 20:00: the same moment is in the day shift until 20:00.
    auto two = ShiftPattern::fromJson(R"([{"start":"08:00","name":"Day"},{"start":"20:00","name":"Night"}])");
    REQUIRE(two.ok());
    REQUIRE(svc.setShiftPattern(*two).ok());
    const ShiftInstance now = svc.currentShift();
    CHECK(now.name == QStringLiteral("Day"));
    CHECK(now.end == QDateTime(QDate(2026, 11, 22), QTime(20, 0), kZone));
    s.reopen();
    CHECK(s.service().currentShift().name == QStringLiteral("Day"));
}

TEST_CASE("two handovers compared: still open, dealt with in between, new", "[handover][compare]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto kept = svc.createIncident(call(QStringLiteral("长期未结的邻里纠纷"), QStringLiteral("dispute"), 3));
    auto done = svc.createIncident(call(QStringLiteral("走失儿童"), QStringLiteral("assistance"), 2, QStringLiteral("110"), 400));
    REQUIRE(kept.ok());
    REQUIRE(done.ok());
    const ShiftInstance day = svc.currentShift();
    const HandoverReport a = svc.buildHandoverReport(day, day.end.toMSecsSinceEpoch());
    s.clock().set(day.end.addSecs(2 * 3600));
    REQUIRE(svc.changeIncidentState(*done, IncidentState::Closed).ok());
    auto fresh = svc.createIncident(call(QStringLiteral("夜间盗窃"), QStringLiteral("criminal"), 3, QStringLiteral("110"), 800));
    REQUIRE(fresh.ok());
    const ShiftInstance evening = svc.currentShift();
    const HandoverReport b = svc.buildHandoverReport(evening, evening.end.toMSecsSinceEpoch());
    const HandoverComparison c = HandoverComparison::compare(a, b);
    REQUIRE(c.stillOpen.size() == 1);
    CHECK(c.stillOpen.first().id == *kept);
    REQUIRE(c.closedBetween.size() == 1);
    CHECK(c.closedBetween.first().id == *done);
    // New: the night's theft, and the callback the closed incident now owes.
    REQUIRE(c.newInLater.size() == 2);
    CHECK(c.newInLater.at(0).id == *fresh);
    CHECK(c.newInLater.at(1).kind == QStringLiteral("callback"));
    CHECK(c.newInLater.at(1).incidentId == *done);
}

TEST_CASE("a handover is signed with the signer's password, and not hours before its shift's end", "[handover][signing]")
{
    TestStore s;
    const FollowUpFixture f(s); // signed in as the leader, in the morning of the day shift
    DispatchService& svc = s.service();
    const ShiftInstance shift = svc.currentShift();
    auto id = svc.prepareHandover(shift);
    REQUIRE(id.ok());

    // In the morning a 16:00 shift is not over: refused, saying from when.
    const Status early = svc.signHandover(*id, QStringLiteral("leader110"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == QStringLiteral("the shift ends at 16:00: its handover is signed from 15:30 (30 min before the end)"));
    CHECK(svc.handover(*id)->state == HandoverState::Draft);

    // In the last half hour, the signature is the signer's password.
    s.clock().set(shift.end.addSecs(-30 * 60));
    const Status wrong = svc.signHandover(*id, QStringLiteral("not-my-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errorString() == QStringLiteral("wrong password"));
    CHECK(svc.handover(*id)->state == HandoverState::Draft);
    const QList<EventRecord> log = EventLog::range(s.db().connection(), 1, 1000000);
    CHECK(log.last().kind == QStringLiteral("session.login_failed"));
    CHECK(log.last().payloadObject().value(QStringLiteral("at")).toString() == QStringLiteral("handover signature"));
    REQUIRE(svc.signHandover(*id, QStringLiteral("leader110")).ok());

    // The incoming leader's acceptance and rejection are signatures too.
    s.signIn(QStringLiteral("leader2"));
    CHECK(svc.rejectHandover(*id, QStringLiteral("leader110"), QStringLiteral("请补充")).errorString() == QStringLiteral("wrong password"));
    CHECK(svc.acceptHandover(*id, QStringLiteral("leader110")).errorString() == QStringLiteral("wrong password"));
    CHECK(svc.handover(*id)->state == HandoverState::Signed);
    REQUIRE(svc.acceptHandover(*id, QStringLiteral("leader2110")).ok());

    // The centre sets how long before the end.
    s.signIn(QStringLiteral("admin"));
    SignInPolicy p = SignInPolicy::of(s.db());
    p.signBeforeEndMinutes = 90;
    REQUIRE(svc.setSignInPolicy(p).ok());
    CHECK(SignInPolicy::of(s.db()).signBeforeEndMinutes == 90);
}
