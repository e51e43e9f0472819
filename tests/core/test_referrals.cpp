// SPDX-License-Identifier: GPL-3.0-or-later
// Referrals (信息流转), a declared follow-up list: the declaration's fields checked, the shared life (opened, noted,
// closed once, overdue once), owed, carried over at a handover as it stood, one open item per incident and
// assignee decided by the store, and the second of two desks told who closed an item first.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "followup/DeclaredFollowUp.h"
#include "handover/HandoverReport.h"
#include "store/EventLog.h"
#include "store/FollowUpItemRepository.h"

#include <QJsonObject>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
const QString kReferral = QStringLiteral("referral");
const QString kTown = QStringLiteral("城关镇综治办");

QMap<QString, QString> fields(const QString& direction, const QString& matter)
{
    return {{QStringLiteral("direction"), direction}, {QStringLiteral("matter"), matter}};
}

QStringList eventKinds(TestStore& s, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("followup"), id))
        out << e.kind;
    return out;
}

} // namespace

TEST_CASE("referrals are a declared list of the registry, on the shared entity", "[followup][referral]")
{
    const FollowUpKind* k = FollowUpKinds::find(kReferral);
    REQUIRE(k);
    REQUIRE(k->declaration());
    CHECK(k->entity() == Entity::FollowUp);
    CHECK(FollowUpKinds::declared().contains(k));
    CHECK(k->label() == QStringLiteral("Referrals"));
    CHECK(HandoverReport::kindLabel(kReferral) == QStringLiteral("Referrals"));
    CHECK(Entities::code(Entity::FollowUp) == QStringLiteral("followup"));
    CHECK(Entities::fromCode(QStringLiteral("followup")) == Entity::FollowUp);
}

