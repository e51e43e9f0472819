// SPDX-License-Identifier: GPL-3.0-or-later
// The shift handover at the desk: the outgoing leader prepares, notes and signs; the incoming leader rejects with
// comments; the outgoing leader fixes and signs again; the incoming leader accepts; the archive finds it by a word of
// its notes, shows it, writes its PDF and compares it with another shift's; the duty roster and the shift pattern.
#include "CatchQt.h"
#include "FollowUpFixture.h"
#include "PdfText.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "handover/HandoverArchive.h"
#include "handover/HandoverCompareDialog.h"
#include "handover/HandoverWindow.h"
#include "handover/RosterDialog.h"
#include "handover/ShiftPatternDialog.h"
#include "shell/MainWindow.h"
#include "store/EventLog.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

/// Answers the input dialogs the window opens next, in turn (a comment, a password as a signature).
void answerDialogs(QObject* context, QStringList answers)
{
    auto* timer = new QTimer(context);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answers]() mutable {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!ask || answers.isEmpty())
            return;
        ask->setTextValue(answers.takeFirst());
        ask->accept();
        if (answers.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

} // namespace

TEST_CASE("handover at the desk: sign, reject with comments, fix, sign again, accept", "[ui][handover]")
{
    TestStore store;
    const FollowUpFixture f(store); // signed in as the outgoing leader
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // Ctrl+Shift+H opens the window on this shift (well past its first hour), with the live report.
    QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto* hw = w.findChild<HandoverWindow*>();
    REQUIRE(hw);
    REQUIRE(QTest::qWaitForWindowExposed(hw));
    CHECK(hw->shift().start == svc.currentShift().start);
    CHECK(hw->stateLabel()->text() == QStringLiteral("not prepared (live report)"));
    CHECK(hw->view()->toPlainText().contains(QStringLiteral("Carried over (")));
    CHECK_FALSE(hw->signButton()->isEnabled());

    // The outgoing leader writes a note and prepares (the note is kept), then signs.
    typeText(hw->notesEdit(QStringLiteral("carried_over")), QStringLiteral("盗窃案已移交城北派出所，请盯签收"));
    QTest::mouseClick(hw->prepareButton(), Qt::LeftButton);
    REQUIRE(hw->current());
    CHECK(hw->current()->state == HandoverState::Draft);
    CHECK(hw->current()->report()->notes.value(QStringLiteral("carried_over")) == QStringLiteral("盗窃案已移交城北派出所，请盯签收"));
    CHECK(hw->signButton()->isEnabled());
    hw->resize(1400, 900);
    saveShot(*hw, "handover-1-draft.png");
    // Too early in the shift, the signature is refused and said; in its last half hour, the password signs.
    answerDialogs(hw, {QStringLiteral("leader110")});
    QTest::mouseClick(hw->signButton(), Qt::LeftButton);
    CHECK(hw->current()->state == HandoverState::Draft);
    store.clock().set(hw->shift().end.addSecs(-25 * 60));
    answerDialogs(hw, {QStringLiteral("leader110")});
    QTest::mouseClick(hw->signButton(), Qt::LeftButton);
    CHECK(hw->current()->state == HandoverState::Signed);
    CHECK(hw->stateLabel()->text() == QStringLiteral("signed, to accept"));
    CHECK_FALSE(hw->acceptButton()->isEnabled()); // not for the one who signed
    CHECK(hw->notesEdit(QStringLiteral("general"))->isReadOnly());

    // The incoming leader rejects it with comments.
    store.signIn(QStringLiteral("leader2"));
    hw->chooseShift(0);
    REQUIRE(hw->rejectButton()->isEnabled());
    // What is missing, then the password as the signature.
    answerDialogs(hw, {QStringLiteral("调解中的婚姻纠纷没有写明当事人情绪"), QStringLiteral("leader2110")});
    QTest::mouseClick(hw->rejectButton(), Qt::LeftButton);
    CHECK(hw->current()->state == HandoverState::Rejected);

    // Back to the outgoing leader: the comment is shown; a note fixes it; signed again.
    store.signIn(QStringLiteral("leader"));
    hw->chooseShift(0);
    CHECK(hw->findChild<QLabel*>(QStringLiteral("handoverReviews"))->text().contains(QStringLiteral("没有写明当事人情绪")));
    CHECK_FALSE(hw->notesEdit(QStringLiteral("notable"))->isReadOnly());
    typeText(hw->notesEdit(QStringLiteral("notable")), QStringLiteral("婚姻纠纷双方情绪激动，调解员已到场"));
    answerDialogs(hw, {QStringLiteral("leader110")});
    QTest::mouseClick(hw->signButton(), Qt::LeftButton);
    CHECK(hw->current()->state == HandoverState::Signed);

    // The incoming leader accepts: frozen, and the window says so.
    store.signIn(QStringLiteral("leader2"));
    hw->chooseShift(0);
    answerDialogs(hw, {QStringLiteral("leader2110")});
    QTest::mouseClick(hw->acceptButton(), Qt::LeftButton);
    const Handover h = *hw->current();
    CHECK(h.state == HandoverState::Accepted);
    CHECK(h.outgoingUser == QStringLiteral("leader"));
    CHECK(h.incomingUser == QStringLiteral("leader2"));
    CHECK(h.report()->notes.value(QStringLiteral("notable")) == QStringLiteral("婚姻纠纷双方情绪激动，调解员已到场"));
    CHECK_FALSE(hw->prepareButton()->isEnabled());
    CHECK(hw->view()->toPlainText().contains(QStringLiteral("Frozen at acceptance")));
    // The log's anchor at the acceptance, to be kept outside the store.
    const std::optional<EventRecord> accepted =
        EventLog::lastForEntity(store.db().connection(), QStringLiteral("handover"), h.id);
    REQUIRE(accepted.has_value());
    CHECK(hw->view()->toPlainText().contains(
        QStringLiteral("Event log at this signature: %1 %2").arg(accepted->seq).arg(accepted->hash)));
    saveShot(*hw, "handover-2-accepted.png");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handover-accepted.pdf"));
    REQUIRE(hw->exportPdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("incoming")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    hw->close();
}

TEST_CASE("the archive finds a handover by a word of its notes, opens it and compares two shifts", "[ui][handover][archive]")
{
    TestStore store(TestStore::Demo, QStringLiteral("leader"));
    DispatchService& svc = store.service();
    IncidentDraft d;
    d.summary = QStringLiteral("长期未结的邻里纠纷");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    store.signIn(QStringLiteral("dispatcher"));
    REQUIRE(svc.createIncident(d).ok());
    store.signIn(QStringLiteral("leader"));
    const ShiftInstance day = svc.currentShift();
    auto first = svc.prepareHandover(day);
    REQUIRE(first.ok());
    REQUIRE(svc.setHandoverNotes(*first, QStringLiteral("general"), QStringLiteral("人民广场周末活动")).ok());
    // The evening shift: a second handover.
    store.clock().set(day.end.addSecs(7200));
    auto second = svc.prepareHandover(svc.currentShift());
    REQUIRE(second.ok());

    HandoverArchive archive(svc);
    archive.show();
    REQUIRE(QTest::qWaitForWindowExposed(&archive));
    REQUIRE(archive.shown().size() == 2);
    CHECK(archive.shown().first().id == *second); // newest first
    typeText(archive.searchEdit(), QStringLiteral("广场周末"));
    REQUIRE(archive.shown().size() == 1);
    CHECK(archive.shown().first().id == *first);
    CHECK(archive.view()->toPlainText().contains(QStringLiteral("人民广场周末活动")));
    archive.searchEdit()->clear();
    REQUIRE(archive.shown().size() == 2);
    HandoverCompareDialog* compare = archive.compare(0, 1);
    REQUIRE(compare);
    CHECK(compare->comparison().stillOpen.size() == 1);
    CHECK(compare->summary() == QStringLiteral("0 dealt with in between · 1 still open · 0 new"));
    saveShot(*compare, "handover-3-compare.png");
    compare->close();
}

TEST_CASE("the duty roster and the shift pattern from their dialogs", "[ui][handover][roster]")
{
    TestStore store(TestStore::Demo, QStringLiteral("leader"));
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    RosterDialog roster(svc, &w);
    roster.leaderBox()->setCurrentIndex(roster.leaderBox()->findText(QStringLiteral("王建国")));
    REQUIRE(roster.leaderBox()->currentIndex() > 0);
    REQUIRE(roster.setOnDuty(QStringLiteral("dispatcher"), true, QStringLiteral("1 号席")));
    roster.accept();
    CHECK(roster.result() == QDialog::Accepted);
    const QList<RosterEntry> entries = svc.roster(svc.currentShift());
    REQUIRE(entries.size() == 2);
    CHECK(entries.first().duty == QStringLiteral("leader"));
    CHECK(entries.last().desk == QStringLiteral("1 号席"));
    w.tick();
    CHECK(w.statusBar()->findChild<QLabel*>(QStringLiteral("statusShift"))->text().contains(QStringLiteral("leader 王建国")));

    ShiftPatternDialog pattern(svc, &w);
    REQUIRE(pattern.table()->rowCount() == 3);
    pattern.setRows({{QStringLiteral("08:00"), QStringLiteral("白班")}, {QStringLiteral("25:00"), QStringLiteral("夜班")}});
    pattern.accept();
    CHECK(pattern.errorLabel()->text().contains(QStringLiteral("25:00")));
    pattern.setRows({{QStringLiteral("08:00"), QStringLiteral("白班")}, {QStringLiteral("20:00"), QStringLiteral("夜班")}});
    pattern.accept();
    CHECK(pattern.result() == QDialog::Accepted);
    CHECK(svc.currentShift().name == QStringLiteral("白班"));
    CHECK(svc.board().shiftPattern().shifts().size() == 2);
}
