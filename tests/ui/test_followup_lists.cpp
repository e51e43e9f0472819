// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up lists added to the workspace, driven from the keyboard: the overview of everything owed (Enter
// opens an item in its list), mediation (a mediator chosen in the dialog, the outcome recorded with N), instructions
// (registered, an urgent one signed for and forwarded at once, answered), the repeat ledger (an action with Enter,
// closed with C by a shift leader) and its weekly bulletin in PDF.
#include "CatchQt.h"
#include "FollowUpFixture.h"
#include "PdfText.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "followup/FollowUpMenu.h"
#include "followup/FollowUpWidget.h"
#include "followup/ForwardDialog.h"
#include "followup/InstructionDialog.h"
#include "followup/InstructionTab.h"
#include "followup/LedgerBulletinDialog.h"
#include "followup/LedgerTab.h"
#include "followup/MediationTab.h"
#include "followup/MediatorDialog.h"
#include "followup/OwedTab.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

/// Answers the next modal QInputDialog with `text`.
void answerNextInput(QWidget* context, const QString& text, bool* asked = nullptr)
{
    QTimer::singleShot(0, context, [text, asked] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        if (asked)
            *asked = true;
        ask->setTextValue(text);
        ask->accept();
    });
}

void showFollowUp(MainWindow& w, QWidget* tab)
{
    w.followUpDock()->show();
    w.followUpDock()->raise();
    w.followUp()->setCurrentWidget(tab);
    tab->setFocus();
}

} // namespace

TEST_CASE("everything owed on one list; Enter opens the item in its own list", "[ui][followup][owed]")
{
    TestStore store;
    const FollowUpFixture f(store);
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.resize(1500, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    FollowUpWidget* followUp = w.followUp();
    OwedTab* owed = followUp->owedTab();
    CHECK(followUp->indexOf(owed) == 0);
    CHECK(followUp->tabText(0) == QStringLiteral("All owed (9)"));

    // F9 brings the overview forward with the first row selected.
    QTest::keyClick(&w, Qt::Key_F9);
    CHECK(followUp->currentWidget() == owed);
    REQUIRE(owed->currentIndex().isValid());
    const OwedListModel* model = owed->listModel();
    int mediationRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->itemAt(r).kind == QStringLiteral("mediation"))
            mediationRow = r;
    REQUIRE(mediationRow >= 0);
    CHECK(model->index(mediationRow, OwedListModel::Owner).data().toString() == QStringLiteral("调解01"));
    CHECK(model->index(mediationRow, OwedListModel::Deadline).data().toString().endsWith(QStringLiteral("left")));
    CHECK(w.followUpDock()->isFloating()); // lifted out large over the desk
    CHECK(w.followUpDock()->width() > w.width() / 2);
    saveShot(*w.followUpDock(), "followup-5-owed.png");

    owed->setCurrentIndex(model->index(mediationRow, 0));
    QTest::keyClick(owed, Qt::Key_Return);
    MediationTab* mediation = followUp->mediationTab();
    CHECK(followUp->currentWidget() == mediation);
    REQUIRE(mediation->currentIndex().isValid());
    CHECK(mediation->listModel()->mediationAt(mediation->currentIndex().row()).id == f.mediation);

    // Half an hour on, the first feedback (P3: 30 min) and the station's sign-for (30 min) are late: they lead the
    // overview, and the title says so.
    store.clock().advanceMs(svc.responsePolicy().transferSignForMs() + 1000);
    w.tick();
    CHECK(followUp->tabText(0) == QStringLiteral("All owed (9, 2 overdue)"));
    owed->reload();
    CHECK(model->itemAt(0).kind == QStringLiteral("feedback"));
    CHECK(model->itemAt(1).kind == QStringLiteral("transfer"));
    CHECK(model->index(1, OwedListModel::Deadline).data().toString().startsWith(QStringLiteral("overdue by")));

    // F9 again (with the overview showing) puts the workspace back in its dock.
    followUp->setCurrentWidget(owed);
    QTest::keyClick(&w, Qt::Key_F9);
    CHECK_FALSE(w.followUpDock()->isFloating());
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusFollowUp"))->text().contains(QStringLiteral("1 mediation(s)")));
}