TEST_CASE("a dispatcher refers an incident to the responsible unit; fields, notes and the close are checked",
          "[followup][referral]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = takeCall(svc, QStringLiteral("楼上装修噪音，多次协商无果"));
    const qint64 now = s.clock().nowMs();
    const auto matter = fields(QStringLiteral("down"), QStringLiteral("装修扰民纠纷，请镇综治办上门调处"));

    // What the declaration asks for, each refusal naming its field.
    CHECK(svc.openFollowUp(QStringLiteral("nosuch"), incident, kTown, matter, now + kHour).errorString().contains(QStringLiteral("nosuch")));
    CHECK(svc.openFollowUp(kReferral, incident, QStringLiteral("  "), matter, now + kHour)
              .errorString().contains(QStringLiteral("responsible unit")));
    CHECK(svc.openFollowUp(kReferral, incident, kTown, fields(QStringLiteral("down"), {}), now + kHour)
              .errorString().contains(QStringLiteral("What is referred")));
    const QString badChoice =
        svc.openFollowUp(kReferral, incident, kTown, fields(QStringLiteral("up"), QStringLiteral("x")), now + kHour).errorString();
    CHECK(badChoice.contains(QStringLiteral("\"up\"")));
    CHECK(badChoice.contains(QStringLiteral("down, across")));
    auto extra = matter;
    extra.insert(QStringLiteral("colour"), QStringLiteral("red"));
    CHECK(svc.openFollowUp(kReferral, incident, kTown, extra, now + kHour).errorString().contains(QStringLiteral("colour")));
    CHECK(svc.openFollowUp(kReferral, incident, kTown, matter, now).errorString().contains(QStringLiteral("deadline")));
    CHECK_FALSE(svc.openFollowUp(kReferral, 99999, kTown, matter, now + kHour).ok());
    CHECK(svc.openFollowUps(kReferral).isEmpty());

    FollowUpSpy changed(svc, Entity::FollowUp, FollowUpSpy::Signal::Changed);
    const Result<qint64> id = svc.openFollowUp(kReferral, incident, kTown, matter, now + 72 * kHour);
    REQUIRE(id.ok());
    REQUIRE(changed.count() == 1);
    CHECK(changed.last() == QList<qint64>{*id});

    // One open referral per incident and unit; another unit may have its own, and it is due first.
    const QString twice = svc.openFollowUp(kReferral, incident, kTown, matter, now + kHour).errorString();
    CHECK(twice.contains(QStringLiteral("already has an open referral")));
    CHECK(twice.contains(QStringLiteral("dispatcher")));
    const Result<qint64> station = svc.openFollowUp(kReferral, incident, QStringLiteral("城北派出所"),
                                                    fields(QStringLiteral("across"), QStringLiteral("涉及治安隐患")), now + 24 * kHour);
    REQUIRE(station.ok());
    const QList<FollowUpItem> open = svc.openFollowUps(kReferral);
    REQUIRE(open.size() == 2);
    CHECK(open.at(0).id == *station);
    CHECK(open.at(1).id == *id);
    CHECK(open.at(1).number == svc.findIncident(incident)->number);
    CHECK(open.at(1).fields == QMap<QString, QString>{{QStringLiteral("direction"), QStringLiteral("down")},
                                                      {QStringLiteral("matter"), QStringLiteral("装修扰民纠纷，请镇综治办上门调处")}});
    CHECK(open.at(1).openedBy == QStringLiteral("dispatcher"));
    CHECK(open.at(1).deadlineMs == now + 72 * kHour);
    CHECK(svc.followUpAssignees(kReferral).size() == 2);

    // A trainer may not refer a live incident; notes from the desk; the close needs an outcome and the answer.
    const qint64 other = takeCall(svc, QStringLiteral("另一起纠纷"));
    s.signIn(QStringLiteral("trainer"));
    CHECK(svc.openFollowUp(kReferral, other, kTown, matter, now + kHour)
              .errorString().contains(QStringLiteral("may not")));
    s.signIn(QStringLiteral("dispatcher"));
    CHECK(svc.addFollowUpNote(*id, QStringLiteral(" ")).errorString().contains(QStringLiteral("text")));
    REQUIRE(svc.addFollowUpNote(*id, QStringLiteral("已电话通知综治办王主任")).ok());
    CHECK(svc.findFollowUp(*id)->lastNote == QStringLiteral("已电话通知综治办王主任"));
    CHECK(svc.followUpNotes(*id).size() == 1);
    CHECK(svc.closeFollowUp(*id, QStringLiteral("done"), QStringLiteral("x")).errorString().contains(QStringLiteral("reported, returned")));
    CHECK(svc.closeFollowUp(*id, QStringLiteral("reported"), QStringLiteral(" ")).errorString().contains(QStringLiteral("answered")));
    s.clock().advanceMs(kHour);
    REQUIRE(svc.closeFollowUp(*id, QStringLiteral("reported"), QStringLiteral("已上门调处，双方达成协议")).ok());
    const ReadOne<FollowUpItem> closed = svc.findFollowUp(*id);
    REQUIRE(closed);
    CHECK(closed->closedAtMs == s.clock().nowMs());
    CHECK(closed->closedBy == QStringLiteral("dispatcher"));
    CHECK(closed->outcome == QStringLiteral("reported"));
    CHECK(svc.openFollowUps(kReferral).size() == 1);
    const QString again = svc.closeFollowUp(*id, QStringLiteral("reported"), QStringLiteral("again")).errorString();
    CHECK(again.contains(QStringLiteral("closed already")));
    CHECK(again.contains(QStringLiteral("by dispatcher")));
    CHECK(svc.addFollowUpNote(*id, QStringLiteral("late")).errorString().contains(QStringLiteral("closed already")));
    CHECK(eventKinds(s, *id) == QStringList{QStringLiteral("followup.opened"), QStringLiteral("followup.note"),
                                            QStringLiteral("followup.closed")});
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("followup"), *id);
    CHECK(events.first().payloadObject().value(QStringLiteral("kind")).toString() == kReferral);
    CHECK(events.first().payloadObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("direction")).toString()
          == QStringLiteral("down"));
    // Closed, the same unit may be sent the incident again.
    CHECK(svc.openFollowUp(kReferral, incident, kTown, matter, s.clock().nowMs() + kHour).ok());
    // The incident's history tells of its referrals.
    QStringList told;
    for (const EventRecord& e : svc.incidentHistory(incident))
        told << e.kind;
    CHECK(told.count(QStringLiteral("followup.opened")) == 3);
    CHECK(told.contains(QStringLiteral("followup.closed")));
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("an unanswered referral goes overdue once, is owed, and is carried over at the handover as it stood",
          "[followup][referral][handover]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = takeCall(svc, QStringLiteral("小区井盖缺失"));
    const Result<qint64> id = svc.openFollowUp(kReferral, incident, kTown,
                                               fields(QStringLiteral("across"), QStringLiteral("井盖缺失，请城管补装")),
                                               s.clock().nowMs() + 2 * kHour);
    REQUIRE(id.ok());
    FollowUpSpy overdue(svc, Entity::FollowUp, FollowUpSpy::Signal::Overdue);
    s.clock().advanceMs(2 * kHour);
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.isEmpty());
    s.clock().advanceMs(kSecond);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    CHECK(overdue.last() == QList<qint64>{*id});
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    CHECK(svc.findFollowUp(*id)->overdueAtMs == s.clock().nowMs());
    CHECK(eventKinds(s, *id) == QStringList{QStringLiteral("followup.opened"), QStringLiteral("followup.overdue")});

    const ReadList<OwedItem> owed = svc.owed();
    const auto it = std::find_if(owed.cbegin(), owed.cend(), [](const OwedItem& o) { return o.kind == kReferral; });
    REQUIRE(it != owed.cend());
    CHECK(it->id == *id);
    CHECK(it->entity == Entity::FollowUp);
    CHECK(it->owner == kTown);
    CHECK(it->what.contains(QStringLiteral("井盖缺失")));
    CHECK(it->what.contains(QStringLiteral("Across")));
    CHECK(it->overdue(s.clock().nowMs()));
    CHECK(it->kindLabel == QStringLiteral("Referrals"));

    // The handover as of now carries it; after it is closed, a handover as of before still does, one as of now not.
    const qint64 before = s.clock().nowMs();
    s.clock().advanceMs(kSecond);
    REQUIRE(svc.closeFollowUp(*id, QStringLiteral("returned"), QStringLiteral("非本单位职责，已转城管")).ok());
    const auto carries = [&](qint64 asOf) {
        const HandoverReport r = svc.buildHandoverReport(svc.currentShift(), asOf);
        return std::find_if(r.carried.cbegin(), r.carried.cend(), [&](const CarriedItem& c) {
                   return c.kind == kReferral && c.id == *id && c.owner == kTown && c.what == QStringLiteral("井盖缺失，请城管补装");
               }) != r.carried.cend();
    };
    CHECK(carries(before));
    CHECK_FALSE(carries(s.clock().nowMs() + kSecond));
}

