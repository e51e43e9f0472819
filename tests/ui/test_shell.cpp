// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "incident/IncidentDetailPanel.h"
#include "map/MapItems.h"
#include "map/ZonePanel.h"
#include "queue/IncidentQueueModel.h"
#include "queue/IncidentQueueProxy.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/UnitRosterModel.h"
#include "roster/UnitRosterWidget.h"
#include "shell/DeskStatusBar.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "store/EventLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

IncidentDraft call(const QString& summary, int priority, std::optional<GeoPoint> where = std::nullopt)
{
    IncidentDraft d;
    d.summary = summary;
    d.category = QStringLiteral("public_order");
    d.priority = priority;
    d.callerPhone = QStringLiteral("13911112222");
    d.address = QStringLiteral("振兴大道88号");
    d.position = where;
    return d;
}

} // namespace

TEST_CASE("the login dialog signs in with the keyboard and refuses a wrong password", "[ui][login]")
{
    TestStore store(TestStore::Demo, QString());
    LoginDialog dialog(store.service());
    dialog.show();
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("loginUser"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
    REQUIRE(user);
    REQUIRE(password);
    REQUIRE(error);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("loginDemoHint")) != nullptr);

    QTest::keyClicks(user, QStringLiteral("dispatcher"));
    QTest::keyClicks(password, QStringLiteral("nope"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(password->text().isEmpty());
    CHECK_FALSE(store.service().currentUser().has_value());

    QTest::keyClicks(password, QStringLiteral("dispatcher110"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(store.service().currentUser().has_value());
    CHECK(store.service().currentUser()->username == QStringLiteral("dispatcher"));
}

TEST_CASE("the sign-in puts the cursor where the typing starts", "[ui][login]")
{
    TestStore store(TestStore::Demo, QString());
    {
        LoginDialog dialog(store.service());
        dialog.setUsername(QString()); // no --user: the name comes first
        dialog.show();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(QStringLiteral("loginUser")));
    }
    LoginDialog dialog(store.service());
    dialog.setUsername(QStringLiteral("leader"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword")));
}

TEST_CASE("after signing in the window shows the three docks and the demo district", "[ui][smoke]")
{
    TestStore store(TestStore::Demo, QString());
    LoginDialog dialog(store.service());
    dialog.setUsername(QStringLiteral("dispatcher"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword")), QStringLiteral("dispatcher110"));
    dialog.findChild<QPushButton*>(QStringLiteral("loginSignIn"))->click();
    REQUIRE(dialog.result() == QDialog::Accepted);

    MainWindow window(store.service());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const char* name : {"zonePanelDock", "incidentQueueDock", "unitRosterDock"}) {
        auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name));
        REQUIRE(dock != nullptr);
        CHECK(dock->isVisible());
    }
    CHECK(window.windowTitle().contains(QStringLiteral("DEMO")));
    CHECK(window.zonePanel()->zoneItemCount() == 20);
    CHECK(window.zonePanel()->unitItemCount() == 23);
    CHECK(window.roster()->model()->rowCount() == 23);
    CHECK(window.queue()->model()->rowCount() == 0);
    auto* user = window.findChild<QLabel*>(QStringLiteral("statusUser"));
    REQUIRE(user);
    CHECK(user->text().contains(QStringLiteral("陈静")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusDemo"))->isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusShift"))->text().contains(QStringLiteral("08:00–16:00")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusClock"))->text() == QStringLiteral("2026-11-22 09:00:00"));
}

TEST_CASE("every view follows the facade (queue and map and detail and roster)", "[ui]")
{
    TestStore store;
    MainWindow window(store.service());
    window.show();
    auto* queueModel = window.queue()->model();
    QAbstractItemModelTester queueTester(queueModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(window.queue()->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rosterTester(window.roster()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const GeoPoint where = geo::offsetMetres({22.780, 100.970}, 500, 800);
    auto a = store.service().createIncident(call(QStringLiteral("酒后闹事"), 1, where));
    auto b = store.service().createIncident(call(QStringLiteral("噪音扰民"), 3));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(queueModel->rowCount() == 2);
    CHECK(window.zonePanel()->incidentItemCount() == 2);
    CHECK(window.zonePanel()->incidentItem(*a)->isVisible());
    CHECK_FALSE(window.zonePanel()->incidentItem(*b)->isVisible()); // no position, no pin

    // Sorted by priority: the P1 incident is on top and stands out.
    const QModelIndex top = window.queue()->proxy()->index(0, IncidentQueueModel::Number);
    CHECK(top.data(IncidentQueueModel::IncidentIdRole).toLongLong() == *a);
    CHECK(top.data(Qt::BackgroundRole).isValid());

    window.queue()->selectIncident(*a);
    CHECK(window.detail()->incidentId() == *a);
    CHECK(window.detail()->historyRows() == 1);

    REQUIRE(store.service().changeIncidentState(*a, IncidentState::Closed, QStringLiteral("handled by phone")).ok());
    CHECK(queueModel->rowCount() == 1);
    CHECK(window.zonePanel()->incidentItemCount() == 1);
    CHECK(window.detail()->incidentId() == *a);
    CHECK(window.detail()->historyRows() == 3); // still shown, with its closing step and the callback it now owes

    // A unit status change shows in the roster and on the map at once.
    const Unit* car = store.service().board().unitByCallsign(QStringLiteral("特巡03"));
    REQUIRE(store.service().changeUnitState(car->id, UnitState::Busy).ok());
    const int row = window.roster()->model()->rowOf(car->id);
    CHECK(window.roster()->model()->index(row, UnitRosterModel::Status).data().toString() == QStringLiteral("Busy"));
    CHECK(window.zonePanel()->unitItem(car->id)->color() == QColor(0x6a, 0x1b, 0x9a));
}

TEST_CASE("the roster changes a unit's status from the keyboard", "[ui][roster]")
{
    TestStore store;
    UnitRosterWidget roster(store.service());
    roster.show();
    roster.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&roster));
    const Unit* car = store.service().board().unitByCallsign(QStringLiteral("城北01"));
    roster.selectUnit(car->id);
    roster.view()->setFocus();
    QTest::keyClick(roster.view(), Qt::Key_B);
    CHECK(store.service().board().unit(car->id)->state == UnitState::Busy);
    QTest::keyClick(roster.view(), Qt::Key_O);
    CHECK(store.service().board().unit(car->id)->state == UnitState::OffDuty);
    QTest::keyClick(roster.view(), Qt::Key_S);
    CHECK(store.service().board().unit(car->id)->state == UnitState::AvailableStaging);
    const auto history = store.service().history(QStringLiteral("unit"), car->id);
    CHECK(history.size() == 4); // added + three changes, each by the signed-in dispatcher
    CHECK(history.last().username == QStringLiteral("dispatcher"));
}

TEST_CASE("clicking a zone filters the queue", "[ui][map]")
{
    TestStore store;
    MainWindow window(store.service());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const GeoPoint inZone = geo::offsetMetres({22.780, 100.970}, -1300, 2000); // 茶城大道片区
    REQUIRE(store.service().createIncident(call(QStringLiteral("a"), 2, inZone)).ok());
    REQUIRE(store.service().createIncident(call(QStringLiteral("b"), 2, geo::offsetMetres({22.780, 100.970}, 2500, -2500))).ok());
    REQUIRE(window.queue()->proxy()->rowCount() == 2);

    ZonePanel* panel = window.zonePanel();
    const Zone* zone = store.service().board().zoneAt(inZone);
    REQUIRE(zone != nullptr);
    // Click an empty spot of the zone (away from pins and units).
    const GeoPoint spot = geo::offsetMetres({22.780, 100.970}, -300, 2400);
    REQUIRE(store.service().board().zoneAt(spot)->id == zone->id);
    const QPoint at = panel->mapFromScene(panel->projection().toScene(spot));
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, at);
    CHECK(window.queue()->proxy()->zone() == zone->id);
    CHECK(window.queue()->proxy()->rowCount() == 1);
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, at); // again: every zone
    CHECK(window.queue()->proxy()->rowCount() == 2);
}

TEST_CASE("the queue searches by number and phone and address", "[ui][queue]")
{
    TestStore store;
    IncidentQueueWidget queue(store.service());
    REQUIRE(store.service().createIncident(call(QStringLiteral("x"), 3)).ok());
    IncidentDraft other = call(QStringLiteral("y"), 3);
    other.callerPhone = QStringLiteral("13600001111");
    other.address = QStringLiteral("月光路5号");
    REQUIRE(store.service().createIncident(other).ok());
    auto* search = queue.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
    QTest::keyClicks(search, QStringLiteral("136000"));
    CHECK(queue.proxy()->rowCount() == 1);
    search->clear();
    typeText(search, QStringLiteral("月光"));
    CHECK(queue.proxy()->rowCount() == 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("-00001"));
    CHECK(queue.proxy()->rowCount() == 1);
    search->clear();
    CHECK(queue.proxy()->rowCount() == 2);
}

TEST_CASE("the window's layout persists between sessions", "[ui][settings]")
{
    QSettings().clear();
    TestStore store;
    {
        MainWindow window(store.service());
        window.show();
        window.rosterDock()->hide();
        window.close();
    }
    MainWindow again(store.service());
    again.show();
    CHECK_FALSE(again.rosterDock()->isVisible());
    CHECK(again.queueDock()->isVisible());
    again.resetLayout();
    CHECK(again.rosterDock()->isVisible());
    QSettings().clear();
}