TEST_CASE("a dispute handed to a certified mediator and its outcome from the keyboard", "[ui][followup][mediation]")
{
    TestStore store;
    DispatchService& svc = store.service();
    // October 2027: 调解02's certificate (valid through 30 September) has expired.
    store.clock().set(QDateTime(QDate(2027, 10, 2), QTime(10, 0), QTimeZone("Asia/Shanghai")));
    IncidentDraft d;
    d.summary = QStringLiteral("邻里因漏水发生纠纷");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = kNearHospital;
    d.mediation = true;
    const auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    REQUIRE(svc.reportPosition(svc.board().unitByCallsign(QStringLiteral("调解01"))->id, kNearHospital).ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    MediatorDialog dialog(svc, *incident, &w);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget* list = dialog.mediatorList();
    REQUIRE(list->topLevelItemCount() == 2);
    const auto item = [&](const QString& callsign) {
        const QList<QTreeWidgetItem*> found = list->findItems(callsign, Qt::MatchExactly, 0);
        REQUIRE(found.size() == 1);
        return found.first();
    };
    CHECK(item(QStringLiteral("调解01"))->text(2) == QStringLiteral("2028-06-30"));
    CHECK(item(QStringLiteral("调解02"))->text(2) == QStringLiteral("2027-09-30 — expired"));
    CHECK_FALSE(item(QStringLiteral("调解02"))->flags() & Qt::ItemIsEnabled);
    CHECK_FALSE(dialog.choose(QStringLiteral("调解02")));
    CHECK(list->currentItem()->text(0) == QStringLiteral("调解01"));
    CHECK(dialog.sendBox()->isChecked());
    saveShot(dialog, "mediation-1-dialog.png");
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE_FALSE(dialog.isVisible());
    CHECK(svc.openMediations().size() == 1);
    CHECK(svc.board().unitByCallsign(QStringLiteral("调解01"))->incidentId == *incident);

    MediationTab* tab = w.followUp()->mediationTab();
    showFollowUp(w, tab);
    REQUIRE(tab->listModel()->rowCount() == 1);
    CHECK(w.followUp()->tabText(w.followUp()->indexOf(tab)) == QStringLiteral("Mediation (1)"));
    CHECK(tab->listModel()->index(0, MediationListModel::Mediator).data().toString()
          == QStringLiteral("调解01 · 思调证 2025-017"));
    tab->setCurrentIndex(tab->listModel()->index(0, 0));
    saveShot(w, "mediation-2-list.png");

    bool asked = false;
    answerNextInput(&w, QStringLiteral("一方坚持走诉讼"), &asked);
    QTest::keyClick(tab, Qt::Key_N);
    CHECK(asked);
    CHECK(tab->listModel()->rowCount() == 0);
    CHECK(w.followUp()->tabText(w.followUp()->indexOf(tab)) == QStringLiteral("Mediation (0)"));
    REQUIRE(svc.mediationsOf(*incident).size() == 1);
    CHECK(svc.mediationsOf(*incident).first().outcome == MediationOutcome::NotSettled);
    CHECK(svc.mediationsOf(*incident).first().note == QStringLiteral("一方坚持走诉讼"));
}

TEST_CASE("an urgent instruction registered, signed for and forwarded in one step, then answered", "[ui][followup][instructions]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    InstructionTab* tab = w.followUp()->instructionTab();

    // Ctrl+Shift+I: the dialog keeps a refusal (no text), then registers the urgent instruction.
    bool registered = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<InstructionDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->classBox()->setCurrentIndex(dialog->classBox()->findData(int(InstructionClass::Urgent)));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorLabel()->text().contains(QStringLiteral("text")));
        dialog->textEdit()->setPlainText(QStringLiteral("人民广场有群众聚集，立即派警核查并每 30 分钟报告"));
        saveShot(*dialog, "instruction-1-register.png");
        dialog->accept();
        registered = !dialog->isVisible();
    });
    QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(registered);
    REQUIRE(tab->listModel()->rowCount() == 1);
    CHECK(w.followUp()->currentWidget() == tab);
    CHECK(tab->listModel()->index(0, InstructionListModel::State).data().toString() == QStringLiteral("to sign for"));
    CHECK(tab->listModel()->index(0, InstructionListModel::Deadline).data().toString().startsWith(QStringLiteral("sign for:")));
    w.tick();
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusFollowUp"))->text()
          == QStringLiteral("Owed: 1 instruction(s), 1 to sign for"));

    // Enter on an urgent one: the targets are asked and it is signed for and forwarded at once.
    tab->setFocus();
    tab->setCurrentIndex(tab->listModel()->index(0, 0));
    bool forwarded = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<ForwardDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->accept(); // nothing ticked: refused in the dialog
        CHECK(dialog->isVisible());
        typeText(dialog->filterEdit(), QStringLiteral("交巡"));
        REQUIRE(dialog->tick(QStringLiteral("交巡01")));
        saveShot(*dialog, "instruction-2-forward.png");
        dialog->accept();
        forwarded = true;
    });
    QTest::keyClick(tab, Qt::Key_Return);
    REQUIRE(forwarded);
    const Instruction i = tab->listModel()->instructionAt(0);
    CHECK(i.state() == InstructionState::Forwarded);
    CHECK(i.forwardedTo == QStringList{QStringLiteral("交巡01")});
    CHECK(tab->listModel()->index(0, InstructionListModel::Deadline).data().toString().startsWith(QStringLiteral("answer:")));
    showFollowUp(w, tab);
    tab->setCurrentIndex(tab->listModel()->index(0, 0));
    saveShot(w, "instruction-3-list.png");

    // Enter on a forwarded instruction records the answer to higher command.
    answerNextInput(&w, QStringLiteral("交巡01 到场：约 40 人讨薪，已疏导"));
    QTest::keyClick(tab, Qt::Key_Return);
    CHECK(tab->listModel()->rowCount() == 0);
    CHECK(svc.findInstruction(i.id)->answer == QStringLiteral("交巡01 到场：约 40 人讨薪，已疏导"));
}

