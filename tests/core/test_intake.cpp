// SPDX-License-Identifier: GPL-3.0-or-later
// Intake through the facade: diversion as work orders, triage overrides, merged callers, links, and the
// duplicate and repeat search.
#include "CatchQt.h"
#include "TestStore.h"

#include "domain/TextLimits.h"
#include "store/IntakeRepository.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QJsonObject>
#include <QSignalSpy>

#include <algorithm>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const GeoPoint kTeaMarket{22.7800, 100.9700};

IncidentDraft call(const QString& summary, const QString& category, int priority,
                   std::optional<GeoPoint> at = kTeaMarket, const QString& phone = QStringLiteral("13900001111"))
{
    IncidentDraft d;
    d.line = QStringLiteral("110");
    d.callerName = QStringLiteral("李女士");
    d.callerPhone = phone;
    d.address = QStringLiteral("茶城大道88号");
    d.position = at;
    d.summary = summary;
    d.category = category;
    d.priority = priority;
    return d;
}

IncidentDraft diverted(const QString& agency = QStringLiteral("streetlight"))
{
    IncidentDraft d = call(QStringLiteral("路灯坏了一整排"), QStringLiteral("non_police"), 4);
    d.divertTo = agency;
    return d;
}

QStringList kinds(const QList<EventRecord>& events)
{
    QStringList out;
    for (const EventRecord& e : events)
        out.append(e.kind);
    return out;
}

} // namespace

TEST_CASE("a diverted call becomes a work order that the agency accepts and completes", "[intake][workorder]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(diverted());
    INFO(id.errorString().toStdString());
    REQUIRE(id.ok());
    const Incident* i = svc.board().incident(*id);
    REQUIRE(i);
    CHECK(i->state == IncidentState::Diverted);
    CHECK(i->divertTo == QStringLiteral("streetlight"));
    CHECK(i->workOrder.agency == QStringLiteral("streetlight"));
    CHECK(i->workOrder.state == QStringLiteral("sent"));
    const QList<WorkOrder> orders = svc.workOrders(*id);
    REQUIRE(orders.size() == 1);
    CHECK(kinds(svc.history(QStringLiteral("work_order"), orders[0].id)) == QStringList{QStringLiteral("work_order.sent")});

    s.clock().advanceMs(10 * kMinute);
    REQUIRE(svc.advanceWorkOrder(orders[0].id, WorkOrderState::Accepted).ok());
    CHECK(svc.board().incident(*id)->workOrder.state == QStringLiteral("accepted"));
    // Accepted cannot go back to sent, nor be accepted twice.
    CHECK(svc.advanceWorkOrder(orders[0].id, WorkOrderState::Accepted).errorString().contains(QStringLiteral("already")));
    s.clock().advanceMs(60 * kMinute);
    REQUIRE(svc.advanceWorkOrder(orders[0].id, WorkOrderState::Completed, QStringLiteral("已修复")).ok());
    CHECK(svc.board().incident(*id) == nullptr); // closed: off the board
    CHECK(svc.findIncident(*id)->state == IncidentState::Closed);
    CHECK(svc.advanceWorkOrder(orders[0].id, WorkOrderState::Returned, QStringLiteral("x"), QStringLiteral("public_order"), 2)
              .errorString()
              .contains(QStringLiteral("can no longer change")));
    const QList<EventRecord> h = svc.history(QStringLiteral("work_order"), orders[0].id);
    REQUIRE(h.size() == 3);
    CHECK(h[1].atMs == defaultStartMs() + 10 * kMinute);
    CHECK(h[2].payloadObject().value(QStringLiteral("note")).toString() == QStringLiteral("已修复"));
}

