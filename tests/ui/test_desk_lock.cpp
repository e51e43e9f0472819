// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's idle lock, offscreen: untouched for the centre's idle time the desk covers itself and takes no key but
// the password's; a call half-typed is still there after the unlock; a wrong password is refused (and counts towards
// the account's lockout); the lock and the unlock are events of the session.
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "domain/EventKinds.h"
#include "intake/IntakePanel.h"
#include "shell/DeskLock.h"
#include "shell/MainWindow.h"
#include "store/EventLog.h"
#include "util/Clock.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

QStringList sessionKinds(TestStore& s)
{
    QStringList out;
    for (const EventRecord& e : EventLog::range(s.db().connection(), 1, 1000000))
        if (e.entity == QStringLiteral("session"))
            out << e.kind;
    return out;
}

} // namespace

TEST_CASE("a desk left untouched locks its screen; the password opens it with everything as it was", "[ui][lock]")
{
    TestStore s;
    MainWindow window(s.service());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DeskLock* lock = window.deskLock();
    REQUIRE(lock);
    ManualClock idle(1'000'000);
    lock->setClock(idle);

    // A call being typed.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F2);
    IntakePanel* intake = window.intake();
    REQUIRE(intake->hasCall());
    intake->summaryEdit()->setFocus();
    intake->summaryEdit()->insertPlainText(QStringLiteral("两车刮擦"));
    QTest::keyClicks(intake->summaryEdit(), QStringLiteral(" 2 cars"));
    CHECK(intake->summaryEdit()->toPlainText() == QStringLiteral("两车刮擦 2 cars"));

    // 29 minutes untouched: still open; a key starts the count again.
    idle.advanceSecs(29 * 60);
    window.tick();
    CHECK_FALSE(lock->isLocked());
    QTest::keyClick(intake->summaryEdit(), Qt::Key_Space);
    idle.advanceSecs(29 * 60);
    window.tick();
    CHECK_FALSE(lock->isLocked());
    idle.advanceSecs(60);
    window.tick();
    REQUIRE(lock->isLocked());
    CHECK(lock->isVisible());
    CHECK(lock->geometry() == window.rect());
    CHECK(sessionKinds(s).last() == events::kSessionScreenLocked);

    // Locked: keys typed at the call reach nothing.
    const QString before = intake->summaryEdit()->toPlainText();
    QTest::keyClicks(intake->summaryEdit(), QStringLiteral("abc"));
    QTest::keyClick(&window, Qt::Key_F2);
    CHECK(intake->summaryEdit()->toPlainText() == before);
    saveShot(window, "desk-locked.png");

    // A wrong password is refused and recorded; the right one opens the desk as it was.
    QTest::keyClicks(lock->passwordEdit(), QStringLiteral("not-mine-at-all"));
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    CHECK(lock->isLocked());
    CHECK(lock->errorLabel()->text() == QStringLiteral("wrong password"));
    CHECK(sessionKinds(s).last() == events::kSessionLoginFailed);
    QTest::keyClicks(lock->passwordEdit(), QStringLiteral("dispatcher110"));
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
    CHECK_FALSE(lock->isVisible());
    CHECK(intake->hasCall());
    CHECK(intake->summaryEdit()->toPlainText() == before);
    CHECK(sessionKinds(s).last() == events::kSessionScreenUnlocked);
    CHECK(s.service().currentUser()->username == QStringLiteral("dispatcher"));
}

TEST_CASE("the desk's other windows go out of sight while it is locked; a modal dialog is answered first", "[ui][lock]")
{
    TestStore s;
    MainWindow window(s.service());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DeskLock* lock = window.deskLock();
    ManualClock idle(1'000'000);
    lock->setClock(idle);
    auto* other = new QDialog(&window); // a report, the trainer console …
    other->show();
    REQUIRE(QTest::qWaitForWindowExposed(other));

    // A modal question open: the desk waits for its answer before it locks.
    auto* question = new QDialog(&window);
    question->setModal(true);
    question->show();
    idle.advanceSecs(31 * 60);
    window.tick();
    CHECK_FALSE(lock->isLocked());
    question->accept();
    window.tick();
    REQUIRE(lock->isLocked());
    CHECK_FALSE(other->isVisible());
    REQUIRE(lock->unlock(QStringLiteral("dispatcher110")));
    CHECK(other->isVisible());
}

TEST_CASE("five wrong passwords at the lock screen lock the account; the lock screen says until when", "[ui][lock]")
{
    TestStore s;
    MainWindow window(s.service());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DeskLock* lock = window.deskLock();
    lock->lock();
    REQUIRE(lock->isLocked());
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(lock->unlock(QStringLiteral("guess-number-%1").arg(i)));
    CHECK(lock->errorLabel()->text().startsWith(QStringLiteral("this account is locked after 5 failed sign-ins until")));
    CHECK_FALSE(lock->unlock(QStringLiteral("dispatcher110")));
    CHECK(lock->isLocked());
}