TEST_CASE("the repeat ledger: an action with Enter, closed with C by a shift leader, and the weekly bulletin",
          "[ui][followup][ledger]")
{
    TestStore store;
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.summary = QStringLiteral("烧烤店门口醉酒闹事");
    d.category = QStringLiteral("public_order");
    d.priority = 3;
    d.address = QStringLiteral("民主路5号");
    d.position = kNearHospital;
    const auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    d.summary = QStringLiteral("还有人醉酒砸东西");
    REQUIRE(svc.mergeCall(*incident, d).ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    LedgerTab* tab = w.followUp()->ledgerTab();
    showFollowUp(w, tab);
    REQUIRE(tab->listModel()->rowCount() == 1);
    CHECK(w.followUp()->tabText(w.followUp()->indexOf(tab)) == QStringLiteral("Repeat ledger (1)"));
    CHECK(tab->listModel()->index(0, LedgerListModel::Class).data().toString() == QStringLiteral("drunkenness"));
    CHECK(tab->listModel()->index(0, LedgerListModel::Marks).data().toString()
          == QStringLiteral("1 in 1 incident(s): repeated reports of one event"));
    tab->setCurrentIndex(tab->listModel()->index(0, 0));
    const qint64 entry = tab->listModel()->entryAt(0).id;

    answerNextInput(&w, QStringLiteral("约谈烧烤店负责人，夜间加强巡逻"));
    QTest::keyClick(tab, Qt::Key_Return);
    CHECK(tab->listModel()->index(0, LedgerListModel::LastAction).data().toString()
          == QStringLiteral("约谈烧烤店负责人，夜间加强巡逻"));
    saveShot(w, "ledger-1-list.png");

    // A dispatcher may not close it: refused and said.
    answerNextInput(&w, QStringLiteral("已整改"));
    QTest::keyClick(tab, Qt::Key_C);
    CHECK(tab->listModel()->rowCount() == 1);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("may not")));

    // The weekly bulletin shows it open, and writes a PDF a reader can search.
    LedgerBulletinDialog bulletin(svc, &w);
    bulletin.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bulletin));
    CHECK(bulletin.bulletin().opened.size() == 1);
    CHECK(bulletin.periodLabel()->text().contains(QStringLiteral("1 new · 1 open (0 overdue) · 0 closed")));
    saveShot(bulletin, "ledger-2-bulletin.png");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ledger-bulletin.pdf"));
    REQUIRE(bulletin.exportPdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Repeat-incident ledger, week")));
    // (The font's radical forms of 民 and 人 come back from pdftotext as other code points.)
    CHECK(text.contains(QStringLiteral("主路5号")));
    CHECK(text.contains(QStringLiteral("约谈烧烤店负责")));
    bulletin.step(-1);
    CHECK(bulletin.bulletin().opened.isEmpty());

    store.signIn(QStringLiteral("leader"));
    answerNextInput(&w, QStringLiteral("两周无警情，销号"));
    QTest::keyClick(tab, Qt::Key_C);
    CHECK(tab->listModel()->rowCount() == 0);
    CHECK(svc.findLedgerEntry(entry)->result == QStringLiteral("两周无警情，销号"));
}
