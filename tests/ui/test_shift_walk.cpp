// SPDX-License-Identifier: GPL-3.0-or-later
// A whole shift on two desks of one store, driven as dispatchers drive them: a call taken at desk 1 with 120 notified, a
// second caller about the same fight merged at desk 2, a street light diverted, units sent with one key, a missed
// sign-for announced on both desks, the steps, feedback, review, the callback, and the handover prepared, signed and
// accepted by the two shift leaders. At every step each desk is checked for what it shows.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "common/AlertSounds.h"
#include "common/Labels.h"
#include "dispatch/DispatchPanel.h"
#include "dispatch/FeedbackDialog.h"
#include "followup/CallbackTab.h"
#include "followup/FeedbackTab.h"
#include "followup/FollowUpWidget.h"
#include "handover/HandoverWindow.h"
#include "incident/IncidentDetailPanel.h"
#include "intake/AgencyNotifyBox.h"
#include "intake/CallQuestionsView.h"
#include "intake/DuplicateListView.h"
#include "intake/IntakePanel.h"
#include "queue/IncidentQueueModel.h"
#include "reports/DashboardWidget.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/UnitRosterModel.h"
#include "roster/UnitRosterWidget.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

constexpr qint64 kSecond = 1000;

QString queueCell(MainWindow& w, qint64 incidentId, int column)
{
    QAbstractItemModel* m = w.queue()->view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(IncidentQueueModel::IncidentIdRole).toLongLong() == incidentId)
            return m->index(r, column).data().toString();
    return {};
}

QString rosterStatus(MainWindow& w, const QString& callsign, DispatchService& svc)
{
    UnitRosterModel* m = w.roster()->model();
    return m->index(m->rowOf(svc.board().unitByCallsign(callsign)->id), UnitRosterModel::Status).data().toString();
}

void tickBoth(MainWindow& a, MainWindow& b)
{
    a.tick();
    b.tick();
}

} // namespace