TEST_CASE("a returned work order puts the incident back in the queue as a police incident", "[intake][workorder]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(diverted(QStringLiteral("114")));
    REQUIRE(id.ok());
    const qint64 wo = svc.workOrders(*id).at(0).id;
    CHECK_FALSE(svc.advanceWorkOrder(wo, WorkOrderState::Returned, {}, QStringLiteral("public_order"), 2).ok());
    CHECK_FALSE(svc.advanceWorkOrder(wo, WorkOrderState::Returned, QStringLiteral("车主威胁报警人"),
                                     QStringLiteral("non_police"), 2).ok());
    REQUIRE(svc.advanceWorkOrder(wo, WorkOrderState::Returned, QStringLiteral("车主威胁报警人"),
                                 QStringLiteral("public_order"), 2).ok());
    const Incident* i = svc.board().incident(*id);
    REQUIRE(i);
    CHECK(i->state == IncidentState::Triaged);
    CHECK(i->category == QStringLiteral("public_order"));
    CHECK(i->priority == 2);
    CHECK(i->divertTo.isEmpty());
    CHECK(i->workOrder.state == QStringLiteral("returned"));
    const QList<EventRecord> h = svc.history(QStringLiteral("incident"), *id);
    CHECK(h.last().kind == QStringLiteral("incident.state_changed"));
    CHECK(h.last().payloadObject().value(QStringLiteral("returned_by")).toString() == QStringLiteral("114"));
    CHECK(h.last().payloadObject().value(QStringLiteral("category_from")).toString() == QStringLiteral("non_police"));
}

TEST_CASE("diversion and mediation are refused where they do not fit", "[intake]")
{
    TestStore s;
    IncidentDraft d = diverted();
    d.category = QStringLiteral("public_order");
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("category"));
    d = diverted(QStringLiteral("nobody"));
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("divert_to"));
    d = call(QStringLiteral("打架"), QStringLiteral("public_order"), 1);
    d.mediation = true;
    CHECK(s.service().createIncident(d).error().where == QStringLiteral("mediation"));
    CHECK(s.service().board().activeIncidentCount() == 0);
}

TEST_CASE("an override of the triage proposal is logged with both values", "[intake][triage]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const TriageDecision proposal = svc.triage(QStringLiteral("110"), QStringLiteral("楼上邻居吵架"), kTeaMarket);
    REQUIRE(proposal.category == QStringLiteral("dispute"));
    REQUIRE(proposal.mediation);

    IncidentDraft same = call(QStringLiteral("楼上邻居吵架"), proposal.category, proposal.priority);
    same.mediation = proposal.mediation;
    same.proposed = TriageChoice{proposal.category, proposal.priority, proposal.divertTo, proposal.mediation,
                                 proposal.unitTypes, proposal.ruleIds()};
    auto accepted = svc.createIncident(same);
    REQUIRE(accepted.ok());
    CHECK_FALSE(kinds(svc.history(QStringLiteral("incident"), *accepted)).contains(QStringLiteral("incident.triage_overridden")));
    CHECK(svc.board().incident(*accepted)->triageRules == proposal.ruleIds());

    IncidentDraft changed = same;
    changed.category = QStringLiteral("public_order");
    changed.priority = 2;
    changed.mediation = false;
    auto overridden = svc.createIncident(changed);
    REQUIRE(overridden.ok());
    const QList<EventRecord> h = svc.history(QStringLiteral("incident"), *overridden);
    REQUIRE(kinds(h).contains(QStringLiteral("incident.triage_overridden")));
    const QJsonObject p = h.at(kinds(h).indexOf(QStringLiteral("incident.triage_overridden"))).payloadObject();
    CHECK(p.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("category")) == QStringLiteral("dispute"));
    CHECK(p.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("priority")).toInt() == 3);
    CHECK(p.value(QStringLiteral("chosen")).toObject().value(QStringLiteral("category")) == QStringLiteral("public_order"));
    CHECK(p.value(QStringLiteral("chosen")).toObject().value(QStringLiteral("priority")).toInt() == 2);
}

