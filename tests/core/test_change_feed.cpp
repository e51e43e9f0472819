// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed: every committed change names what it touched (kind and id), kept beside its last event; this
// desk's changes and another desk's (read back from the feed) travel one path; a refresh that fails after a commit
// is not a refusal; a query that cannot read the store says so instead of answering "nothing".
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "followup/FollowUpDeclaration.h"
#include "followup/FollowUpKind.h"
#include "service/IncidentTransitions.h"
#include "store/ChangeFeed.h"
#include "store/EventLog.h"
#include "store/Sql.h"

#include <QSet>
#include <QSignalSpy>

#include <set>

using namespace dispatch;
using namespace dispatch::test;

namespace {

IncidentDraft draft(const QString& summary = QStringLiteral("两人在店门口争吵，有推搡"))
{
    IncidentDraft d;
    d.summary = summary;
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = GeoPoint{22.780, 100.970};
    return d;
}

/// An incident with a unit on scene, transferred to the first station: the transfer's id.
qint64 transferred(DispatchService& svc, const QString& callsign)
{
    auto incident = svc.createIncident(draft());
    REQUIRE(incident.ok());
    const qint64 car = svc.board().unitByCallsign(callsign)->id;
    REQUIRE(svc.dispatchUnits(*incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    auto t = svc.transferIncident(*incident, svc.board().stations().first().id, QStringLiteral("需派出所后续调查取证"));
    REQUIRE(t.ok());
    return *t;
}

} // namespace

TEST_CASE("a committed change names what it touched, and the store keeps it beside its last event", "[feed]")
{
    TestStore s;
    DispatchService& svc = s.service();
    QSignalSpy changed(&svc, &DispatchService::changed);
    auto id = svc.createIncident(draft());
    REQUIRE(id.ok());
    REQUIRE(changed.count() == 1);
    const auto c = changed.first().first().value<ChangeEvent>();
    CHECK(c.sortedIds(Entity::Incident) == QList<qint64>{*id});
    CHECK_FALSE(c.touches(Entity::Transfer));
    CHECK_FALSE(c.fromElsewhere());
    CHECK(c.lastSeq() == EventLog::lastSeq(s.db().connection()));

    FollowUpSpy transfers(svc, Entity::Transfer, FollowUpSpy::Signal::Changed);
    const qint64 before = EventLog::lastSeq(s.db().connection());
    const qint64 t = transferred(svc, QStringLiteral("城北01"));
    REQUIRE(transfers.count() == 1);
    CHECK(transfers.last() == QList<qint64>{t});
    // The transfer's commit: its touches are stored under its last event, and only there.
    const qint64 last = EventLog::lastSeq(s.db().connection());
    QList<ChangeFeed::Touch> touches = ChangeFeed::after(s.db().connection(), before, last);
    QStringList named;
    for (const ChangeFeed::Touch& x : touches)
        named << QStringLiteral("%1:%2").arg(x.entity).arg(x.id);
    CHECK(named.contains(QStringLiteral("transfer:%1").arg(t)));
    CHECK(touches.last().seq == last);
}

TEST_CASE("another desk's change is read from the feed and applied by id, not by reloading", "[feed]")
{
    TestStore s;
    OtherDesk other(s);
    DispatchService& svc = s.service();
    QSignalSpy reset(&svc, &DispatchService::boardReset);
    QSignalSpy changed(&svc, &DispatchService::changed);
    FollowUpSpy transfers(svc, Entity::Transfer, FollowUpSpy::Signal::Changed);

    // Both desks write; this desk applies only the other's change (its own was applied when it committed).
    auto mine = svc.createIncident(draft(QStringLiteral("本台接报")));
    REQUIRE(mine.ok());
    const qint64 t = transferred(*other.service, QStringLiteral("城北02"));
    changed.clear();
    REQUIRE(svc.refreshIfChangedElsewhere());
    CHECK(reset.count() == 0);
    REQUIRE(changed.count() == 1);
    const auto c = changed.first().first().value<ChangeEvent>();
    CHECK(c.fromElsewhere());
    CHECK_FALSE(c.ids(Entity::Incident).contains(*mine));
    CHECK(c.touches(Entity::Incident));
    CHECK(c.touches(Entity::Unit));
    REQUIRE(transfers.count() == 1);
    CHECK(transfers.last() == QList<qint64>{t});
    // The board holds what the other desk did.
    CHECK(svc.board().unitByCallsign(QStringLiteral("城北02"))->state
          == other.service->board().unitByCallsign(QStringLiteral("城北02"))->state);
    CHECK(svc.board().unitByCallsign(QStringLiteral("城北02"))->stateSinceMs
          == other.service->board().unitByCallsign(QStringLiteral("城北02"))->stateSinceMs);
    // Nothing new: nothing applied.
    CHECK_FALSE(svc.refreshIfChangedElsewhere());
    CHECK(changed.count() == 1);
}

TEST_CASE("positions another desk stored reach this desk's board", "[feed]")
{
    TestStore s;
    OtherDesk other(s);
    DispatchService& svc = s.service();
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    const GeoPoint to{22.7901, 100.9702};
    other.ownClock.advanceMs(5000);
    REQUIRE(other.service->reportPosition(car, to).ok());
    QSignalSpy units(&svc, &DispatchService::unitsChanged);
    REQUIRE(svc.refreshIfChangedElsewhere());
    REQUIRE(units.count() == 1);
    CHECK(units.first().first().value<QList<qint64>>() == QList<qint64>{car});
    REQUIRE(svc.board().unit(car)->position);
    CHECK(svc.board().unit(car)->position->lat == Approx(to.lat));
}

TEST_CASE("a refresh that fails after the commit is not a refusal: the board is read again", "[feed][sqlite]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 before = rawScalar(s.path(), QStringLiteral("SELECT COUNT(*) FROM incidents"));
    int faults = 1;
    svc.setRefreshFault([&faults] {
        if (faults-- > 0)
            throw DispatchError(QStringLiteral("disk I/O error (injected)"));
    });
    QSignalSpy reset(&svc, &DispatchService::boardReset);
    auto id = svc.createIncident(draft());
    // Committed: reported as done, so the dispatcher does not enter the call twice.
    REQUIRE(id.ok());
    CHECK(rawScalar(s.path(), QStringLiteral("SELECT COUNT(*) FROM incidents")) == before + 1);
    // The refresh failed; everything was read again, so the board still shows the new incident.
    CHECK(reset.count() == 1);
    CHECK(svc.board().incident(*id) != nullptr);
    svc.setRefreshFault({});
}

TEST_CASE("a query that cannot read the store says so, never 'nothing'", "[feed]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 t = transferred(svc, QStringLiteral("城北01"));
    REQUIRE(svc.openTransfers().ok());
    CHECK(svc.openTransfers().size() == 1);

    QSignalSpy failed(&svc, &DispatchService::storeReadFailed);
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away"));
    const ReadList<Transfer> open = svc.openTransfers();
    CHECK_FALSE(open.ok());
    REQUIRE(open.error());
    CHECK(open.error()->message.contains(QStringLiteral("transfers")));
    CHECK_FALSE(svc.findTransfer(t).ok());
    CHECK(failed.count() == 2);
    const ReadList<OwedItem> owed = svc.owed();
    CHECK_FALSE(owed.ok());
}

TEST_CASE("the follow-up kinds are declared once, each with its own code and kind of change", "[feed]")
{
    QStringList coded;
    QList<Entity> entities;
    QSet<QString> codes;
    for (const FollowUpKind* k : FollowUpKinds::all()) {
        CHECK(FollowUpKinds::find(k->code()) == k);
        CHECK_FALSE(k->label().isEmpty());
        codes.insert(k->code());
        if (k->declaration()) {
            // A list declared as data: the shared kind of change, its code its declaration's.
            CHECK(k->entity() == Entity::FollowUp);
            CHECK(k->declaration()->code == k->code());
            CHECK(FollowUpKinds::declared().contains(k));
            continue;
        }
        coded << k->code();
        entities << k->entity();
    }
    CHECK(codes.size() == FollowUpKinds::all().size());
    // The lists written as code, in the order the sweep runs them (a rectification overdue opens a supervision).
    CHECK(coded == QStringList{QStringLiteral("feedback"), QStringLiteral("transfer"), QStringLiteral("call_back"),
                               QStringLiteral("callback"),
                               QStringLiteral("rectification"), QStringLiteral("supervision"), QStringLiteral("mediation"),
                               QStringLiteral("instruction"), QStringLiteral("ledger")});
    for (Entity e : {Entity::Transfer, Entity::PhoneCall, Entity::Callback, Entity::Rectification, Entity::Supervision, Entity::Mediation,
                     Entity::Instruction, Entity::Ledger})
        CHECK(FollowUpKinds::find(e) != nullptr);
    CHECK(std::set<Entity>(entities.begin(), entities.end()).size() == std::size_t(entities.size()));
}

TEST_CASE("an incident's change of state runs its registered consequences, in order, in the same transaction", "[feed]")
{
    CHECK(IncidentTransitions::standard().names()
          == QStringList{QStringLiteral("clocks"), QStringLiteral("units released"), QStringLiteral("callback opened")});

    TestStore s;
    DispatchService& svc = s.service();
    const auto kindsSince = [&s](qint64 seq) {
        QStringList kinds;
        for (const EventRecord& e : EventLog::range(s.db().connection(), seq + 1, 100))
            kinds << e.kind;
        return kinds;
    };
    // Cancelled with a unit on it: the state, then the unit released — one commit.
    auto cancelled = svc.createIncident(draft());
    REQUIRE(cancelled.ok());
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(*cancelled, {{car}}).ok());
    qint64 before = EventLog::lastSeq(s.db().connection());
    REQUIRE(svc.changeIncidentState(*cancelled, IncidentState::Cancelled, QStringLiteral("报警人称已自行解决")).ok());
    QStringList kinds = kindsSince(before);
    REQUIRE_FALSE(kinds.isEmpty());
    CHECK(kinds.first() == QStringLiteral("incident.state_changed"));
    CHECK(kinds.indexOf(QStringLiteral("incident.unit_released")) > 0);
    CHECK_FALSE(kinds.contains(QStringLiteral("callback.opened")));
    CHECK(svc.board().unit(car)->incidentId == 0);

    // Closed after the feedback: the state, then the callback opened (一警一回访).
    auto closed = svc.createIncident(draft());
    REQUIRE(closed.ok());
    REQUIRE(svc.dispatchUnits(*closed, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    REQUIRE(svc.recordFeedback(*closed, car, QStringLiteral("双方已调解"), QStringLiteral("resolved_on_scene")).ok());
    before = EventLog::lastSeq(s.db().connection());
    REQUIRE(svc.changeIncidentState(*closed, IncidentState::Closed).ok());
    kinds = kindsSince(before);
    REQUIRE_FALSE(kinds.isEmpty());
    CHECK(kinds.first() == QStringLiteral("incident.state_changed"));
    CHECK(kinds.indexOf(QStringLiteral("callback.opened")) > 0);
    CHECK(svc.callbackOf(*closed).has_value());
}
