// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "domain/IncidentState.h"
#include "domain/UnitState.h"

using namespace dispatch;
using S = IncidentState;
using U = UnitState;

TEST_CASE("incident state codes round-trip", "[state]")
{
    for (IncidentState s : IncidentLifecycle::allStates()) {
        CHECK(IncidentLifecycle::fromCode(IncidentLifecycle::code(s)) == s);
        CHECK_FALSE(IncidentLifecycle::label(s).isEmpty());
    }
    CHECK(IncidentLifecycle::allStates().size() == 12);
    CHECK_FALSE(IncidentLifecycle::fromCode(QStringLiteral("lost")).has_value());
}

TEST_CASE("the incident's main path is allowed step by step", "[state]")
{
    const QList<S> path{S::Received, S::Triaged, S::Dispatched, S::Acknowledged, S::EnRoute,
                        S::OnScene,  S::FeedbackGiven, S::Closed};
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        CHECK(IncidentLifecycle::canTransition(path[i], path[i + 1]));
}

TEST_CASE("side exits of an incident", "[state]")
{
    CHECK(IncidentLifecycle::canTransition(S::Triaged, S::Diverted));
    CHECK(IncidentLifecycle::canTransition(S::Diverted, S::Triaged)); // work order returned
    CHECK(IncidentLifecycle::canTransition(S::Diverted, S::Closed));
    CHECK(IncidentLifecycle::canTransition(S::OnScene, S::Transferred));
    CHECK(IncidentLifecycle::canTransition(S::Transferred, S::Closed));
    CHECK(IncidentLifecycle::canTransition(S::Received, S::Merged));
    CHECK(IncidentLifecycle::canTransition(S::Dispatched, S::Triaged)); // every unit recalled
    CHECK(IncidentLifecycle::canTransition(S::FeedbackGiven, S::OnScene)); // feedback returned
}

TEST_CASE("illegal incident transitions are refused with a reason", "[state]")
{
    CHECK_FALSE(IncidentLifecycle::canTransition(S::Received, S::OnScene));
    CHECK_FALSE(IncidentLifecycle::canTransition(S::OnScene, S::Cancelled));
    CHECK_FALSE(IncidentLifecycle::canTransition(S::Triaged, S::FeedbackGiven));
    CHECK(IncidentLifecycle::refusal(S::Received, S::OnScene).contains(QStringLiteral("cannot go from")));
    CHECK(IncidentLifecycle::refusal(S::Triaged, S::Triaged).contains(QStringLiteral("already")));
    CHECK(IncidentLifecycle::refusal(S::Triaged, S::Dispatched).isEmpty());
    for (S terminal : {S::Closed, S::Merged, S::Cancelled}) {
        CHECK(IncidentLifecycle::isTerminal(terminal));
        CHECK(IncidentLifecycle::allowedFrom(terminal).isEmpty());
        CHECK(IncidentLifecycle::refusal(terminal, S::Triaged).contains(QStringLiteral("can no longer change")));
    }
}

TEST_CASE("no state may move to itself or back to received", "[state]")
{
    for (S from : IncidentLifecycle::allStates()) {
        CHECK_FALSE(IncidentLifecycle::canTransition(from, from));
        CHECK_FALSE(IncidentLifecycle::canTransition(from, S::Received));
    }
}

TEST_CASE("unit states and transitions", "[state]")
{
    for (U s : UnitLifecycle::allStates())
        CHECK(UnitLifecycle::fromCode(UnitLifecycle::code(s)) == s);
    CHECK(UnitLifecycle::canTransition(U::AvailableStaging, U::Dispatched));
    CHECK(UnitLifecycle::canTransition(U::Dispatched, U::Acknowledged));
    CHECK(UnitLifecycle::canTransition(U::EnRoute, U::Dispatched)); // reassignment
    CHECK(UnitLifecycle::canTransition(U::OnScene, U::AvailablePatrol));
    CHECK_FALSE(UnitLifecycle::canTransition(U::OffDuty, U::Dispatched));
    CHECK_FALSE(UnitLifecycle::canTransition(U::AvailablePatrol, U::OnScene));
    CHECK_FALSE(UnitLifecycle::canTransition(U::OnScene, U::OffDuty));
    CHECK(UnitLifecycle::refusal(U::OffDuty, U::Dispatched).contains(QStringLiteral("cannot go from")));
    CHECK(UnitLifecycle::isAvailable(U::AvailablePatrol));
    CHECK(UnitLifecycle::isCommitted(U::EnRoute));
    CHECK_FALSE(UnitLifecycle::isOnDuty(U::OffDuty));
}