TEST_CASE("the facade's triage uses the zone tier and the centre's time of day", "[intake][triage]")
{
    TestStore s;
    const char* rules = R"({"format": "dispatch-triage-rules", "version": 1,
      "defaults": {"category": "public_order", "priority": 3},
      "rules": [
        {"id": "noise", "when": {"any": ["吵"]}, "then": {"category": "public_order", "priority": 3}},
        {"id": "key-site", "when": {"tiers": [1], "categories": ["public_order"]}, "then": {"priority": 2}},
        {"id": "night", "when": {"time": {"from": "22:00", "to": "06:00"}}, "then": {"priority": 1}}]})";
    const QString path = s.dir() + QStringLiteral("/rules.json");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(rules);
    f.close();
    QSignalSpy changed(&s.service(), &DispatchService::triageRulesChanged);
    REQUIRE(s.service().loadTriageRules(path).ok());
    CHECK(changed.count() == 1);
    const GeoPoint hospital = geo::offsetMetres({22.780, 100.970}, 0, -300); // tier-1 key site
    const GeoPoint suburb{22.70, 100.90};
    CHECK(s.service().triage(QStringLiteral("110"), QStringLiteral("很吵"), suburb).priority == 3);
    CHECK(s.service().triage(QStringLiteral("110"), QStringLiteral("很吵"), hospital).priority == 2);
    // 09:00 in the centre now; 15:00 UTC is 23:00 there.
    const qint64 night = QDateTime(QDate(2026, 11, 22), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    CHECK(s.service().triage(QStringLiteral("110"), QStringLiteral("很吵"), suburb, night).priority == 1);

    // A broken file is refused and the rules in force stay.
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": \"dispatch-triage-rules\", \"version\": 1, \"rules\": [}");
    f.close();
    const Status bad = s.service().loadTriageRules(path);
    CHECK_FALSE(bad.ok());
    CHECK(bad.errorString().contains(path));
    CHECK(changed.count() == 1);
    CHECK(s.service().triage(QStringLiteral("110"), QStringLiteral("很吵"), hospital).ruleIds()
          == QStringList{QStringLiteral("noise"), QStringLiteral("key-site")});
}

TEST_CASE("a merged call becomes a further caller of the incident and marks a repeat", "[intake][duplicates]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto first = svc.createIncident(call(QStringLiteral("烧烤店门口有人醉酒闹事"), QStringLiteral("public_order"), 2));
    REQUIRE(first.ok());
    const int before = svc.board().activeIncidentCount();
    QSignalSpy added(&svc, &DispatchService::incidentsAdded);
    QSignalSpy changed(&svc, &DispatchService::incidentsChanged);
    s.clock().advanceMs(3 * kMinute);
    IncidentDraft second = call(QStringLiteral("烧烤店有个醉汉在砸桌子"), QStringLiteral("public_order"), 2,
                                geo::offsetMetres(kTeaMarket, 40, 30), QStringLiteral("13700002222"));
    second.receivedAtMs = s.clock().nowMs() - 20000;
    REQUIRE(svc.mergeCall(*first, second).ok());
    CHECK(svc.board().activeIncidentCount() == before);
    CHECK(added.count() == 0);
    CHECK(changed.count() == 1);
    CHECK(svc.board().incident(*first)->extraCallers == 1);
    const QList<IncidentCaller> callers = svc.callers(*first);
    REQUIRE(callers.size() == 1);
    CHECK(callers[0].phone == QStringLiteral("13700002222"));
    CHECK(callers[0].receivedAtMs == s.clock().nowMs() - 20000);
    const QList<RepeatMark> marks = svc.repeatMarks(*first);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].mark == QStringLiteral("same_event"));
    CHECK(marks[0].cls == QStringLiteral("drunk"));
    CHECK(kinds(svc.history(QStringLiteral("incident"), *first)).contains(QStringLiteral("incident.caller_added")));

    REQUIRE(svc.changeIncidentState(*first, IncidentState::Cancelled, QStringLiteral("重复")).ok());
    CHECK(svc.mergeCall(*first, second).errorString().contains(QStringLiteral("cannot be merged")));
}

