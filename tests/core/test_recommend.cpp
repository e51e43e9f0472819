// SPDX-License-Identifier: GPL-3.0-or-later
// Unit recommendation (就近处警): suitability by type, staleness, the ETA model, the order, committed units
// for priority-1 calls, the units one key sends; and the "units" section of the response policy.
#include "CatchQt.h"
#include "TestStore.h"

#include "clocks/ResponsePolicy.h"
#include "demo/DemoMotion.h"
#include "dispatch/Recommender.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <cmath>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300); // tier-1 circle

RecommendQuery queryAt(const GeoPoint& p, int priority, QStringList types = {})
{
    RecommendQuery q;
    q.position = p;
    q.priority = priority;
    q.tier = 1;
    q.unitTypes = std::move(types);
    return q;
}

const Exclusion* excluded(const Recommendation& r, const QString& callsign)
{
    for (const Exclusion& e : r.excluded)
        if (e.callsign == callsign)
            return &e;
    return nullptr;
}

const Candidate* candidate(const Recommendation& r, const QString& callsign)
{
    for (const Candidate& c : r.candidates)
        if (c.callsign == callsign)
            return &c;
    return nullptr;
}

qint64 unitId(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

} // namespace

TEST_CASE("only suitable types are ranked, by ETA from distance, detour factor and the type's speed", "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const Recommendation r = svc.recommend(queryAt(kNearHospital, 2, {QStringLiteral("patrol_car")}));
    CHECK(r.candidates.size() == 8); // the eight staging-point patrol cars of the demo district
    CHECK(r.candidates.size() + r.excluded.size() == svc.board().unitIds().size());
    for (const Candidate& c : r.candidates) {
        CHECK(c.type == QStringLiteral("patrol_car"));
        // 30 km/h, detour 1.4 (resources/policy/response.json)
        CHECK(c.etaSeconds == int(std::ceil(c.distanceM * 1.4 / (30.0 / 3.6))));
        CHECK(c.meetsTarget == (c.etaSeconds <= 60));
    }
    for (qsizetype i = 1; i < r.candidates.size(); ++i)
        CHECK(r.candidates.at(i - 1).etaSeconds <= r.candidates.at(i).etaSeconds);
    CHECK(r.candidates.first().callsign == QStringLiteral("特巡08")); // the hospital's staging point
    CHECK(r.arrivalAllowedMs == 60 * kSecond);
    REQUIRE(excluded(r, QStringLiteral("城北01")));
    CHECK(excluded(r, QStringLiteral("城北01"))->reason == Exclusion::Reason::UnsuitableType);
    CHECK(excluded(r, QStringLiteral("城西02"))->reason == Exclusion::Reason::OffDuty);
    CHECK(excluded(r, QStringLiteral("城西02"))->text() == QStringLiteral("off duty"));
}

TEST_CASE("a unit's reach in T seconds is the distance whose ETA is T", "[recommend]")
{
    const ResponsePolicy& policy = ResponsePolicy::builtin();
    // A patrol car in five minutes: 30 km/h × 300 s ÷ detour 1.4 (resources/policy/response.json).
    const QString car = QStringLiteral("patrol_car");
    CHECK(Recommender::reachMetres(policy, car, 300) == Approx(30.0 / 3.6 * 300 / 1.4));
    CHECK(Recommender::reachMetres(policy, car, 0) == 0);
    for (const QString& type : {car, QStringLiteral("special_police"), QStringLiteral("mediator"), QStringLiteral("foot")}) {
        INFO(type.toStdString());
        for (int seconds = 1; seconds <= 3600; ++seconds) {
            const double reach = Recommender::reachMetres(policy, type, seconds);
            // A unit at the reach distance arrives in T; a metre farther it does not.
            REQUIRE(Recommender::etaSeconds(policy, type, reach) == seconds);
            REQUIRE(Recommender::etaSeconds(policy, type, reach + 1) > seconds);
        }
    }
}

TEST_CASE("no type asked: every police type but mediators; a mediation call adds the mediators", "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    RecommendQuery q = queryAt(kNearHospital, 3);
    Recommendation r = svc.recommend(q);
    CHECK(candidate(r, QStringLiteral("城北01")));
    CHECK(candidate(r, QStringLiteral("特警突击01")));
    CHECK(excluded(r, QStringLiteral("调解01"))->reason == Exclusion::Reason::UnsuitableType);
    q.unitTypes = {QStringLiteral("patrol_car")};
    q.mediation = true;
    r = svc.recommend(q);
    CHECK(candidate(r, QStringLiteral("调解01")));
    CHECK(candidate(r, QStringLiteral("特巡01")));
    CHECK_FALSE(candidate(r, QStringLiteral("城北01")));
}

