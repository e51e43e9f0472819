// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up workspace: a transfer made from the desk's status menu, listed with its sign-for clock, counted
// in the tab title, announced once when overdue, and signed for from the keyboard.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "followup/CallbackTab.h"
#include "followup/FeedbackTab.h"
#include "followup/FollowUpWidget.h"
#include "followup/RectificationTab.h"
#include "followup/SupervisionDialog.h"
#include "followup/SupervisionTab.h"
#include "followup/TransferDialog.h"
#include "followup/TransferTab.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QInputDialog>
#include <QApplication>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

} // namespace

TEST_CASE("a transfer from the desk is listed with its clock, announced when overdue and signed for with Enter",
          "[ui][followup][transfers]")
{
    TestStore store;
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.summary = QStringLiteral("邻里纠纷，现场调解未果");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = kNearHospital;
    const auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    FollowUpWidget* followUp = w.followUp();
    CHECK(followUp->tabText(followUp->indexOf(followUp->transfersView())) == QStringLiteral("Transfers (0)"));

    // The dialog keeps a refusal (no reason) and transfers once the reason is typed.
    TransferDialog dialog(svc, *incident, &w);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.stationBox()->count() == int(svc.board().stations().size()));
    dialog.stationBox()->setCurrentIndex(1);
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("transferError"))->text().contains(QStringLiteral("why")));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("follow-up investigation"));
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.transferId() != 0);

    TransferListModel* model = followUp->transfersModel();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TransferListModel::Station).data().toString() == svc.board().stations().at(1).name);
    CHECK(model->index(0, TransferListModel::Deadline).data().toString().endsWith(QStringLiteral("left")));
    CHECK(followUp->tabText(followUp->indexOf(followUp->transfersView())) == QStringLiteral("Transfers (1)"));

    // Past the deadline: overdue in the list and the title, and said once in the status bar.
    store.clock().advanceMs(svc.responsePolicy().transferSignForMs() + 5000);
    w.tick();
    CHECK(model->index(0, TransferListModel::Deadline).data().toString().startsWith(QStringLiteral("overdue by")));
    CHECK(followUp->tabText(followUp->indexOf(followUp->transfersView())) == QStringLiteral("Transfers (1, 1 overdue)"));
    CHECK(w.statusBar()->currentMessage().endsWith(QStringLiteral("not signed for in time")));
    w.statusBar()->clearMessage();
    w.tick();
    CHECK(w.statusBar()->currentMessage().isEmpty());

    // Enter on the row records who signed for it (the name is asked; here it is given).
    w.followUpDock()->show();
    w.followUpDock()->raise();
    followUp->transfersView()->setCurrentIndex(model->index(0, 0));
    saveShot(w, "followup-1-transfers.png");
    bool asked = false;
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        asked = true;
        ask->setTextValue(QStringLiteral("值班民警 王强"));
        ask->accept();
    });
    QTest::keyClick(followUp->transfersView(), Qt::Key_Return);
    CHECK(asked);
    CHECK(model->rowCount() == 0);
    CHECK(followUp->tabText(followUp->indexOf(followUp->transfersView())) == QStringLiteral("Transfers (0)"));
    REQUIRE(svc.transfersOf(*incident).size() == 1);
    CHECK(svc.transfersOf(*incident).first().acceptedBy == QStringLiteral("值班民警 王强"));
}