TEST_CASE("linking records the choice in both directions once", "[intake][duplicates]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto a = svc.createIncident(call(QStringLiteral("有人打架"), QStringLiteral("public_order"), 1));
    IncidentDraft d = call(QStringLiteral("路口有人受伤"), QStringLiteral("assistance"), 1);
    d.linkTo = {*a};
    auto b = svc.createIncident(d);
    REQUIRE(b.ok());
    CHECK(svc.links(*a) == QList<qint64>{*b});
    CHECK(svc.links(*b) == QList<qint64>{*a});
    CHECK(kinds(svc.history(QStringLiteral("incident"), *b)).contains(QStringLiteral("incident.linked")));
    CHECK(svc.linkIncidents(*a, *b, {}).errorString().contains(QStringLiteral("already linked")));
    CHECK(svc.linkIncidents(*a, *a, {}).errorString().contains(QStringLiteral("itself")));
    d.linkTo = {999999};
    CHECK(svc.createIncident(d).error().where == QStringLiteral("link"));
}

TEST_CASE("duplicate search: same phone, same event nearby, recurred after handling, frequent place", "[intake][duplicates]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const DuplicatePolicy& p = svc.triageEngine()->rules().duplicates();
    REQUIRE(p.openRadiusMetres == 300);
    REQUIRE(p.openWindowMinutes == 120);

    // 1. An open fight at the tea market.
    auto fight = svc.createIncident(call(QStringLiteral("茶城门口两人打架"), QStringLiteral("public_order"), 1));
    REQUIRE(fight.ok());
    s.clock().advanceMs(5 * kMinute);
    DuplicateQuery q{QStringLiteral("13500000000"), geo::offsetMetres(kTeaMarket, 200, 100), QString(),
                     QStringLiteral("dispute"), QStringLiteral("有人在吵架"), 0};
    DuplicateReport r = svc.findDuplicates(q);
    REQUIRE(r.candidates.size() == 1);
    CHECK(r.candidates[0].incidentId == *fight);
    CHECK(r.candidates[0].has(DuplicateKind::SameEvent));
    CHECK_FALSE(r.candidates[0].has(DuplicateKind::SamePhone));
    CHECK(r.candidates[0].distanceMetres == Approx(223.6).margin(2));

    // Too far, an unrelated category, or too long ago: not the same event.
    q.position = geo::offsetMetres(kTeaMarket, 400, 0);
    CHECK(svc.findDuplicates(q).candidates.isEmpty());
    q.position = geo::offsetMetres(kTeaMarket, 100, 0);
    q.category = QStringLiteral("fire");
    CHECK(svc.findDuplicates(q).candidates.isEmpty());
    q.category = QStringLiteral("dispute");
    q.atMs = s.clock().nowMs() + 3 * 60 * kMinute;
    CHECK(svc.findDuplicates(q).candidates.isEmpty());
    q.atMs = 0;

    // 2. The same phone calls again from elsewhere within a day.
    q.phone = QStringLiteral("13900001111");
    q.position = GeoPoint{22.70, 100.90};
    r = svc.findDuplicates(q);
    REQUIRE(r.candidates.size() == 1);
    CHECK(r.candidates[0].has(DuplicateKind::SamePhone));
    q.atMs = s.clock().nowMs() + 2 * kDay;
    CHECK(svc.findDuplicates(q).candidates.isEmpty());
    q.atMs = 0;

    // 3. Closed and called again at the same place: recurred after handling, and the mark is stored.
    REQUIRE(svc.changeIncidentState(*fight, IncidentState::Closed).ok());
    s.clock().advanceMs(2 * kDay);
    DuplicateQuery again{QString(), geo::offsetMetres(kTeaMarket, 10, 10), QString(), QStringLiteral("public_order"),
                         QStringLiteral("又在打架"), 0};
    r = svc.findDuplicates(again);
    REQUIRE(r.candidates.size() == 1);
    CHECK(r.candidates[0].has(DuplicateKind::Recurred));
    CHECK_FALSE(r.candidates[0].isOpen());
    CHECK(r.placeCount == 1);
    CHECK_FALSE(r.frequent);
    auto second = svc.createIncident(call(QStringLiteral("又在打架"), QStringLiteral("public_order"), 1,
                                          geo::offsetMetres(kTeaMarket, 10, 10), QString()));
    REQUIRE(second.ok());
    QList<RepeatMark> marks = svc.repeatMarks(*second);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].mark == QStringLiteral("recurred"));
    CHECK(marks[0].relatedId == *fight);

    // 4. A third incident at the same place within 30 days: a frequent place (反复多发), by address alone.
    s.clock().advanceMs(3 * kDay);
    IncidentDraft third = call(QStringLiteral("茶城门口赌博"), QStringLiteral("public_order"), 3, std::nullopt, QString());
    r = svc.findDuplicates({QString(), std::nullopt, third.address, third.category, third.summary, 0});
    CHECK(r.placeCount == 2);
    CHECK(r.frequent);
    CHECK(r.repeatClass == QStringLiteral("gambling"));
    auto thirdId = svc.createIncident(third);
    REQUIRE(thirdId.ok());
    marks = svc.repeatMarks(*thirdId);
    // The fight closed five days ago at the same address: recurred too.
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].mark == QStringLiteral("recurred"));
    CHECK(marks[1].mark == QStringLiteral("frequent"));
    CHECK(marks[1].placeCount == 3);
    CHECK(marks[1].cls == QStringLiteral("gambling"));

    // Past the 30-day window the place is quiet again.
    s.clock().advanceMs(40 * kDay);
    CHECK(svc.findDuplicates({QString(), std::nullopt, third.address, QString(), QString(), 0}).placeCount == 0);
}

