// SPDX-License-Identifier: GPL-3.0-or-later
// The repeat-incident ledger (重复警情台账): marks stored at intake file themselves by class and place, owned by the
// nearest station; actions, reassignment and closure ("挂账销号") with the roles; a missed deadline recorded
// once; the weekly bulletin of new, open and closed entries; marks stored before the ledger existed migrate.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "TestStore.h"

#include "stats/LedgerBulletin.h"
#include "store/EventLog.h"
#include "store/LedgerRepository.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const GeoPoint kTeaMarket{22.7800, 100.9700};

IncidentDraft call(const QString& summary, const QString& address, std::optional<GeoPoint> at = kTeaMarket,
                   const QString& category = QStringLiteral("public_order"))
{
    IncidentDraft d;
    d.callerPhone = QStringLiteral("13900001111");
    d.address = address;
    d.position = at;
    d.summary = summary;
    d.category = category;
    d.priority = 3;
    return d;
}

QStringList kinds(TestStore& s, qint64 id)
{
    QStringList out;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("ledger"), id))
        out << e.kind;
    return out;
}

/// The nearest station's name, counted here independently of the command.
QString nearestStation(const DispatchService& svc, const GeoPoint& p)
{
    const Station* best = nullptr;
    for (const Station& st : svc.board().stations())
        if (!best || geo::distanceMetres(st.position, p) < geo::distanceMetres(best->position, p))
            best = &st;
    return best ? best->name : QString();
}

} // namespace

TEST_CASE("repeated reports of one event open a ledger entry of their class at their place", "[followup][ledger]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto first = svc.createIncident(call(QStringLiteral("楼上 KTV 唱歌噪音扰民"), QStringLiteral("茶城大道88号")));
    REQUIRE(first.ok());
    CHECK(svc.openLedgerEntries().isEmpty());

    test::FollowUpSpy changed(svc, Entity::Ledger, test::FollowUpSpy::Signal::Changed);
    REQUIRE(svc.mergeCall(*first, call(QStringLiteral("还在吵，音响很大"), QStringLiteral("茶城大道88号"))).ok());
    CHECK(changed.count() == 1);
    QList<LedgerEntry> open = svc.openLedgerEntries();
    REQUIRE(open.size() == 1);
    const LedgerEntry e = open.first();
    CHECK(e.cls == QStringLiteral("noise"));
    CHECK(e.place() == QStringLiteral("茶城大道88号"));
    CHECK(e.owner == nearestStation(svc, kTeaMarket));
    CHECK_FALSE(e.owner.isEmpty());
    CHECK(e.openedAtMs == s.clock().nowMs());
    CHECK(e.deadlineMs == s.clock().nowMs() + 30 * kDay);
    CHECK(e.markCount == 1);
    CHECK(e.incidentCount == 1);
    CHECK(e.marks == QStringList{QStringLiteral("same_event")});
    CHECK(kinds(s, e.id) == QStringList{QStringLiteral("ledger.opened"), QStringLiteral("ledger.marked")});

    // A third caller: the same entry grows; the incident is counted once.
    s.clock().advanceMs(5 * kMinute);
    REQUIRE(svc.mergeCall(*first, call(QStringLiteral("噪音扰民第三次报警"), QStringLiteral("茶城大道88号"))).ok());
    open = svc.openLedgerEntries();
    REQUIRE(open.size() == 1);
    CHECK(open.first().markCount == 2);
    CHECK(open.first().incidentCount == 1);
    CHECK(open.first().lastMarkAtMs == s.clock().nowMs());
    CHECK(svc.ledgerIncidents(e.id) == QList<qint64>{*first});
}