TEST_CASE("callbacks from the keyboard: not reached, unsatisfied with the caller's words, then the rectification",
          "[ui][followup][callbacks]")
{
    TestStore store;
    DispatchService& svc = store.service();
    // Two handled incidents, closed: two callbacks to make.
    QList<qint64> incidents;
    for (int n = 0; n < 2; ++n) {
        IncidentDraft d;
        d.summary = n ? QStringLiteral("商铺门口车辆乱停") : QStringLiteral("楼上噪音扰民");
        d.category = QStringLiteral("dispute");
        d.priority = 3;
        d.position = geo::offsetMetres(kNearHospital, 400.0 * n, 0); // two places: no repeat mark
        d.callerPhone = QStringLiteral("1380000000%1").arg(n);
        const auto id = svc.createIncident(d);
        REQUIRE(id.ok());
        const qint64 car = svc.board().unitByCallsign(n ? QStringLiteral("城南01") : QStringLiteral("城北01"))->id;
        REQUIRE(svc.dispatchUnits(*id, {{car}}).ok());
        REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());
        REQUIRE(svc.recordFeedback(*id, car, QStringLiteral("已处理"), QStringLiteral("resolved_on_scene")).ok());
        REQUIRE(svc.changeIncidentState(*id, IncidentState::Closed).ok());
        incidents << *id;
    }

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.followUpDock()->show();
    w.followUpDock()->raise();
    FollowUpWidget* followUp = w.followUp();
    followUp->setCurrentWidget(followUp->callbacksView());
    QTableView* view = followUp->callbacksView();
    QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(followUp->tabText(followUp->indexOf(followUp->callbacksView())) == QStringLiteral("Callbacks (2)"));
    w.tick();
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusFollowUp"))->text() == QStringLiteral("Owed: 2 callback(s)"));
    CHECK(model->index(0, CallbackListModel::Phone).data().toString() == QStringLiteral("13800000000"));
    CHECK(model->index(0, CallbackListModel::Attempts).data().toString() == QStringLiteral("0 of 3"));
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));

    // N: not reached; the callback stays with one try.
    QTest::keyClick(view, Qt::Key_N);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, CallbackListModel::Attempts).data().toString() == QStringLiteral("1 of 3"));

    // U: unsatisfied; the caller's words are asked, and a rectification opens.
    view->setCurrentIndex(model->index(1, 0));
    bool asked = false;
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        asked = true;
        ask->setTextValue(QStringLiteral("车还停在那里，没人管"));
        ask->accept();
    });
    QTest::keyClick(view, Qt::Key_U);
    CHECK(asked);
    CHECK(model->rowCount() == 1);
    CHECK(followUp->tabText(followUp->indexOf(followUp->callbacksView())) == QStringLiteral("Callbacks (1)"));
    CHECK(followUp->tabText(followUp->indexOf(followUp->rectificationsView())) == QStringLiteral("Rectifications (1)"));
    QAbstractItemModel* rect = followUp->rectificationsView()->model();
    REQUIRE(rect->rowCount() == 1);
    CHECK(rect->index(0, RectificationListModel::Unit).data().toString() == QStringLiteral("城南01"));
    CHECK(rect->index(0, RectificationListModel::Issue).data().toString() == QStringLiteral("车还停在那里，没人管"));

    // S on the remaining one: reached and satisfied, the list is empty.
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_S);
    CHECK(model->rowCount() == 0);
    CHECK(svc.callbackOf(incidents[0])->satisfaction == Satisfaction::Satisfied);

    // The rectification past its deadline: overdue in the title, said once; Enter closes it with what was done.
    store.clock().advanceMs(svc.responsePolicy().rectificationMs() + 1000);
    w.tick();
    CHECK(followUp->tabText(followUp->indexOf(followUp->rectificationsView())) == QStringLiteral("Rectifications (1, 1 overdue)"));
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusFollowUp"))->text()
          .contains(QStringLiteral("1 rectification(s) (1 overdue)")));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("past their deadline")));
    followUp->setCurrentWidget(followUp->rectificationsView());
    followUp->rectificationsView()->setFocus();
    followUp->rectificationsView()->setCurrentIndex(rect->index(0, 0));
    saveShot(w, "followup-2-rectifications.png");
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("已联系车主挪车并回复来电人"));
        ask->accept();
    });
    QTest::keyClick(followUp->rectificationsView(), Qt::Key_Return);
    CHECK(rect->rowCount() == 0);
    CHECK(followUp->tabText(followUp->indexOf(followUp->rectificationsView())) == QStringLiteral("Rectifications (0)"));
}