TEST_CASE("the place search finds what is within its radius across every line of the map's grid, on all sides of "
          "zero", "[intake][duplicates][store]")
{
    // On a server the positions are indexed by cells of a thousandth of a degree: a search whose circle crosses cell
    // lines reads each cell it touches; a wide one reads a band. Places on a cell corner, west and south of zero
    // (where a cell's number rounds down, away from zero), and far north where a degree of longitude is short.
    TestStore s;
    const QSqlDatabase& c = s.db().connection();
    const QList<GeoPoint> corners{{22.8, 100.97}, {0.0, 0.0}, {-33.868, -70.651}, {69.649, 18.956}, {-45.0, 170.0}};
    for (const GeoPoint& corner : corners) {
        INFO("corner " << corner.lat << ", " << corner.lon);
        QList<qint64> inside, outside;
        int n = 0;
        auto at = [&](double north, double east, QList<qint64>& into) {
            IncidentDraft d = call(QStringLiteral("有人打架"), QStringLiteral("public_order"), 2,
                                   geo::offsetMetres(corner, north, east), QString());
            d.address.clear();
            d.summary += QString::number(++n);
            auto id = s.service().createIncident(d);
            REQUIRE(id.ok());
            into.append(*id);
        };
        for (double north : {-30.0, 30.0})
            for (double east : {-30.0, 30.0})
                at(north, east, inside); // one in each of the four cells about the corner, 42 m away
        at(0, 49, inside);
        at(0, -49, inside);
        at(49, 0, inside);
        at(-49, 0, inside);
        at(0, 52, outside); // within the box, outside the circle
        at(40, 40, outside);
        at(0, 130, outside); // in the next cell but one
        const qint64 since = s.clock().nowMs() - kDay;
        QList<qint64> found;
        for (const NearbyIncident& i : IntakeRepository::near(c, corner, 50, since))
            found.append(i.id);
        std::sort(found.begin(), found.end());
        CHECK(found == inside);
        // Wide (1.2 km, past kMostCellsASide cells): the band finds the same and those further out.
        found.clear();
        for (const NearbyIncident& i : IntakeRepository::near(c, corner, 1200, since))
            found.append(i.id);
        std::sort(found.begin(), found.end());
        QList<qint64> all = inside + outside;
        std::sort(all.begin(), all.end());
        CHECK(found == all);
        // And nothing from before the window.
        CHECK(IntakeRepository::near(c, corner, 50, s.clock().nowMs() + 1).isEmpty());
        s.clock().advanceMs(kMinute);
    }
}