TEST_CASE("two desks and one referral: the store keeps one open per unit, and the second close is told who closed it",
          "[followup][referral][conflict]")
{
    TestStore s;
    DispatchService& one = s.service();
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
    const qint64 incident = takeCall(one, QStringLiteral("商铺占道经营纠纷"));
    two.service->refreshIfChangedElsewhere();
    const auto matter = fields(QStringLiteral("down"), QStringLiteral("占道经营，请镇综治办协调"));

    REQUIRE(two.service->openFollowUp(kReferral, incident, kTown, matter, two.ownClock.nowMs() + kHour).ok());
    const QString refused = one.openFollowUp(kReferral, incident, kTown, matter, s.clock().nowMs() + kHour).errorString();
    CHECK(refused.contains(QStringLiteral("already has an open referral")));
    CHECK(refused.contains(QStringLiteral("dispatcher2")));
    CHECK(refused.contains(QStringLiteral("110-desk-07")));

    // The store itself refuses a second open item for the same unit, whoever writes it.
    FollowUpItem dup;
    dup.kind = kReferral;
    dup.incidentId = incident;
    dup.assignee = kTown;
    dup.openedAtMs = s.clock().nowMs();
    dup.deadlineMs = s.clock().nowMs() + kHour;
    CHECK_THROWS(FollowUpItemRepository::insert(s.db().connection(), dup));

    one.refreshIfChangedElsewhere();
    const qint64 id = one.openFollowUps(kReferral).first().id;
    REQUIRE(two.service->closeFollowUp(id, QStringLiteral("reported"), QStringLiteral("已协调")).ok());
    const QString late = one.closeFollowUp(id, QStringLiteral("returned"), QStringLiteral("x")).errorString();
    CHECK(late.contains(QStringLiteral("closed already")));
    CHECK(late.contains(QStringLiteral("dispatcher2")));
    CHECK(late.contains(QStringLiteral("110-desk-07")));
    CHECK(one.findFollowUp(id)->outcome == QStringLiteral("reported"));
}
