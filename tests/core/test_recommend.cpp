// SPDX-License-Identifier: GPL-3.0-or-later
// Unit recommendation (就近处警): suitability by type, staleness, the ETA model, the order, committed units
// for priority-1 calls, the units one key sends; and the "units" section of the response policy.
#include "CatchQt.h"
#include "TestStore.h"

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

TEST_CASE("a stale fix is not trusted: units on patrol drop out, units at a staging point use the point",
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
    const Exclusion* e = excluded(r, QStringLiteral("城北01"));
    REQUIRE(e);
    CHECK(e->reason == Exclusion::Reason::StalePosition);
    CHECK(e->text() == QStringLiteral("position stale (last fix 3 min ago)"));
    CHECK(svc.isPositionStale(*svc.board().unit(unitId(svc, "城北01"))));
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