TEST_CASE("server: the place search reads the index by cell and time, cell by cell or as a band, in its generic plan",
          "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    const QSqlDatabase& c = s.db().connection();
    // A year of a district's incidents, and the planner's statistics of them.
    const qint64 now = s.clock().nowMs();
    sql::run(c, QStringLiteral("INSERT INTO incidents(number, line, lat, lon, zone_id, tier, summary, category, priority,"
                               " state, state_since, received_at, created_at, updated_at, created_by, desk, origin)"
                               " SELECT 'H' || g, '110', 22.73 + random() * 0.1, 100.92 + random() * 0.1, NULL, 2, '历史',"
                               " 'dispute', 3, 'closed', t, t, t, t, NULL, 'history', 'live'"
                               " FROM generate_series(1, 20000) g,"
                               " LATERAL (SELECT CAST(? AS bigint) - g * CAST(1576800 AS bigint) AS t) past"),
             {now});
    sql::run(c, QStringLiteral("ANALYZE incidents"));
    for (double radius : {50.0, 1200.0}) {
        INFO("radius " << radius);
        const sql::PipelineStep read = IntakeRepository::nearStatement(c, kTeaMarket, radius, now - 30 * kDay);
        CHECK(read.genericPlan);
        Transaction tx(s.db());
        sql::pipeline(c, {read});
        // The scans of the index by cell in this transaction: the read took it.
        const auto scans = [&](const QString& index) {
            return sql::scalar(c, QStringLiteral("SELECT pg_stat_get_xact_numscans(CAST(? AS regclass))"), {index})
                .toInt();
        };
        CHECK(scans(QStringLiteral("incidents_cell")) > 0);
        CHECK(scans(QStringLiteral("incidents_history")) == 0);
        CHECK(scans(QStringLiteral("incidents_received_place")) == 0);
    }
}

TEST_CASE("server: the search of a place over the last hours checks the box in the index of received times and reads "
          "only the place's calls from the table", "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    const QSqlDatabase& c = s.db().connection();
    const qint64 now = s.clock().nowMs();
    const QString insert = QStringLiteral(
        "INSERT INTO incidents(number, line, lat, lon, zone_id, tier, summary, category, priority, state, state_since,"
        " received_at, created_at, updated_at, created_by, desk, origin)"
        " SELECT ? || g, '110', ? + g * 1e-7, ?, NULL, 2, '历史', 'dispute', 3, 'closed', t, t, t, t, NULL, 'history',"
        " 'live' FROM generate_series(1, ?) g, LATERAL (SELECT CAST(? AS bigint) - g * CAST(? AS bigint) AS t) past");
    // A year of history before the window, a busy two hours across the district (3 km north of the place), and the
    // place's own three calls.
    sql::run(c, insert, {QStringLiteral("H"), kTeaMarket.lat, kTeaMarket.lon, 20000, now - 3 * 60 * kMinute, 1576800});
    sql::run(c, insert, {QStringLiteral("D"), kTeaMarket.lat + 0.03, kTeaMarket.lon, 300, now, 20000});
    sql::run(c, insert, {QStringLiteral("P"), kTeaMarket.lat, kTeaMarket.lon, 3, now, 60000});
    sql::run(c, QStringLiteral("ANALYZE incidents"));

    const sql::PipelineStep read =
        IntakeRepository::nearStatement(c, kTeaMarket, 300, now - 120 * kMinute, IntakeRepository::NearBy::Time);
    CHECK(read.genericPlan);
    Transaction tx(s.db());
    const QList<sql::ServerAnswer> answers = sql::pipeline(c, {read});
    REQUIRE(answers.size() == 1);
    CHECK(answers.at(0).rowCount() == 3);
    const auto stat = [&](const char* function, const char* index) {
        return sql::scalar(c, QStringLiteral("SELECT %1(CAST(? AS regclass))").arg(QLatin1String(function)),
                           {QString::fromLatin1(index)})
            .toInt();
    };
    CHECK(stat("pg_stat_get_xact_numscans", "incidents_received_place") == 1);
    CHECK(stat("pg_stat_get_xact_numscans", "incidents_history") == 0);
    // The table rows fetched through the index: the place's three, not the window's 303.
    CHECK(stat("pg_stat_get_xact_tuples_fetched", "incidents_received_place") == 3);
}

