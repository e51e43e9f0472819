// SPDX-License-Identifier: GPL-3.0-or-later
// A follow-up list applies a change row by row: with 5,000 open transfers, one signed for removes one row, one gone
// overdue repaints one row, a new one is inserted where its deadline puts it — one item read from the store each
// time, the model never reset.
#include "CatchQt.h"
#include "TestStore.h"

#include "followup/TransferListModel.h"
#include "shell/MainWindow.h"
#include "shell/StoreBanner.h"
#include "store/Sql.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/TransferRepository.h"

#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

TEST_CASE("a list of 5,000 open transfers applies one transfer's change to one row", "[followup][feed]")
{
    TestStore s;
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.summary = QStringLiteral("纠纷，移交派出所");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = GeoPoint{22.780, 100.970};
    auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    const qint64 station = svc.board().stations().first().id;
    const qint64 now = s.clock().nowMs();
    constexpr int kOpen = 5000;
    QList<qint64> ids;
    {
        // The backlog of a large centre, written straight to the store in one transaction.
        Transaction tx(s.db());
        const Incident original = *IncidentRepository::find(s.db().connection(), *incident);
        for (int i = 0; i < kOpen; ++i) {
            Incident copy = original; // one transfer per incident
            copy.number = QStringLiteral("BACKLOG-%1").arg(i, 5, 10, QLatin1Char('0'));
            Transfer t;
            t.incidentId = IncidentRepository::insert(s.db().connection(), copy);
            t.stationId = station;
            t.reason = QStringLiteral("后续调查 %1").arg(i);
            t.transferredAtMs = now;
            t.deadlineMs = now + 3600'000 + qint64(i) * 1000;
            ids << TransferRepository::insert(s.db().connection(), t);
        }
        tx.commit();
    }
    TransferListModel model(svc);
    REQUIRE(model.rowCount() == kOpen);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QObject::connect(&svc, &DispatchService::followUpChanged, &model, [&model](Entity kind, const QList<qint64>& changedIds) {
        if (kind == Entity::Transfer)
            model.apply(changedIds);
    });
    const qint64 readBefore = model.itemsRead();

    // Signed for: its row goes, nothing else is read or reset.
    REQUIRE(svc.acceptTransfer(ids[2500], QStringLiteral("值班民警王")).ok());
    CHECK(resets.count() == 0);
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().at(1).toInt() == 2500);
    CHECK(model.rowCount() == kOpen - 1);
    CHECK(model.itemsRead() - readBefore == 1);

    // The first one goes overdue: the sweep stamps it, and only its row is repainted.
    s.clock().advanceMs(3601'000);
    changed.clear();
    REQUIRE(svc.sweepClocks().ok());
    CHECK(resets.count() == 0);
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).value<QModelIndex>().row() == 0);
    CHECK(changed.first().at(1).value<QModelIndex>().row() == 0);
    CHECK(model.itemsRead() - readBefore == 2);

    // A new transfer is inserted where its deadline puts it.
    auto second = svc.createIncident(d);
    REQUIRE(second.ok());
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(*second, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
    auto fresh = svc.transferIncident(*second, station, QStringLiteral("需派出所后续调查取证"));
    REQUIRE(fresh.ok());
    CHECK(resets.count() == 0);
    REQUIRE(inserted.count() == 1);
    CHECK(model.idAt(inserted.first().at(1).toInt()) == *fresh);
    CHECK(model.rowCount() == kOpen);
    CHECK(model.itemsRead() - readBefore == 3);
}

TEST_CASE("a store that cannot be read says so across the desk, and the lists keep what they showed", "[followup][feed]")
{
    TestStore s;
    DispatchService& svc = s.service();
    MainWindow w(svc);
    w.resize(1366, 768);
    w.show();
    auto* banner = w.findChild<StoreBanner*>(QStringLiteral("storeBanner"));
    REQUIRE(banner);
    CHECK(banner->isHidden());
    // A table the desk reads on every tick goes missing (a damaged or tampered store).
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away"));
    w.tick();
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("could not be read")));
    CHECK(banner->text().contains(QStringLiteral("transfers")));
    // The table is back: the next change is applied and the banner goes.
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers"));
    IncidentDraft d;
    d.summary = QStringLiteral("路口有人打架");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    REQUIRE(svc.createIncident(d).ok());
    CHECK(banner->isHidden());
}
