// SPDX-License-Identifier: GPL-3.0-or-later
// A follow-up list applies a change row by row: with 5,000 open transfers, one signed for removes one row, one gone
// overdue repaints one row, a new one is inserted where its deadline puts it — one item read from the store each
// time, the model never reset. What another desk of the same store does reaches every tab of the workspace the same
// way, once this desk has read the change feed.
#include "CatchQt.h"
#include "FollowUpFixture.h"
#include "OtherDesk.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "followup/CallbackTab.h"
#include "followup/FeedbackTab.h"
#include "followup/FollowUpWidget.h"
#include "followup/RectificationTab.h"
#include "followup/SupervisionTab.h"
#include "followup/TransferListModel.h"
#include "shell/MainWindow.h"
#include "shell/StoreBanner.h"
#include "store/Sql.h"
#include "followup/TransferTab.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/TransferRepository.h"

#include <QSignalSpy>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

/// What a list's model announced: resets, rows inserted or removed, rows repainted.
struct ModelSpy
{
    explicit ModelSpy(const FollowUpTab* tab)
        : resets(tab->listModel(), &QAbstractItemModel::modelReset),
          inserted(tab->listModel(), &QAbstractItemModel::rowsInserted),
          removed(tab->listModel(), &QAbstractItemModel::rowsRemoved),
          changed(tab->listModel(), &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy resets, inserted, removed, changed;
};

/// The ids a tab lists, in its order.
QList<qint64> listed(const FollowUpTab* tab)
{
    QList<qint64> ids;
    for (int r = 0; r < tab->listModel()->rowCount(); ++r)
        ids << tab->listModel()->idAt(r);
    return ids;
}

/// A new incident on the other desk, away from the fixture's (no repeat mark, no duplicate).
qint64 newIncident(DispatchService& desk, const QString& summary)
{
    IncidentDraft d;
    d.summary = summary;
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = GeoPoint{22.7950, 100.9950};
    d.address = QStringLiteral("茶城大道 101 号");
    auto id = desk.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

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
    CHECK_FALSE(banner->text().contains(QStringLiteral("SELECT"))); // the statement is for the log, not the desk
    saveShot(w, "store-banner-1366x768.png");
    // The table is back: the next change is applied and the banner goes.
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers"));
    IncidentDraft d;
    d.summary = QStringLiteral("路口有人打架");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    REQUIRE(svc.createIncident(d).ok());
    CHECK(banner->isHidden());
}

TEST_CASE("a lost connection to the store's server is said with its time and the seconds since, until it is back",
          "[ui][feed]")
{
    TestStore s;
    DispatchService& svc = s.service();
    MainWindow w(svc);
    w.resize(1366, 768);
    w.show();
    auto* banner = w.findChild<StoreBanner*>(QStringLiteral("storeBanner"));
    REQUIRE(banner);
    const qint64 since = s.clock().nowMs();
    s.clock().advanceMs(12000);
    banner->showConnectionLost(since, QStringLiteral("server closed the connection unexpectedly"));
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("lost at")));
    CHECK(banner->text().contains(QStringLiteral("(12 second"))); // ago, counted from when it was first noticed
    CHECK(banner->toolTip().isEmpty()); // the driver's words are on the text's tooltip, for the administrator
    saveShot(w, "server-lost-1366x768.png");
    // Every read fails while the server is away; the line keeps saying why rather than each failed read.
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away"));
    w.tick();
    CHECK(banner->text().contains(QStringLiteral("lost at")));
    sql::run(s.db().connection(), QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers"));
    // A change applied meanwhile (this desk's own, say) does not clear it: only the connection coming back does.
    IncidentDraft d;
    d.summary = QStringLiteral("路口有人打架");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    REQUIRE(svc.createIncident(d).ok());
    CHECK_FALSE(banner->isHidden());
    banner->showConnectionRestored();
    CHECK(banner->isHidden());
}