TEST_CASE("supervision from the keyboard: put under supervision, a progress note with Enter, closed with C",
          "[ui][followup][supervision]")
{
    TestStore store(TestStore::Demo, QStringLiteral("leader"));
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.summary = QStringLiteral("同一地点第三次报警：夜间聚众赌博");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = kNearHospital;
    const auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // The dialog keeps a refusal (no owner), then puts the incident under supervision for 4 hours.
    SupervisionDialog dialog(svc, SupervisionSubject::Incident, *incident, QStringLiteral("test"), &w);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.ownerEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("answers")));
    QTest::keyClicks(dialog.ownerEdit(), QStringLiteral("Chengbei station head"));
    dialog.methodBox()->setCurrentIndex(2); // by phone
    dialog.hoursBox()->setValue(4);
    QTest::keyClick(dialog.ownerEdit(), Qt::Key_Return);
    REQUIRE_FALSE(dialog.isVisible());
    REQUIRE(dialog.supervisionId() != 0);

    FollowUpWidget* followUp = w.followUp();
    w.followUpDock()->show();
    w.followUpDock()->raise();
    followUp->setCurrentWidget(followUp->supervisionView());
    QTableView* view = followUp->supervisionView();
    QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(followUp->tabText(followUp->indexOf(followUp->supervisionView())) == QStringLiteral("Supervision (1)"));
    CHECK(model->index(0, SupervisionListModel::Owner).data().toString() == QStringLiteral("Chengbei station head"));
    CHECK(model->index(0, SupervisionListModel::Method).data().toString() == QStringLiteral("by phone"));
    CHECK(model->index(0, SupervisionListModel::Deadline).data().toString().endsWith(QStringLiteral("left")));
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));

    // Enter: a progress note, shown as the latest progress.
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("派出所已出警清查"));
        ask->accept();
    });
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(model->index(0, SupervisionListModel::Progress).data().toString() == QStringLiteral("派出所已出警清查"));

    // Past the deadline it stands out and is said once.
    store.clock().advanceMs(4 * 3600 * 1000 + 1000);
    w.tick();
    CHECK(followUp->tabText(followUp->indexOf(followUp->supervisionView())) == QStringLiteral("Supervision (1, 1 overdue)"));
    CHECK(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("past their deadline")));
    saveShot(w, "followup-3-supervision.png");

    // C: closed with the result.
    view->setCurrentIndex(model->index(0, 0));
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("已查处，挂账销号"));
        ask->accept();
    });
    QTest::keyClick(view, Qt::Key_C);
    CHECK(model->rowCount() == 0);
    CHECK(followUp->tabText(followUp->indexOf(followUp->supervisionView())) == QStringLiteral("Supervision (0)"));
    CHECK(svc.openSupervisions().isEmpty());
}

TEST_CASE("feedback review from the keyboard: R returns it to the unit with the reason, A accepts and closes",
          "[ui][followup][feedback]")
{
    TestStore store;
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.summary = QStringLiteral("两车刮擦，双方争执");
    d.category = QStringLiteral("traffic");
    d.priority = 3;
    d.position = kNearHospital;
    const auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(*incident, {{car}}).ok());
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    FollowUpWidget* followUp = w.followUp();
    w.followUpDock()->show();
    w.followUpDock()->raise();
    followUp->setCurrentWidget(followUp->feedbackView());
    QTableView* view = followUp->feedbackView();
    QAbstractItemModel* model = view->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, FeedbackListModel::Status).data().toString() == QStringLiteral("feedback due"));
    CHECK(model->index(0, FeedbackListModel::Clock).data().toString().endsWith(QStringLiteral("left")));

    REQUIRE(svc.recordFeedback(*incident, car, QStringLiteral("已拍照定责"), QStringLiteral("resolved_on_scene")).ok());
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, FeedbackListModel::Status).data().toString() == QStringLiteral("to review"));
    CHECK(model->index(0, FeedbackListModel::Feedback).data().toString() == QStringLiteral("已拍照定责"));
    CHECK(followUp->tabText(followUp->indexOf(view)) == QStringLiteral("Feedback (1 to review, 0 due)"));
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));

    // R: returned with the reason asked; the incident is on scene again, its feedback due.
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("未登记双方驾驶证信息"));
        ask->accept();
    });
    QTest::keyClick(view, Qt::Key_R);
    CHECK(svc.board().incident(*incident)->state == IncidentState::OnScene);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, FeedbackListModel::Status).data().toString() == QStringLiteral("returned, due again"));
    saveShot(w, "followup-4-feedback.png");

    // Given again and accepted with A: closed, and into the callbacks.
    REQUIRE(svc.recordFeedback(*incident, car, QStringLiteral("已登记双方信息，协商解决"), QStringLiteral("resolved_on_scene")).ok());
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_A);
    CHECK(model->rowCount() == 0);
    CHECK(svc.findIncident(*incident)->state == IncidentState::Closed);
    CHECK(followUp->callbacksModel()->rowCount() == 1);
}
