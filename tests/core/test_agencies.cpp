// SPDX-License-Identifier: GPL-3.0-or-later
// Other services alongside the police: linked agencies notified as well as units sent (120 for the injured, 119 for a
// fire), each acknowledged, on the record and on the handover; triage proposing whom to notify; the call-taker's
// questions for each category from the centre's file, and the caller's answers kept with the incident.
#include "CatchQt.h"
#include "TestStore.h"

#include "handover/HandoverReport.h"
#include "domain/TextLimits.h"
#include "triage/CallQuestions.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

IncidentDraft injured()
{
    IncidentDraft d;
    d.summary = QStringLiteral("路口两车相撞，一个人躺在地上流血");
    d.category = QStringLiteral("traffic");
    d.priority = 1;
    d.position = geo::offsetMetres({22.780, 100.970}, 200, 200);
    return d;
}

} // namespace

TEST_CASE("triage proposes the agencies to notify; a diversion is not also a notification", "[agencies][triage]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const TriageDecision crash = svc.triage(QStringLiteral("110"), injured().summary, std::nullopt);
    CHECK(crash.notify.contains(QStringLiteral("120")));
    CHECK(crash.notify.contains(QStringLiteral("122")));
    CHECK(crash.why(QStringLiteral("en")).contains(QStringLiteral("120")));
    const TriageDecision fire = svc.triage(QStringLiteral("110"), QStringLiteral("三楼着火了，屋里还有老人被困"), std::nullopt);
    CHECK(fire.notify.contains(QStringLiteral("119")));
    const TriageDecision quarrel = svc.triage(QStringLiteral("110"), QStringLiteral("楼上邻居吵架"), std::nullopt);
    CHECK(quarrel.notify.isEmpty());
    const TriageDecision hornets = svc.triage(QStringLiteral("110"), QStringLiteral("窗外有个马蜂窝"), std::nullopt);
    CHECK(hornets.divertTo == QStringLiteral("119"));
    CHECK_FALSE(hornets.notify.contains(QStringLiteral("119")));
}

TEST_CASE("agencies notified with the call and later, each acknowledged once, on the record and the handover",
          "[agencies][handover]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d = injured();
    d.notify = {QStringLiteral("120")};
    const Result<qint64> created = svc.createIncident(d);
    INFO(created.errorString().toStdString());
    REQUIRE(created.ok());
    const qint64 id = *created;
    QList<AgencyNotification> n = svc.agencyNotifications(id);
    REQUIRE(n.size() == 1);
    CHECK(n.first().agency == QStringLiteral("120"));
    CHECK(n.first().notifiedAtMs == s.clock().nowMs());
    CHECK(n.first().notifiedBy == QStringLiteral("dispatcher"));
    CHECK_FALSE(n.first().isAcknowledged());
    // The police go too: the incident stays with them.
    CHECK(svc.board().incident(id)->state == IncidentState::Triaged);
    REQUIRE(svc.dispatchUnits(id, {{svc.board().unitByCallsign(QStringLiteral("交巡01"))->id}}).ok());

    s.clock().advanceMs(2 * kMinute);
    const auto later = svc.notifyAgency(id, QStringLiteral("122"), QStringLiteral("需交警勘查"));
    REQUIRE(later.ok());
    CHECK_FALSE(svc.notifyAgency(id, QStringLiteral("120")).ok()); // once per agency
    CHECK(svc.notifyAgency(id, QStringLiteral("nowhere")).error().where == QStringLiteral("agency"));
    REQUIRE(svc.acknowledgeAgency(n.first().id, QStringLiteral("120调度员王")).ok());
    CHECK_FALSE(svc.acknowledgeAgency(n.first().id, QStringLiteral("again")).ok());
    n = svc.agencyNotifications(id);
    CHECK(n.first().acknowledgedAtMs == s.clock().nowMs());
    CHECK(n.first().acknowledgedBy == QStringLiteral("120调度员王"));
    QStringList kinds;
    for (const EventRecord& e : svc.incidentHistory(id))
        kinds << e.kind;
    CHECK(kinds.count(QStringLiteral("agency.notified")) == 2);
    CHECK(kinds.count(QStringLiteral("agency.acknowledged")) == 1);

    // The handover lists both, one acknowledged and one not, in its JSON and its tables.
    const HandoverReport r = svc.buildHandoverReport(svc.currentShift());
    REQUIRE(r.notifications.size() == 2);
    CHECK(r.notifications.at(0).acknowledgedBy == QStringLiteral("120调度员王"));
    CHECK(r.notifications.at(1).agency == QStringLiteral("122"));
    CHECK(r.notifications.at(1).acknowledgedAtMs == 0);
    const QJsonArray json = r.toJson(svc.board().timeZone()).value(QStringLiteral("agency_notifications")).toArray();
    REQUIRE(json.size() == 2);
    CHECK(json.at(1).toObject().value(QStringLiteral("acknowledged_at")).isNull());
    const std::optional<HandoverReport> back = HandoverReport::fromJson(r.toJson(svc.board().timeZone()));
    REQUIRE(back);
    CHECK(back->notifications.size() == 2);
    CHECK(back->notifications.at(0).acknowledgedAtMs == n.first().acknowledgedAtMs);
    bool tabled = false;
    for (const ReportTable& t : r.tables(svc.board().timeZone(), QStringLiteral("en")))
        if (t.id == QStringLiteral("agencies")) {
            tabled = true;
            REQUIRE(t.rows.size() == 2);
            CHECK(t.rows.at(1).last() == QStringLiteral("not yet acknowledged"));
        }
    CHECK(tabled);

    // A closed incident notifies nobody any more.
    REQUIRE(svc.changeIncidentState(id, IncidentState::Cancelled, QStringLiteral("重复报警")).ok());
    CHECK_FALSE(svc.notifyAgency(id, QStringLiteral("119")).ok());
}

