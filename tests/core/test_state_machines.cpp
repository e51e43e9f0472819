// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestStore.h"

#include "domain/IncidentState.h"
#include "domain/UnitState.h"
#include "store/EventLog.h"

using namespace dispatch;
using dispatch::test::TestStore;
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

TEST_CASE("a dispatcher sets by hand only triaged, closed, transferred and cancelled", "[state]")
{
    const QList<S> manual{S::Triaged, S::Closed, S::Transferred, S::Cancelled};
    for (S s : IncidentLifecycle::allStates()) {
        INFO(IncidentLifecycle::code(s).toStdString());
        CHECK(IncidentLifecycle::isManualTarget(s) == manual.contains(s));
    }
}

TEST_CASE("the change-state command refuses a state that is not set by hand, and says why", "[state][service]")
{
    TestStore store;
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.line = QStringLiteral("110");
    d.callerPhone = QStringLiteral("13988887777");
    d.address = QStringLiteral("人民路12号");
    d.summary = QStringLiteral("邻居吵架，声音很大");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    const auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    REQUIRE(svc.board().incident(*id)->state == S::Triaged);
    const QString number = svc.board().incident(*id)->number;
    const qint64 before = EventLog::lastSeq(store.db().connection());

    const QList<std::pair<S, QString>> refused{
        {S::Received, QStringLiteral("cannot go from")},
        {S::Dispatched, QStringLiteral("an incident follows its units: dispatch a unit or record the unit's step")},
        {S::Acknowledged, QStringLiteral("an incident follows its units")},
        {S::EnRoute, QStringLiteral("an incident follows its units")},
        {S::OnScene, QStringLiteral("an incident follows its units")},
        {S::FeedbackGiven, QStringLiteral("record the feedback with its result and disposition")},
        {S::Diverted, QStringLiteral("an incident is not set to \"Diverted\" by hand")},
        {S::Merged, QStringLiteral("an incident is not set to \"Merged as duplicate\" by hand")},
    };
    for (const auto& [to, message] : refused) {
        INFO(IncidentLifecycle::code(to).toStdString());
        REQUIRE_FALSE(IncidentLifecycle::isManualTarget(to));
        const Status s = svc.changeIncidentState(*id, to, QStringLiteral("by hand"));
        CHECK_FALSE(s.ok());
        CHECK(s.errorString().contains(message));
        CHECK(s.errorString().contains(number));
    }
    // Diverted and Merged are steps the state machine allows from Triaged: only the manual rule refuses them.
    CHECK(IncidentLifecycle::canTransition(S::Triaged, S::Diverted));
    CHECK(IncidentLifecycle::canTransition(S::Triaged, S::Merged));
    CHECK(svc.board().incident(*id)->state == S::Triaged);
    CHECK(EventLog::lastSeq(store.db().connection()) == before);

    // A manual target goes through.
    REQUIRE(svc.changeIncidentState(*id, S::Cancelled, QStringLiteral("报警人撤警")).ok());
    CHECK(svc.findIncident(*id)->state == S::Cancelled);
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