TEST_CASE("marks join an entry by class and by place: the same address or within 50 m", "[followup][ledger]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const auto marked = [&](const QString& summary, const QString& address, const GeoPoint& at) {
        auto target = svc.createIncident(call(summary, address, at));
        REQUIRE(target.ok());
        REQUIRE(svc.mergeCall(*target, call(summary, address, at)).ok());
    };
    marked(QStringLiteral("棋牌室聚众赌博"), QStringLiteral("振兴大道12号"), kTeaMarket);
    // 30 m away, another address: the same place.
    marked(QStringLiteral("有人赌钱"), QStringLiteral("振兴大道14号"), geo::offsetMetres(kTeaMarket, 30, 0));
    // 500 m away with the same address text: the same place by address.
    marked(QStringLiteral("聚赌"), QStringLiteral("振兴大道12号"), geo::offsetMetres(kTeaMarket, 500, 0));
    // 80 m away, another address: another place.
    marked(QStringLiteral("打牌赌博"), QStringLiteral("振兴大道30号"), geo::offsetMetres(kTeaMarket, 0, 80));
    // The same place, another class: another entry.
    marked(QStringLiteral("醉汉闹事"), QStringLiteral("振兴大道12号"), kTeaMarket);

    // (The third and fifth calls at 振兴大道12号 also make it a frequent place: their marks join the same entries.)
    const QList<LedgerEntry> open = svc.openLedgerEntries();
    REQUIRE(open.size() == 3);
    QMap<QString, int> incidentsByPlace;
    for (const LedgerEntry& e : open)
        incidentsByPlace[e.cls + QLatin1Char('@') + e.address] = e.incidentCount;
    CHECK(incidentsByPlace.value(QStringLiteral("gambling@振兴大道12号")) == 3);
    CHECK(incidentsByPlace.value(QStringLiteral("gambling@振兴大道30号")) == 1);
    CHECK(incidentsByPlace.value(QStringLiteral("drunk@振兴大道12号")) == 1);

    // A mark reads only the open entries that may be its place: of its address, or about its position.
    const QSqlDatabase& c = s.db().connection();
    const auto addresses = [&](const QString& address, const std::optional<GeoPoint>& at) {
        QStringList out;
        for (const LedgerEntry& e : LedgerRepository::openPlacesOfClass(c, QStringLiteral("gambling"), address, at, 50))
            out.append(e.address);
        return out;
    };
    const GeoPoint far = geo::offsetMetres(kTeaMarket, 0, 2000);
    CHECK(addresses(QStringLiteral("振兴大道30号"), far) == QStringList{QStringLiteral("振兴大道30号")});
    CHECK(addresses(QString(), far).isEmpty());
    CHECK(addresses(QString(), kTeaMarket) == QStringList{QStringLiteral("振兴大道12号")});
    CHECK(addresses(QString(), geo::offsetMetres(kTeaMarket, 0, 40)) // between the two: both boxes' edges
          == (QStringList{QStringLiteral("振兴大道30号"), QStringLiteral("振兴大道12号")}));
    CHECK(addresses(QStringLiteral("振兴大道12号"), std::nullopt) == QStringList{QStringLiteral("振兴大道12号")});
}

TEST_CASE("recurring after disposal and at one place also file themselves", "[followup][ledger]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto a = svc.createIncident(call(QStringLiteral("茶城门口有人赌博"), QStringLiteral("茶城大道88号")));
    REQUIRE(a.ok());
    REQUIRE(svc.changeIncidentState(*a, IncidentState::Closed).ok());
    s.clock().advanceMs(2 * kDay);
    auto b = svc.createIncident(call(QStringLiteral("茶城门口又在赌博"), QStringLiteral("茶城大道88号")));
    REQUIRE(b.ok());
    s.clock().advanceMs(kDay);
    auto c = svc.createIncident(call(QStringLiteral("茶城门口聚众赌博"), QStringLiteral("茶城大道88号")));
    REQUIRE(c.ok());
    const QList<LedgerEntry> open = svc.openLedgerEntries();
    REQUIRE(open.size() == 1);
    CHECK(open.first().cls == QStringLiteral("gambling"));
    CHECK(open.first().marks == QStringList{QStringLiteral("frequent"), QStringLiteral("recurred")});
    CHECK(open.first().markCount == int(svc.repeatMarks(*b).size() + svc.repeatMarks(*c).size()));
    CHECK(svc.ledgerIncidents(open.first().id) == QList<qint64>{*b, *c});
}