TEST_CASE("the position index follows incidents and survives a migration", "[intake][store][sqlite]")
{
    TestStore s;
    auto id = s.service().createIncident(call(QStringLiteral("x"), QStringLiteral("public_order"), 3));
    REQUIRE(id.ok());
    const QSqlDatabase& c = s.db().connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incident_geo WHERE id = ?"), {*id}).toInt() == 1);
    CHECK(sql::scalar(c, QStringLiteral("SELECT min_lat FROM incident_geo WHERE id = ?"), {*id}).toDouble()
          == Approx(kTeaMarket.lat).margin(1e-5));

    // An update that sets the place to what it was leaves the index row alone (marked here to see it untouched) …
    sql::run(c, QStringLiteral("UPDATE incident_geo SET min_lat = 1, max_lat = 1 WHERE id = ?"), {*id});
    sql::run(c, QStringLiteral("UPDATE incidents SET lat = lat, lon = lon, summary = 'y' WHERE id = ?"), {*id});
    CHECK(sql::scalar(c, QStringLiteral("SELECT min_lat FROM incident_geo WHERE id = ?"), {*id}).toDouble() == Approx(1.0));
    // … a move rewrites it …
    sql::run(c, QStringLiteral("UPDATE incidents SET lat = ? WHERE id = ?"), {kTeaMarket.lat + 0.001, *id});
    CHECK(sql::scalar(c, QStringLiteral("SELECT min_lat FROM incident_geo WHERE id = ?"), {*id}).toDouble()
          == Approx(kTeaMarket.lat + 0.001).margin(1e-5));
    // … and a lost place removes it.
    sql::run(c, QStringLiteral("UPDATE incidents SET lat = NULL, lon = NULL WHERE id = ?"), {*id});
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incident_geo WHERE id = ?"), {*id}).toInt() == 0);
}

TEST_CASE("the diversion rate counts work orders of live calls and leaves out returned ones", "[intake][workorder]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 from = s.clock().nowMs();
    REQUIRE(svc.createIncident(call(QStringLiteral("有人打架"), QStringLiteral("public_order"), 1)).ok());
    REQUIRE(svc.createIncident(call(QStringLiteral("邻居吵架"), QStringLiteral("dispute"), 3)).ok());
    auto light = svc.createIncident(diverted());
    auto car = svc.createIncident(diverted(QStringLiteral("114")));
    REQUIRE(light.ok());
    REQUIRE(car.ok());
    DiversionFigures f = svc.diversion(from, from + kDay);
    CHECK(f.calls == 4);
    CHECK(f.diverted == 2);
    CHECK(f.open == 2);
    CHECK(f.returned == 0);
    CHECK(f.rate() == Approx(0.5));

    REQUIRE(svc.advanceWorkOrder(svc.workOrders(*car).at(0).id, WorkOrderState::Returned, QStringLiteral("车主在场威胁"),
                                 QStringLiteral("public_order"), 2)
                .ok());
    // Completed only once accepted: the agency took it on first.
    const qint64 lightOrder = svc.workOrders(*light).at(0).id;
    const Status early = svc.advanceWorkOrder(lightOrder, WorkOrderState::Completed);
    CHECK_FALSE(early.ok());
    CHECK(early.errorString().contains(WorkOrderLifecycle::label(WorkOrderState::Accepted)));
    REQUIRE(svc.advanceWorkOrder(lightOrder, WorkOrderState::Accepted).ok());
    REQUIRE(svc.advanceWorkOrder(lightOrder, WorkOrderState::Completed).ok());
    f = svc.diversion(from, from + kDay);
    CHECK(f.diverted == 2);
    CHECK(f.returned == 1);
    CHECK(f.open == 0);
    CHECK(f.rate() == Approx(0.25));
    CHECK(svc.diversion(from + kDay, from + 2 * kDay).calls == 0);
    CHECK(svc.diversion(from + kDay, from + 2 * kDay).rate() == 0.0);
}