TEST_CASE("a stale fix lowers confidence but never drops an available unit; units at a staging point use the point",
          "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 stale = svc.responsePolicy().staleAfterMs();
    CHECK(stale == 120 * kSecond);
    s.clock().advanceMs(stale); // exactly the limit: still trusted
    CHECK(candidate(svc.recommend(queryAt(kNearHospital, 2)), QStringLiteral("城北01")));
    CHECK_FALSE(svc.isPositionStale(*svc.board().unit(unitId(svc, "城北01"))));

    s.clock().advanceMs(60 * kSecond + 1);
    Recommendation r = svc.recommend(queryAt(kNearHospital, 2));
    CHECK_FALSE(excluded(r, QStringLiteral("城北01")));
    const Candidate* old = candidate(r, QStringLiteral("城北01"));
    REQUIRE(old); // still ranked, from its last fix, with the fix's age
    CHECK(old->source == Candidate::Source::StaleFix);
    CHECK(old->lowConfidence());
    CHECK(old->fixAgeMs == stale + 60 * kSecond + 1);
    CHECK(svc.isPositionStale(*svc.board().unit(unitId(svc, "城北01"))));
    // One-key dispatch prefers a unit whose place is known when one meets the target.
    for (const Candidate& c : r.toSend())
        CHECK_FALSE(c.lowConfidence());
    const Candidate* staged = candidate(r, QStringLiteral("特巡08"));
    REQUIRE(staged);
    CHECK(staged->source == Candidate::Source::StagingPoint);

    // A fresh fix brings the unit back, ranked from where it now is.
    const GeoPoint close = geo::offsetMetres(kNearHospital, 100, 0);
    REQUIRE(svc.reportPosition(unitId(svc, "城北01"), close).ok());
    r = svc.recommend(queryAt(kNearHospital, 2));
    const Candidate* back = candidate(r, QStringLiteral("城北01"));
    REQUIRE(back);
    CHECK(back->source == Candidate::Source::Fix);
    CHECK(back->distanceM == Approx(100).margin(0.5));
    CHECK(back->etaSeconds == 17); // 100 m × 1.4 at 30 km/h = 16.8 s
    CHECK(back->meetsTarget);
    CHECK(r.candidates.first().callsign == QStringLiteral("城北01"));
    // An older fix than the stored one is ignored.
    REQUIRE(svc.reportPosition(unitId(svc, "城北01"), kNearHospital, s.clock().nowMs() - 5000).ok());
    CHECK(*svc.board().unit(unitId(svc, "城北01"))->position == close);
}

TEST_CASE("committed units are offered for priority 1 only, marked and after the free ones", "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.summary = QStringLiteral("噪音扰民");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = kNearHospital;
    auto other = svc.createIncident(d);
    REQUIRE(other.ok());
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(*other, {{car}}).ok());

    Recommendation r = svc.recommend(queryAt(kNearHospital, 2, {QStringLiteral("patrol_car")}));
    REQUIRE(excluded(r, QStringLiteral("特巡08")));
    CHECK(excluded(r, QStringLiteral("特巡08"))->reason == Exclusion::Reason::Committed);
    CHECK(excluded(r, QStringLiteral("特巡08"))->detail == *other);

    r = svc.recommend(queryAt(kNearHospital, 1, {QStringLiteral("patrol_car")}));
    REQUIRE(r.candidates.size() == 8);
    CHECK(r.candidates.last().callsign == QStringLiteral("特巡08")); // nearest, but committed: last
    CHECK(r.candidates.last().committed);
    CHECK(r.candidates.last().committedTo == *other);
    for (const Candidate& c : r.toSend())
        CHECK_FALSE(c.committed);

    // The incident's own units are listed as already assigned, and count towards the units needed.
    RecommendQuery own = RecommendQuery::forIncident(*svc.board().incident(*other));
    r = svc.recommend(own);
    CHECK(excluded(r, QStringLiteral("特巡08"))->reason == Exclusion::Reason::AlreadyAssigned);
    CHECK(r.alreadyAssigned == 1);
}