TEST_CASE("an entry is worked to closure: actions from any desk, reassigned and closed by a shift leader",
          "[followup][ledger]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto target = svc.createIncident(call(QStringLiteral("酒吧门口醉酒闹事"), QStringLiteral("民主路5号")));
    REQUIRE(target.ok());
    REQUIRE(svc.mergeCall(*target, call(QStringLiteral("酒吧有人醉酒"), QStringLiteral("民主路5号"))).ok());
    const qint64 id = svc.openLedgerEntries().first().id;

    CHECK(svc.closeLedgerEntry(id, QStringLiteral("x")).errorString().contains(QStringLiteral("may not")));
    CHECK(svc.addLedgerAction(id, QStringLiteral(" ")).error().where == QStringLiteral("text"));
    s.signIn(QStringLiteral("leader"));
    CHECK(svc.closeLedgerEntry(id, QStringLiteral("已整治")).error().where == QStringLiteral("actions"));
    s.signIn(QStringLiteral("dispatcher"));
    CHECK_FALSE(svc.assignLedgerEntry(id, QStringLiteral("治安大队")).ok());
    s.clock().advanceMs(kDay);
    REQUIRE(svc.addLedgerAction(id, QStringLiteral("约谈酒吧经营者，签订承诺书")).ok());
    s.clock().advanceMs(kDay);
    REQUIRE(svc.addLedgerAction(id, QStringLiteral("夜间巡逻加密至每小时一次")).ok());
    const QList<LedgerAction> actions = svc.ledgerActions(id);
    REQUIRE(actions.size() == 2);
    CHECK(actions.first().by == QStringLiteral("dispatcher"));
    CHECK(actions.last().atMs == s.clock().nowMs());
    CHECK(svc.findLedgerEntry(id)->lastAction == QStringLiteral("夜间巡逻加密至每小时一次"));

    s.signIn(QStringLiteral("leader"));
    CHECK(svc.assignLedgerEntry(id, QStringLiteral(" ")).error().where == QStringLiteral("owner"));
    REQUIRE(svc.assignLedgerEntry(id, QStringLiteral("治安大队")).ok());
    CHECK(svc.findLedgerEntry(id)->owner == QStringLiteral("治安大队"));
    CHECK(svc.closeLedgerEntry(id, QStringLiteral(" ")).error().where == QStringLiteral("result"));
    REQUIRE(svc.closeLedgerEntry(id, QStringLiteral("连续两周无警情，销号")).ok());
    const LedgerEntry closed = *svc.findLedgerEntry(id);
    CHECK_FALSE(closed.isOpen());
    CHECK(closed.closedBy == QStringLiteral("leader"));
    CHECK(svc.openLedgerEntries().isEmpty());
    CHECK(svc.addLedgerAction(id, QStringLiteral("x")).errorString().contains(QStringLiteral("already closed")));
    CHECK(kinds(s, id) == QStringList{QStringLiteral("ledger.opened"), QStringLiteral("ledger.marked"),
                                      QStringLiteral("ledger.action"), QStringLiteral("ledger.action"),
                                      QStringLiteral("ledger.assigned"), QStringLiteral("ledger.closed")});

    // The place recurs after closure: a new entry, not the closed one.
    s.signIn(QStringLiteral("dispatcher"));
    REQUIRE(svc.mergeCall(*target, call(QStringLiteral("酒吧又有人醉酒"), QStringLiteral("民主路5号"))).ok());
    REQUIRE(svc.openLedgerEntries().size() == 1);
    CHECK(svc.openLedgerEntries().first().id != id);
}

TEST_CASE("a ledger entry past its deadline is recorded overdue once", "[followup][ledger]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto target = svc.createIncident(call(QStringLiteral("广场舞音响扰民"), QStringLiteral("人民广场")));
    REQUIRE(target.ok());
    REQUIRE(svc.mergeCall(*target, call(QStringLiteral("广场舞太吵"), QStringLiteral("人民广场"))).ok());
    const qint64 id = svc.openLedgerEntries().first().id;
    test::FollowUpSpy overdue(svc, Entity::Ledger, test::FollowUpSpy::Signal::Overdue);
    s.clock().advanceMs(30 * kDay + kMinute);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    CHECK(overdue.ids(0) == QList<qint64>{id});
    CHECK(kinds(s, id).last() == QStringLiteral("ledger.overdue"));
    CHECK(svc.findLedgerEntry(id)->overdueAtMs == s.clock().nowMs());
}

TEST_CASE("the weekly bulletin lists new, open and closed entries of the week", "[followup][ledger][report]")
{
    // Monday 2026-11-23 09:00 in the centre: the week of the 23rd to the 29th.
    TestStore s;
    DispatchService& svc = s.service();
    const QTimeZone zone("Asia/Shanghai");
    s.clock().set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), zone)); // the week before
    const auto entry = [&](const QString& summary, const QString& address) {
        auto target = svc.createIncident(call(summary, address, std::nullopt));
        REQUIRE(target.ok());
        REQUIRE(svc.mergeCall(*target, call(summary, address, std::nullopt)).ok());
        return svc.openLedgerEntries().last().id;
    };
    const qint64 old = entry(QStringLiteral("棋牌室赌博"), QStringLiteral("旧地址1号"));        // opened before, closed in the week
    const qint64 lingering = entry(QStringLiteral("KTV 噪音"), QStringLiteral("旧地址2号"));  // opened before, still open
    s.clock().set(QDateTime(QDate(2026, 11, 24), QTime(14, 0), zone));
    const qint64 fresh = entry(QStringLiteral("醉酒闹事"), QStringLiteral("新地址3号"));      // opened in the week
    REQUIRE(svc.mergeCall(svc.ledgerIncidents(lingering).first(),
                          call(QStringLiteral("KTV 又吵"), QStringLiteral("旧地址2号"), std::nullopt)).ok());
    s.signIn(QStringLiteral("leader"));
    REQUIRE(svc.addLedgerAction(old, QStringLiteral("收缴赌具")).ok());
    REQUIRE(svc.closeLedgerEntry(old, QStringLiteral("已取缔")).ok());
    s.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), zone)); // the week after: the closed one stays closed

    const ReportPeriod week = ReportPeriod::containing(ReportPeriod::Kind::Week, QDate(2026, 11, 25), zone);
    auto b = LedgerBulletin::build(s.db().connection(), week, s.clock().nowMs());
    REQUIRE(b.ok());
    CHECK(b->opened.size() == 1);
    CHECK(b->opened.first().id == fresh);
    REQUIRE(b->closed.size() == 1);
    CHECK(b->closed.first().id == old);
    CHECK(b->closed.first().result == QStringLiteral("已取缔"));
    QList<qint64> openIds;
    for (const LedgerEntry& e : b->open)
        openIds << e.id;
    std::sort(openIds.begin(), openIds.end());
    CHECK(openIds == QList<qint64>{lingering, fresh});
    CHECK(b->marksInPeriod.value(lingering) == 1);
    CHECK(b->marksInPeriod.value(fresh) == 1);
    CHECK(b->overdueOpen() == 0);

    const QList<ReportTable> t = b->tables(zone);
    REQUIRE(t.size() == 4);
    CHECK(t[0].rows[0] == QStringList{QStringLiteral("New entries"), QStringLiteral("1")});
    CHECK(t[0].rows[1] == QStringList{QStringLiteral("Open at the end of the period"), QStringLiteral("2")});
    CHECK(t[0].rows[3] == QStringList{QStringLiteral("Closed in the period"), QStringLiteral("1")});
    CHECK(t[3].rows.first().at(0) == QStringLiteral("旧地址1号"));
    const QJsonObject json = b->toJson(zone);
    CHECK(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("open")).toInt() == 2);
    CHECK(json.value(QStringLiteral("new")).toArray().first().toObject().value(QStringLiteral("class")).toString()
          == QStringLiteral("drunk"));
}