TEST_CASE("the call-taker's questions come from the centre's file, refused whole when wrong", "[agencies][questions]")
{
    const CallQuestions& q = CallQuestions::builtin();
    const QList<CallQuestions::Question> order = q.forCategory(QStringLiteral("public_order"));
    REQUIRE(order.size() >= 3);
    QStringList ids;
    for (const auto& x : order)
        ids << x.id;
    CHECK(ids.contains(QStringLiteral("weapon")));
    CHECK(ids.contains(QStringLiteral("injured")));
    CHECK(ids.last() == QStringLiteral("exact-place")); // the common ones come after the category's own
    CHECK(order.first().in(QStringLiteral("zh_CN")).contains(QStringLiteral("凶器")));
    CHECK(order.first().in(QStringLiteral("en")) == QStringLiteral("Any weapon? What kind?"));
    CHECK(q.forCategory(QStringLiteral("inquiry")).size() == 1);

    const auto bad = [](const char* json) { return CallQuestions::fromJson(QByteArray(json), QStringLiteral("q.json")); };
    CHECK(bad("{").errorString().startsWith(QStringLiteral("q.json: offset")));
    CHECK(bad(R"({"format":"dispatch-call-questions","version":1,"categories":{"robbery":[]}})").errorString().startsWith(
        QStringLiteral("q.json: categories.robbery: ")));
    CHECK(bad(R"({"format":"dispatch-call-questions","version":1,"categories":{"fire":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}})")
              .errorString()
              .startsWith(QStringLiteral("q.json: categories.fire[1].id: ")));
    CHECK(bad(R"({"format":"dispatch-call-questions","version":1,"categories":{"fire":[{"id":"a"}]}})").errorString().startsWith(
        QStringLiteral("q.json: categories.fire[0].text: ")));
    CHECK(bad(R"({"format":"other","version":1,"categories":{}})").errorString().startsWith(QStringLiteral("q.json: format: ")));
}

TEST_CASE("the caller's answers are kept with the incident; answered again, the new answer stands", "[agencies][questions]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d = injured();
    d.answers = {{QStringLiteral("injured"), QStringLiteral("有无人员受伤或被困？几人？"), QStringLiteral("一人，头部流血"), 0, {}},
                 {QStringLiteral("vehicles"), QStringLiteral("几辆车？"), QString(), 0, {}}};
    const qint64 id = *svc.createIncident(d);
    QList<CallAnswer> a = svc.callAnswers(id);
    REQUIRE(a.size() == 1); // the unanswered question is not kept
    CHECK(a.first().answer == QStringLiteral("一人，头部流血"));
    CHECK(a.first().answeredBy == QStringLiteral("dispatcher"));
    REQUIRE(svc.recordAnswers(id, {{QStringLiteral("injured"), QStringLiteral("有无人员受伤或被困？几人？"),
                                    QStringLiteral("两人"), 0, {}}})
                .ok());
    a = svc.callAnswers(id);
    REQUIRE(a.size() == 1);
    CHECK(a.first().answer == QStringLiteral("两人"));
    CHECK_FALSE(svc.recordAnswers(id, {{QStringLiteral("x"), QStringLiteral("?"), QString(TextLimits::kAnswer + 1, u'x'), 0, {}}}).ok());
}