TEST_CASE("one key sends the best free units up to what the priority needs", "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.summary = QStringLiteral("持刀伤人");
    d.category = QStringLiteral("criminal");
    d.priority = 1;
    d.unitTypes = {QStringLiteral("patrol_car"), QStringLiteral("special_police")};
    d.position = kNearHospital;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    const Recommendation before = svc.recommend(*id);
    CHECK(before.unitsNeeded == 2);
    auto sent = svc.dispatchRecommended(*id);
    REQUIRE(sent.ok());
    REQUIRE(sent->size() == 2);
    CHECK(sent->at(0) == before.candidates.at(0).unitId);
    CHECK(sent->at(1) == before.candidates.at(1).unitId);
    const QList<Assignment> as = svc.assignments(*id);
    REQUIRE(as.size() == 2);
    CHECK(as.first().etaSeconds == before.candidates.at(0).etaSeconds);
    // Pressed again: one more unit (reinforcement).
    auto more = svc.dispatchRecommended(*id);
    REQUIRE(more.ok());
    CHECK(more->size() == 1);
    CHECK(svc.assignments(*id).size() == 3);

    IncidentDraft nowhere;
    nowhere.summary = QStringLiteral("电话中断");
    nowhere.category = QStringLiteral("assistance");
    nowhere.priority = 2;
    auto lost = svc.createIncident(nowhere);
    REQUIRE(lost.ok());
    CHECK(svc.dispatchRecommended(*lost).errorString().contains(QStringLiteral("no location")));
}

TEST_CASE("the policy's units section is checked field by field", "[recommend][policy]")
{
    auto withUnits = [](const char* units) {
        QByteArray doc = testData(QStringLiteral("../../resources/policy/response.json"));
        const int at = doc.indexOf("\"units\"");
        REQUIRE(at > 0);
        doc = doc.left(at) + "\"units\": " + units + "\n}\n";
        return ResponsePolicy::fromJson(doc, QStringLiteral("p.json"));
    };
    auto good = withUnits(R"({"stale_after_seconds": 60, "speed_kmh": {"foot": 6}})");
    REQUIRE(good.ok());
    CHECK(good->staleAfterMs() == 60 * kSecond);
    CHECK(good->speedKmh(QStringLiteral("foot")) == 6);
    CHECK(good->speedKmh(QStringLiteral("patrol_car")) == 25); // unlisted: the default speed
    CHECK(good->detourFactor() == Approx(1.4));
    CHECK(withUnits(R"({"stale_after_seconds": 0})").errorString().contains(QStringLiteral("units.stale_after_seconds")));
    CHECK(withUnits(R"({"speed_kmh": {"horse": 12}})").errorString().contains(QStringLiteral("unknown unit type")));
    CHECK(withUnits(R"({"detour_factor": 0.5})").errorString().contains(QStringLiteral("detour_factor")));
    CHECK(withUnits(R"({"colour": 1})").errorString().contains(QStringLiteral("unknown field")));
    CHECK(withUnits(R"({"units_needed_by_priority": {"1": 2}})").errorString().contains(QStringLiteral("units_needed")));
}