TEST_CASE("a shift on two desks: every step shows on both, through to the accepted handover", "[ui][shift]")
{
    TestStore store; // desk 1: the demo dispatcher
    DispatchService& one = store.service();
    OtherDesk two(store, QStringLiteral("dispatcher2"), QStringLiteral("desk-2"), true);
    MainWindow w1(one);
    MainWindow w2(*two.service);
    w1.show();
    w2.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w1));
    REQUIRE(QTest::qWaitForWindowExposed(&w2));

    // 1. Desk 1 takes a fight with an injured man: triage proposes 120 alongside the police.
    w1.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w1));
    QTest::keyClick(&w1, Qt::Key_F2);
    IntakePanel* intake1 = w1.intake();
    typeText(intake1->phoneEdit(), QStringLiteral("13988001234"));
    typeText(intake1->addressEdit(), QStringLiteral("月光路烧烤店门口"));
    intake1->locationEdit()->setText(QStringLiteral("22.7795, 100.9712"));
    typeText(intake1->summaryEdit(), QStringLiteral("烧烤店门口有人打架，一个人头上流血了"));
    CHECK(intake1->notifyBox()->button(QStringLiteral("120"))->isChecked());
    typeText(intake1->questions()->answerEdit(QStringLiteral("weapon")), QStringLiteral("酒瓶"));
    store.clock().advanceMs(15 * kSecond);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(one.board().activeIncidentCount() == 1);
    const qint64 fight = one.board().activeIncidentIds().first();
    const QString number = one.board().incident(fight)->number;
    CHECK(one.agencyNotifications(fight).size() == 1);
    // Desk 2 hears of it at its next tick: the banner, the new-call sound, the row.
    tickBoth(w1, w2);
    CHECK(w2.queue()->announcement()->isVisible());
    CHECK(w2.queue()->announcement()->text().contains(number));
    CHECK(w2.sounds()->played(AlertSounds::NewCall) == 1);
    CHECK(w1.sounds()->played(AlertSounds::NewCall) == 0); // its own call is not announced to itself
    CHECK(queueCell(w2, fight, IncidentQueueModel::Number) == number);

    // 2. A second caller at desk 2, about the same fight: offered as a duplicate and merged (no new incident).
    w2.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w2));
    QTest::keyClick(&w2, Qt::Key_F2);
    IntakePanel* intake2 = w2.intake();
    typeText(intake2->phoneEdit(), QStringLiteral("13600000002"));
    intake2->locationEdit()->setText(QStringLiteral("22.7796, 100.9713"));
    intake2->locationEdit()->setFocus();
    QTest::keyClick(intake2->locationEdit(), Qt::Key_Return);
    typeText(intake2->summaryEdit(), QStringLiteral("烧烤店那边打起来了"));
    REQUIRE(intake2->duplicates()->count() >= 1);
    CHECK(intake2->duplicates()->currentIncident() == fight);
    QTest::keyClick(intake2->summaryEdit(), Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(intake2->hasCall());
    tickBoth(w1, w2);
    CHECK(one.board().activeIncidentCount() == 1);
    CHECK(one.callers(fight).size() == 1);
    CHECK(queueCell(w1, fight, IncidentQueueModel::Number).contains(QStringLiteral("+1")));

    // 3. Desk 2 diverts a dark street light to its agency; both queues list the work order.
    QTest::keyClick(&w2, Qt::Key_F2);
    typeText(intake2->summaryEdit(), QStringLiteral("月光路一整排路灯都不亮"));
    CHECK(intake2->divertBox()->currentData().toString() == QStringLiteral("streetlight"));
    QTest::keyClick(intake2->summaryEdit(), Qt::Key_Return, Qt::ControlModifier);
    tickBoth(w1, w2);
    qint64 lamp = 0;
    for (qint64 id : one.board().activeIncidentIds())
        if (id != fight)
            lamp = id;
    REQUIRE(lamp);
    CHECK(one.board().incident(lamp)->state == IncidentState::Diverted);
    CHECK(queueCell(w1, lamp, IncidentQueueModel::Status).startsWith(IncidentLifecycle::label(IncidentState::Diverted)));
    CHECK(queueCell(w1, lamp, IncidentQueueModel::Units).contains(Labels::agency(QStringLiteral("streetlight"))));

    // 4. Desk 1 sends the recommended units with F3; desk 2's roster shows them sent.
    w1.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w1));
    w1.queue()->selectIncident(fight);
    const QList<Candidate> toSend = w1.dispatchPanel()->recommendation().toSend();
    REQUIRE_FALSE(toSend.isEmpty());
    QTest::keyClick(&w1, Qt::Key_F3);
    tickBoth(w1, w2);
    for (const Candidate& c : toSend) {
        CHECK(one.board().unit(c.unitId)->incidentId == fight);
        CHECK(rosterStatus(w2, c.callsign, *two.service).startsWith(UnitLifecycle::label(UnitState::Dispatched)));
    }
    CHECK(queueCell(w2, fight, IncidentQueueModel::Status) == IncidentLifecycle::label(IncidentState::Dispatched));

    // 5. Nobody signs for in 30 s: both desks announce it with the unit's name and the sign-for sound.
    store.clock().advanceMs(31 * kSecond);
    tickBoth(w1, w2);
    for (MainWindow* w : {&w1, &w2}) {
        CHECK(w->queue()->announcement()->isVisible());
        CHECK(w->queue()->announcement()->toolTip().contains(toSend.first().callsign));
        CHECK(w->sounds()->played(AlertSounds::SignForMissed) == 1);
    }

    // 6. The units' steps from desk 1's dispatch panel keys; desk 2 follows.
    DispatchPanel* panel = w1.dispatchPanel();
    store.clock().advanceMs(10 * kSecond);
    panel->assignedView()->setFocus();
    panel->assignedView()->setCurrentItem(panel->assignedView()->topLevelItem(0));
    QTest::keyClick(panel->assignedView(), Qt::Key_A);
    store.clock().advanceMs(60 * kSecond);
    QTest::keyClick(panel->assignedView(), Qt::Key_R);
    tickBoth(w1, w2);
    CHECK(one.board().incident(fight)->state == IncidentState::OnScene);
    CHECK(queueCell(w2, fight, IncidentQueueModel::Status) == IncidentLifecycle::label(IncidentState::OnScene));

    // 7. Feedback from the scene, reviewed at desk 2 and accepted: closed, and the callback owed on both desks.
    FeedbackDialog feedback(one, fight, &w1);
    feedback.resultEdit()->setPlainText(QStringLiteral("伤者已由120送医，打人者已带回派出所"));
    feedback.dispositionBox()->setCurrentIndex(feedback.dispositionBox()->findData(QStringLiteral("resolved_on_scene")));
    feedback.accept();
    REQUIRE(feedback.result() == QDialog::Accepted);
    tickBoth(w1, w2);
    FollowUpWidget* follow2 = w2.followUp();
    REQUIRE(follow2->feedbackModel()->rowCount() == 1);
    REQUIRE(follow2->feedbackView()->reviewFeedbackAt(0, true));
    tickBoth(w1, w2);
    CHECK(one.board().incident(fight) == nullptr); // closed: off the queue
    CHECK(w1.followUp()->callbacksModel()->rowCount() == 1);
    CHECK(follow2->callbacksModel()->rowCount() == 1);
    store.clock().advanceMs(30 * 60 * kSecond);
    REQUIRE(w1.followUp()->callbacksView()->recordCallbackAt(0, true, Satisfaction::Satisfied));
    tickBoth(w1, w2);
    CHECK(follow2->callbacksModel()->rowCount() == 0);

    // The record says every step in words, on either desk.
    w2.detail()->showIncident(fight);
    CHECK(w2.detail()->historyRows() >= 12);

    // 8. The handover: the outgoing leader prepares and signs, the incoming one accepts; the report carries the
    // missed sign-for with its true lateness and the agency notified.
    OtherDesk leader(store, QStringLiteral("leader"), QStringLiteral("desk-leader"), true);
    OtherDesk incoming(store, QStringLiteral("leader2"), QStringLiteral("desk-leader2"), true);
    const ShiftInstance shift = leader.service->currentShift();
    const auto prepared = leader.service->prepareHandover(shift);
    REQUIRE(prepared.ok());
    store.clock().set(shift.end.addSecs(-20 * 60)); // signed in the shift's last half hour
    REQUIRE(leader.service->signHandover(*prepared, QStringLiteral("leader110")).ok());
    incoming.service->refreshIfChangedElsewhere();
    REQUIRE(incoming.service->acceptHandover(*prepared, QStringLiteral("leader2110"), QStringLiteral("已阅")).ok());
    const std::optional<Handover> h = one.handover(*prepared);
    REQUIRE(h);
    CHECK(h->state == HandoverState::Accepted);
    const std::optional<HandoverReport> report = h->report();
    REQUIRE(report);
    bool signForLate = false;
    for (const HandoverBreach& b : report->breaches)
        if (b.clock == QStringLiteral("sign_for") && b.callsign == toSend.first().callsign) {
            signForLate = true;
            CHECK(b.lateSeconds >= 10); // signed 11 s late, not the 1 s at the stamp
            CHECK_FALSE(b.running);
        }
    CHECK(signForLate);
    REQUIRE(report->notifications.size() == 1);
    CHECK(report->notifications.first().agency == QStringLiteral("120"));
    CHECK(report->figures.calls == 2);
    CHECK(report->figures.diverted == 1);
    CHECK(report->figures.furtherCallers == 1);
    // …and the dashboard of both desks agrees with it.
    for (MainWindow* w : {&w1, &w2}) {
        w->dashboard()->refresh();
        CHECK(w->dashboard()->figureText(QStringLiteral("incidents")) == QStringLiteral("2"));
    }
    saveShot(w1, "shift-walk-desk1.png");
    saveShot(w2, "shift-walk-desk2.png");
}
