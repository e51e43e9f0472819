// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpFixture.h"

#include <catch2/catch.hpp>

namespace dispatch::test {

namespace {

constexpr qint64 kMinute = 60 * 1000;
const GeoPoint kTeaMarket{22.7800, 100.9700};

/// Each at its own place (200 m apart, its own address) so that no repeat mark is made unless a test asks for one.
qint64 incident(DispatchService& svc, const QString& summary, const QString& category = QStringLiteral("dispute"))
{
    static int n = 0;
    ++n;
    IncidentDraft d;
    d.summary = summary;
    d.category = category;
    d.priority = 3;
    d.position = geo::offsetMetres(kTeaMarket, 200.0 * (n % 10), -200.0 * (n / 10 % 10));
    d.address = QStringLiteral("茶城大道%1号").arg(2 * n);
    d.callerPhone = QStringLiteral("13800000000");
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

qint64 unit(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

/// Sent, on scene and (unless `keepOnScene`) feedback given; `close` accepts the feedback.
qint64 handled(DispatchService& svc, const char* callsign, const QString& summary, bool feedback, bool close)
{
    const qint64 id = incident(svc, summary);
    const qint64 car = unit(svc, callsign);
    REQUIRE(svc.dispatchUnits(id, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    if (feedback)
        REQUIRE(svc.recordFeedback(id, car, QStringLiteral("现场调解完毕"), QStringLiteral("resolved_on_scene")).ok());
    if (close)
        REQUIRE(svc.reviewFeedback(id, true).ok());
    return id;
}

} // namespace

FollowUpFixture::FollowUpFixture(TestStore& store)
{
    DispatchService& svc = store.service();
    store.signIn(QStringLiteral("dispatcher"));
    const auto later = [&] { store.clock().advanceMs(kMinute); };

    feedbackDue = handled(svc, "城北01", QStringLiteral("邻里纠纷，民警在场"), false, false);
    later();
    feedbackReview = handled(svc, "城北02", QStringLiteral("车辆剐蹭纠纷"), true, false);
    later();

    transferIncident = incident(svc, QStringLiteral("盗窃电动车，需派出所立案"), QStringLiteral("criminal"));
    auto t = svc.transferIncident(transferIncident, svc.board().stations().first().id, QStringLiteral("立案侦查"));
    REQUIRE(t.ok());
    transfer = *t;
    const qint64 other = incident(svc, QStringLiteral("丢失证件"), QStringLiteral("assistance"));
    auto t2 = svc.transferIncident(other, svc.board().stations().last().id, QStringLiteral("补办手续"));
    REQUIRE(t2.ok());
    doneTransfer = *t2;
    REQUIRE(svc.acceptTransfer(doneTransfer, QStringLiteral("值班民警 王强")).ok());
    later();

    // Three handled and closed: one called back (satisfied), one unsatisfied (→ rectification), one still due.
    const qint64 a = handled(svc, "城南01", QStringLiteral("家庭纠纷"), true, true);
    const qint64 b = handled(svc, "城南01", QStringLiteral("噪音纠纷"), true, true);
    const qint64 c = handled(svc, "城南01", QStringLiteral("债务纠纷"), true, true);
    doneCallback = svc.callbackOf(a)->id;
    REQUIRE(svc.recordCallback(doneCallback, true, Satisfaction::Satisfied).ok());
    REQUIRE(svc.recordCallback(svc.callbackOf(b)->id, true, Satisfaction::Unsatisfied, QStringLiteral("处理太慢")).ok());
    rectification = svc.openRectifications().first().id;
    callback = svc.callbackOf(c)->id;
    later();

    auto m = svc.assignMediation(incident(svc, QStringLiteral("婚姻家庭纠纷")), unit(svc, "调解01"));
    REQUIRE(m.ok());
    mediation = *m;
    auto m2 = svc.assignMediation(incident(svc, QStringLiteral("劳资纠纷")), unit(svc, "调解02"));
    REQUIRE(m2.ok());
    doneMediation = *m2;
    REQUIRE(svc.recordMediation(doneMediation, MediationOutcome::Settled, QStringLiteral("达成协议")).ok());
    later();

    InstructionDraft d;
    d.source = QStringLiteral("市局指挥中心");
    d.text = QStringLiteral("核查茶城周边涉赌线索");
    auto i = svc.registerInstruction(d);
    REQUIRE(i.ok());
    instruction = *i;
    REQUIRE(svc.signForInstruction(instruction, {QStringLiteral("交巡01")}).ok());
    d.cls = InstructionClass::RepeatedNoRisk;
    d.text = QStringLiteral("重复转办：噪音投诉");
    auto i2 = svc.registerInstruction(d);
    REQUIRE(i2.ok());
    doneInstruction = *i2;
    REQUIRE(svc.signForInstruction(doneInstruction).ok());
    REQUIRE(svc.answerInstruction(doneInstruction, QStringLiteral("已办结，无新增风险")).ok());
    later();

    const qint64 noisy = incident(svc, QStringLiteral("KTV 噪音扰民"), QStringLiteral("public_order"));
    IncidentDraft again;
    again.summary = QStringLiteral("还在吵");
    REQUIRE(svc.mergeCall(noisy, again).ok());
    ledger = svc.openLedgerEntries().first().id;
    IncidentDraft elsewhere;
    elsewhere.summary = QStringLiteral("醉汉闹事");
    elsewhere.address = QStringLiteral("民主路5号");
    const qint64 drunk = incident(svc, QStringLiteral("醉汉闹事"), QStringLiteral("public_order"));
    REQUIRE(svc.mergeCall(drunk, elsewhere).ok());
    for (const LedgerEntry& e : svc.openLedgerEntries())
        if (e.id != ledger)
            doneLedger = e.id;
    REQUIRE(doneLedger);
    REQUIRE(svc.addLedgerAction(doneLedger, QStringLiteral("约谈经营者")).ok());
    later();

    store.signIn(QStringLiteral("leader"));
    REQUIRE(svc.closeLedgerEntry(doneLedger, QStringLiteral("已整改")).ok());
    auto s = svc.supervise(SupervisionSubject::Instruction, instruction, QStringLiteral("治安大队 李队长"),
                           SupervisionMethod::Phone, store.clock().nowMs() + 4 * 60 * kMinute);
    REQUIRE(s.ok());
    supervision = *s;
}

} // namespace dispatch::test