TEST_CASE("another desk's changes reach each follow-up tab as rows inserted, removed or updated, never a reset",
          "[ui][followup][feed]")
{
    TestStore s;
    const FollowUpFixture f(s);
    DispatchService& svc = s.service();
    FollowUpWidget w(svc);
    OtherDesk other(s, QStringLiteral("leader2"));
    DispatchService& desk2 = *other.service;
    FeedbackTab* feedback = w.feedbackView();
    TransferTab* transfers = w.transfersView();
    CallbackTab* callbacks = w.callbacksView();
    RectificationTab* rectifications = w.rectificationsView();
    SupervisionTab* supervision = w.supervisionView();
    const ModelSpy fb(feedback), tf(transfers), cb(callbacks), rc(rectifications), sv(supervision);
    const auto carOf = [&desk2](const char* callsign) { return desk2.board().unitByCallsign(QString::fromUtf8(callsign))->id; };
    const auto readFeed = [&svc] { REQUIRE(svc.refreshIfChangedElsewhere()); };

    // Feedback, updated: given on the other desk, the row says so in place (the older one to review stays first).
    REQUIRE(listed(feedback) == QList<qint64>{f.feedbackReview, f.feedbackDue});
    REQUIRE(desk2.recordFeedback(f.feedbackDue, carOf("城北01"), QStringLiteral("双方已和解"),
                                 QStringLiteral("resolved_on_scene")).ok());
    readFeed();
    CHECK(fb.changed.count() >= 1);
    CHECK(fb.inserted.isEmpty());
    CHECK(fb.removed.isEmpty());
    CHECK(feedback->listModel()->index(1, FeedbackListModel::Status).data().toString() == QStringLiteral("to review"));
    CHECK(feedback->listModel()->index(1, FeedbackListModel::Feedback).data().toString() == QStringLiteral("双方已和解"));
    CHECK(w.tabText(w.indexOf(feedback)) == QStringLiteral("Feedback (2 to review, 0 due)"));

    // Feedback removed, a callback inserted: accepted on the other desk, the incident is closed and owes a callback.
    REQUIRE(desk2.reviewFeedback(f.feedbackReview, true).ok());
    readFeed();
    CHECK(fb.removed.count() == 1);
    CHECK(listed(feedback) == QList<qint64>{f.feedbackDue});
    const qint64 callback = desk2.callbackOf(f.feedbackReview)->id;
    CHECK(cb.inserted.count() == 1);
    CHECK(callbacks->rowOf(callback) >= 0);

    // Feedback inserted: an incident taken and sent to on the other desk, its unit on scene.
    const qint64 onScene = newIncident(desk2, QStringLiteral("两车剐蹭，双方争执"));
    REQUIRE(desk2.dispatchUnits(onScene, {{carOf("城南02")}}).ok());
    REQUIRE(desk2.advanceUnit(carOf("城南02"), UnitState::OnScene).ok());
    readFeed();
    CHECK(fb.inserted.count() == 1);
    CHECK(feedback->rowOf(onScene) >= 0);

    // Transfers: one signed for (removed), one made (inserted).
    REQUIRE(desk2.acceptTransfer(f.transfer, QStringLiteral("值班民警 李明")).ok());
    readFeed();
    CHECK(tf.removed.count() == 1);
    CHECK(transfers->rowOf(f.transfer) < 0);
    auto transfer = desk2.transferIncident(newIncident(desk2, QStringLiteral("电动车被盗")),
                                           desk2.board().stations().first().id, QStringLiteral("立案侦查"));
    REQUIRE(transfer.ok());
    readFeed();
    CHECK(tf.inserted.count() == 1);
    CHECK(listed(transfers) == QList<qint64>{*transfer});
    CHECK(w.tabText(w.indexOf(transfers)) == QStringLiteral("Transfers (1)"));

    // Callbacks updated: the caller not reached, one try shown.
    REQUIRE(desk2.recordCallback(f.callback, false, Satisfaction::None).ok());
    readFeed();
    CHECK(cb.changed.count() + cb.inserted.count() >= 1);
    REQUIRE(callbacks->rowOf(f.callback) >= 0);
    CHECK(callbacks->listModel()->index(callbacks->rowOf(f.callback), CallbackListModel::Attempts).data().toString()
          == QStringLiteral("1 of 3"));

    // Rectifications: one done (removed); an unsatisfied caller opens one (inserted) and the callback goes.
    REQUIRE(desk2.completeRectification(f.rectification, QStringLiteral("已向来电人说明处理结果")).ok());
    readFeed();
    CHECK(rc.removed.count() == 1);
    CHECK(rectifications->listModel()->rowCount() == 0);
    REQUIRE(desk2.recordCallback(callback, true, Satisfaction::Unsatisfied, QStringLiteral("处理太慢")).ok());
    readFeed();
    CHECK(rc.inserted.count() == 1);
    REQUIRE(rectifications->listModel()->rowCount() == 1);
    CHECK(rectifications->listModel()->index(0, RectificationListModel::Issue).data().toString()
          == QStringLiteral("处理太慢"));
    CHECK(callbacks->rowOf(callback) < 0);

    // Supervision: a progress note (updated in place), closed (removed), a new one (inserted).
    REQUIRE(desk2.addSupervisionNote(f.supervision, QStringLiteral("交巡01 已到场核查")).ok());
    readFeed();
    CHECK(sv.changed.count() >= 1);
    CHECK(sv.inserted.isEmpty());
    CHECK(supervision->listModel()->index(0, SupervisionListModel::Progress).data().toString()
          == QStringLiteral("交巡01 已到场核查"));
    REQUIRE(desk2.closeSupervision(f.supervision, QStringLiteral("核查完毕，无涉赌")).ok());
    readFeed();
    CHECK(sv.removed.count() == 1);
    auto supervised = desk2.supervise(SupervisionSubject::Incident, onScene, QStringLiteral("城南派出所 张所长"),
                                      SupervisionMethod::Phone, other.ownClock.nowMs() + 4 * 3600 * 1000);
    REQUIRE(supervised.ok());
    readFeed();
    CHECK(sv.inserted.count() == 1);
    CHECK(listed(supervision) == QList<qint64>{*supervised});

    // None of the five was ever read whole, and each lists what a workspace made now reads.
    for (const ModelSpy* spy : {&fb, &tf, &cb, &rc, &sv})
        CHECK(spy->resets.count() == 0);
    const FollowUpWidget fresh(svc);
    REQUIRE(fresh.tabs().size() == w.tabs().size());
    for (int i = 0; i < w.tabs().size(); ++i)
        if (w.tabs().at(i)->kind())
            CHECK(listed(w.tabs().at(i)) == listed(fresh.tabs().at(i)));
}