TEST_CASE("a place corrected after saving is an event with both places; the zone and circle follow the point",
          "[intake][correction]")
{
    TestStore s;
    DispatchService& svc = s.service();
    auto id = svc.createIncident(call(QStringLiteral("有人打架"), QStringLiteral("public_order"), 2, std::nullopt));
    REQUIRE(id.ok());
    CHECK(svc.board().incident(*id)->zoneId == 0);
    CHECK(svc.recommend(*id).candidates.isEmpty());

    // The caller's place found later: near the hospital, a 1-minute circle.
    const GeoPoint hospital = geo::offsetMetres({22.780, 100.970}, 0, -300);
    REQUIRE(svc.correctPlace(*id, QStringLiteral("区人民医院门口"), hospital, QStringLiteral("报警人重新确认")).ok());
    const Incident* i = svc.board().incident(*id);
    CHECK(i->address == QStringLiteral("区人民医院门口"));
    REQUIRE(i->position);
    CHECK(i->zoneId == svc.board().zoneAt(hospital)->id);
    CHECK(i->tier == 1);
    CHECK_FALSE(svc.recommend(*id).candidates.isEmpty());
    const EventRecord e = svc.history(QStringLiteral("incident"), *id).last();
    CHECK(e.kind == QStringLiteral("incident.place_corrected"));
    const QJsonObject p = e.payloadObject();
    CHECK(p.value(QStringLiteral("from")).toObject().value(QStringLiteral("address")).toString() == QStringLiteral("茶城大道88号"));
    CHECK_FALSE(p.value(QStringLiteral("from")).toObject().contains(QStringLiteral("lat")));
    CHECK(p.value(QStringLiteral("to")).toObject().value(QStringLiteral("tier")).toInt() == 1);
    CHECK(p.value(QStringLiteral("reason")).toString() == QStringLiteral("报警人重新确认"));

    // Moved outside every zone: no zone, no circle.
    REQUIRE(svc.correctPlace(*id, QStringLiteral("郊外"), GeoPoint{22.60, 100.80}).ok());
    CHECK(svc.board().incident(*id)->zoneId == 0);
    CHECK(svc.board().incident(*id)->tier == 0);
    // The same place again, a bad point, or a closed record: refused.
    CHECK_FALSE(svc.correctPlace(*id, QStringLiteral("郊外"), GeoPoint{22.60, 100.80}).ok());
    CHECK(svc.correctPlace(*id, QStringLiteral("x"), GeoPoint{123.0, 500.0}).error().where == QStringLiteral("position"));
    REQUIRE(svc.changeIncidentState(*id, IncidentState::Cancelled, QStringLiteral("重复")).ok());
    CHECK_FALSE(svc.correctPlace(*id, QStringLiteral("别处"), std::nullopt).ok());
}

TEST_CASE("free text over its limit is refused with the field named; at the limit it is kept", "[intake][limits]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d = call(QString(TextLimits::kSummary + 1, u'打'), QStringLiteral("public_order"), 2);
    const Result<qint64> tooLong = svc.createIncident(d);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().where == QStringLiteral("summary"));
    CHECK(tooLong.errorString().contains(QString::number(TextLimits::kSummary)));
    d.summary.chop(1);
    const Result<qint64> atLimit = svc.createIncident(d);
    REQUIRE(atLimit.ok());
    CHECK(svc.board().incident(*atLimit)->summary.size() == TextLimits::kSummary);
    IncidentDraft longAddress = call(QStringLiteral("吵架"), QStringLiteral("dispute"), 3);
    longAddress.address = QString(TextLimits::kAddress + 1, u'路');
    CHECK(svc.createIncident(longAddress).error().where == QStringLiteral("address"));
    // A further caller is held to the same limits.
    IncidentDraft further = call(QString(TextLimits::kSummary + 1, u'吵'), QStringLiteral("public_order"), 2);
    CHECK(svc.mergeCall(*atLimit, further).error().where == QStringLiteral("summary"));
}