TEST_CASE("after twenty minutes without fixes every available unit is still ranked; one-key dispatch falls back to "
          "them only when no known place makes the target", "[recommend]")
{
    TestStore s;
    DispatchService& svc = s.service();
    s.clock().advanceMs(20 * 60 * kSecond); // a demo shift without AVL: every fix is twenty minutes old
    const Recommendation r = svc.recommend(queryAt(kNearHospital, 1));
    int available = 0;
    for (qint64 id : svc.board().unitIds()) {
        const Unit* u = svc.board().unit(id);
        available += u->isAvailable() && u->type != QLatin1String("mediator");
    }
    CHECK(r.candidates.size() == available);
    for (const Exclusion& e : r.excluded)
        CHECK((e.reason == Exclusion::Reason::OffDuty || e.reason == Exclusion::Reason::UnsuitableType));
    // The staging points' units are known where they are; the patrols are not.
    const QList<Candidate> sent = r.toSend();
    REQUIRE_FALSE(sent.isEmpty());
    for (const Candidate& c : sent)
        if (c.meetsTarget)
            CHECK(c.source == Candidate::Source::StagingPoint);

    // A unit cleared from a job is ranked from the scene it left (its fix there), not lost.
    IncidentDraft d;
    d.summary = QStringLiteral("打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = geo::offsetMetres(kNearHospital, 800, 800);
    const qint64 id = *svc.createIncident(d);
    const qint64 car = unitId(svc, "城北01");
    REQUIRE(svc.dispatchUnits(id, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    CHECK(*svc.board().unit(car)->position == *d.position); // on scene: where the incident is
    REQUIRE(svc.clearUnit(car).ok());
    s.clock().advanceMs(10 * 60 * kSecond);
    const Recommendation again = svc.recommend(queryAt(kNearHospital, 2));
    const Candidate* cleared = candidate(again, QStringLiteral("城北01"));
    REQUIRE(cleared);
    CHECK(cleared->source == Candidate::Source::StaleFix);
    CHECK(cleared->distanceM == Approx(geo::distanceMetres(*d.position, kNearHospital)).margin(1));
}

TEST_CASE("the demo's units move by themselves: patrols on their loops, sent units towards the incident, the same "
          "fixes from every desk", "[recommend][demo][sqlite]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 patrol = unitId(svc, "城北01");   // on patrol from its station
    const qint64 staged = unitId(svc, "特巡08");   // at its staging point
    const GeoPoint before = *svc.board().unit(patrol)->position;
    s.clock().advanceMs(20 * 60 * kSecond);
    REQUIRE(svc.moveDemoUnits().ok());
    const Unit* p = svc.board().unit(patrol);
    CHECK(p->fixAtMs == s.clock().nowMs() - s.clock().nowMs() % DemoMotion::kStepMs);
    CHECK(*p->position != before);
    CHECK(geo::distanceMetres(*p->position, svc.board().station(p->stationId)->position) < 800);
    CHECK(*svc.board().unit(staged)->position == svc.board().stagingPoint(svc.board().unit(staged)->stagingPointId)->position);
    // Every available unit is known where it is again.
    for (const Candidate& c : svc.recommend(queryAt(kNearHospital, 2)).candidates)
        CHECK_FALSE(c.lowConfidence());

    // Sent: it leaves after its preparation and is half-way at half its ETA, then at the scene.
    IncidentDraft d;
    d.summary = QStringLiteral("打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = geo::offsetMetres(kNearHospital, 1500, 0);
    const qint64 id = *svc.createIncident(d);
    const Recommendation ranked = svc.recommend(id);
    const Candidate* best = candidate(ranked, QStringLiteral("城北01"));
    REQUIRE(best);
    REQUIRE(svc.dispatchUnits(id, {{patrol, int(best->distanceM), best->etaSeconds}}).ok());
    const GeoPoint from = *svc.board().unit(patrol)->position;
    CHECK(svc.assignments(id).first().from == from);
    s.clock().advanceMs(DemoMotion::kPrepareMs + best->etaSeconds * 500);
    REQUIRE(svc.moveDemoUnits().ok());
    const double total = geo::distanceMetres(from, *d.position);
    const qint64 step = s.clock().nowMs() - s.clock().nowMs() % DemoMotion::kStepMs; // fixes come every 5 s
    const double done = double(step - svc.assignments(id).first().dispatchedAtMs - DemoMotion::kPrepareMs)
                        / (best->etaSeconds * 1000.0);
    CHECK(done > 0.3);
    CHECK(geo::distanceMetres(*svc.board().unit(patrol)->position, *d.position) == Approx(total * (1 - done)).margin(1));
    s.clock().advanceMs(best->etaSeconds * 600);
    REQUIRE(svc.moveDemoUnits().ok());
    CHECK(geo::distanceMetres(*svc.board().unit(patrol)->position, *d.position) < 1.0);

    // Two desks compute the same fixes: the second desk's step changes nothing.
    auto otherDb = Database::open(s.path(), Database::Mode::OpenExisting);
    REQUIRE(otherDb.ok());
    DispatchService other(**otherDb, s.clock(), QStringLiteral("desk-2"));
    s.clock().advanceMs(DemoMotion::kStepMs);
    REQUIRE(svc.moveDemoUnits().ok());
    const QString sql = QStringLiteral("SELECT group_concat(id || ':' || lat || ',' || lon || '@' || fix_at, ';') FROM units");
    const qint64 n = rawScalar(s.path(), QStringLiteral("SELECT COUNT(*) FROM units"));
    REQUIRE(n > 0);
    const QString first = sql::scalar(s.db().connection(), sql).toString();
    REQUIRE(other.moveDemoUnits().ok());
    CHECK(sql::scalar((*otherDb)->connection(), sql).toString() == first);
}
