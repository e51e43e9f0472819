// SPDX-License-Identifier: GPL-3.0-or-later
// Transfers to police stations (移交): opened with a station and a reason, the units released, signed for by
// the policy's deadline, a missed deadline recorded once, listed until signed for, every step an event.
#include "CatchQt.h"
#include "FollowUpSpy.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/TransferRepository.h"

#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc)
{
    IncidentDraft d;
    d.summary = QStringLiteral("邻里纠纷，已调解，移交派出所后续处理");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = kNearHospital;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

int eventsOfKind(TestStore& s, const QString& kind, qint64 transferId)
{
    int n = 0;
    for (const EventRecord& e : EventLog::forEntity(s.db().connection(), QStringLiteral("transfer"), transferId))
        n += e.kind == kind;
    return n;
}

} // namespace

TEST_CASE("a transfer moves the incident to the station, releases its units and waits for the sign-for",
          "[followup][transfers]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    const qint64 station = svc.board().stations().first().id;

    // Only through a transfer, with a station and a reason.
    CHECK(svc.changeIncidentState(incident, IncidentState::Transferred, QStringLiteral("x")).errorString()
              .contains(QStringLiteral("police station")));
    CHECK(svc.transferIncident(incident, station, QStringLiteral("  ")).errorString().contains(QStringLiteral("reason")));
    CHECK(svc.transferIncident(incident, 9999, QStringLiteral("后续调查")).errorString().contains(QStringLiteral("station")));

    test::FollowUpSpy changed(svc, Entity::Transfer, test::FollowUpSpy::Signal::Changed);
    auto id = svc.transferIncident(incident, station, QStringLiteral("需派出所后续调查取证"));
    REQUIRE(id.ok());
    CHECK(changed.count() == 1);
    REQUIRE(svc.board().incident(incident));
    CHECK(svc.board().incident(incident)->state == IncidentState::Transferred);
    CHECK(svc.board().unit(car)->state != UnitState::OnScene); // released
    const QList<Transfer> open = svc.openTransfers();
    REQUIRE(open.size() == 1);
    CHECK(open.first().id == *id);
    CHECK(open.first().stationId == station);
    CHECK(open.first().deadlineMs == s.clock().nowMs() + svc.responsePolicy().transferSignForMs());
    CHECK(svc.responsePolicy().transferSignForMs() == 1800 * kSecond);
    CHECK(eventsOfKind(s, QStringLiteral("transfer.sent"), *id) == 1);

    // Signed for in time: no longer open, 0 s late.
    s.clock().advanceMs(600 * kSecond);
    CHECK(svc.acceptTransfer(*id, QString()).errorString().contains(QStringLiteral("who signed")));
    REQUIRE(svc.acceptTransfer(*id, QStringLiteral("城北派出所 值班民警 李明")).ok());
    CHECK(svc.openTransfers().isEmpty());
    const QList<Transfer> all = svc.transfersOf(incident);
    REQUIRE(all.size() == 1);
    CHECK(all.first().acceptedAtMs == s.clock().nowMs());
    CHECK(all.first().acceptedBy == QStringLiteral("城北派出所 值班民警 李明"));
    CHECK(all.first().lateMs(s.clock().nowMs()) == 0);
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("transfer"), *id);
    REQUIRE(events.size() == 2);
    CHECK(events.last().kind == QStringLiteral("transfer.accepted"));
    CHECK(events.last().payloadObject()[QStringLiteral("late_seconds")].toInt() == 0);
    CHECK(svc.acceptTransfer(*id, QStringLiteral("again")).errorString().contains(QStringLiteral("already")));
}

TEST_CASE("a transfer not signed for in time is recorded overdue once and stays listed", "[followup][transfers]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 incident = newIncident(svc);
    const qint64 station = svc.board().stations().first().id;
    auto id = svc.transferIncident(incident, station, QStringLiteral("涉及刑事线索"));
    REQUIRE(id.ok());
    test::FollowUpSpy overdue(svc, Entity::Transfer, test::FollowUpSpy::Signal::Overdue);

    // At the deadline it is not yet late; a second past it, it is, once.
    s.clock().advanceMs(svc.responsePolicy().transferSignForMs());
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.isEmpty());
    s.clock().advanceMs(kSecond);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(overdue.count() == 1);
    CHECK(overdue.ids(0) == QList<qint64>{*id});
    s.clock().advanceMs(60 * kSecond);
    REQUIRE(svc.sweepClocks().ok());
    CHECK(overdue.count() == 1);
    CHECK(eventsOfKind(s, QStringLiteral("transfer.overdue"), *id) == 1);
    const QList<Transfer> open = svc.openTransfers();
    REQUIRE(open.size() == 1);
    CHECK(open.first().overdueAtMs != 0);
    CHECK(open.first().lateMs(s.clock().nowMs()) == 61 * kSecond);

    // Signed for late: the late seconds are kept.
    s.clock().advanceMs(239 * kSecond);
    REQUIRE(svc.acceptTransfer(*id, QStringLiteral("值班民警")).ok());
    const QList<EventRecord> events = EventLog::forEntity(s.db().connection(), QStringLiteral("transfer"), *id);
    CHECK(events.last().payloadObject()[QStringLiteral("late_seconds")].toInt() == 300);
    CHECK(svc.openTransfers().isEmpty());

    // One open transfer per incident, kept by the store.
    Transfer again;
    again.incidentId = incident;
    again.stationId = station;
    again.reason = QStringLiteral("x");
    again.transferredAtMs = again.deadlineMs = 1;
    CHECK_NOTHROW(TransferRepository::insert(s.db().connection(), again));
    CHECK_THROWS(TransferRepository::insert(s.db().connection(), again));
}

TEST_CASE("the response policy's transfer deadline is optional and checked", "[followup][transfers][policy]")
{
    QByteArray json = testData(QStringLiteral("../../resources/policy/response.json"));
    REQUIRE_FALSE(json.isEmpty());
    auto p = ResponsePolicy::fromJson(QByteArray(json).replace("\"transfer_sign_for_seconds\": 1800", "\"transfer_sign_for_seconds\": 3600"),
                                      QStringLiteral("p.json"));
    REQUIRE(p.ok());
    CHECK(p->transferSignForMs() == 3600 * kSecond);
    auto bad = ResponsePolicy::fromJson(QByteArray(json).replace("\"transfer_sign_for_seconds\": 1800", "\"transfer_sign_for_seconds\": 5"),
                                        QStringLiteral("p.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("p.json: transfer_sign_for_seconds")));
    auto without = ResponsePolicy::fromJson(QByteArray(json).replace("\"transfer_sign_for_seconds\": 1800,", ""),
                                            QStringLiteral("p.json"));
    REQUIRE(without.ok());
    CHECK(without->transferSignForMs() == 1800 * kSecond);
}