TEST_CASE("repeat marks stored before the ledger existed become entries when the store is migrated", "[followup][ledger][store][sqlite]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto a = svc.createIncident(call(QStringLiteral("棋牌室赌博"), QStringLiteral("老街1号")));
    REQUIRE(a.ok());
    REQUIRE(svc.mergeCall(*a, call(QStringLiteral("棋牌室赌博"), QStringLiteral("老街1号"))).ok());
    REQUIRE(svc.mergeCall(*a, call(QStringLiteral("又在赌"), QStringLiteral("老街1号"))).ok());
    auto b = svc.createIncident(call(QStringLiteral("噪音"), QString(), GeoPoint{22.79, 100.98}));
    REQUIRE(b.ok());
    REQUIRE(svc.mergeCall(*b, call(QStringLiteral("吵"), QString(), GeoPoint{22.79, 100.98})).ok());
    REQUIRE(svc.openLedgerEntries().size() == 2);

    // Back to schema 13: the ledger's tables (and those of later versions) gone, the marks kept.
    execRawSql(s.path(), QStringLiteral("DROP TABLE ledger_actions; DROP TABLE ledger_marks; DROP TABLE ledger_entries; "
                                        "DROP TABLE handover_reviews; DROP TABLE handovers; DROP TABLE shift_roster; "
                                        "ALTER TABLE incident_callers DROP COLUMN source_ref; "
                                        "DROP INDEX assignments_sign_for_due; ALTER TABLE assignments DROP COLUMN sign_for_breached_at; "
                                        "ALTER TABLE assignments DROP COLUMN from_lat; ALTER TABLE assignments DROP COLUMN from_lon; "
                                        "DROP TABLE agency_notifications; DROP TABLE call_answers; DROP TABLE event_touches; "
                                        "ALTER TABLE incidents DROP COLUMN row_version; "
                                        "ALTER TABLE units DROP COLUMN row_version; "
                                        "DROP TABLE follow_up_notes; DROP TABLE follow_up_items; "
                                        "DROP INDEX incidents_handed_in_ref; DROP TABLE phone_calls; "
                                        "DROP TABLE map_roads; DROP TABLE map_places; DROP TABLE map_areas; "
                                        "DROP TABLE gazetteer_text; DROP TABLE gazetteer; "
                                        "PRAGMA user_version = 13;"));
    s.reopen();
    REQUIRE(Schema::latestVersion() >= 14);
    const QList<LedgerEntry> open = s.service().openLedgerEntries();
    REQUIRE(open.size() == 2);
    QMap<QString, LedgerEntry> byClass;
    for (const LedgerEntry& e : open)
        byClass.insert(e.cls, e);
    CHECK(byClass.value(QStringLiteral("gambling")).markCount == 2);
    CHECK(byClass.value(QStringLiteral("gambling")).address == QStringLiteral("老街1号"));
    CHECK(byClass.value(QStringLiteral("noise")).markCount == 1);
    CHECK(byClass.value(QStringLiteral("noise")).owner == nearestStation(s.service(), GeoPoint{22.79, 100.98}));
    CHECK(byClass.value(QStringLiteral("gambling")).deadlineMs - byClass.value(QStringLiteral("gambling")).openedAtMs == 30 * kDay);
}
