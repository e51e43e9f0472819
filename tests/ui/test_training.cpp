// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer console and the trainee's desk, offscreen: a scenario and a trainee chosen, the exercise started on a
// training store (the desk marked as an exercise), paused and resumed, sped up, jumped to its next event, a call
// answered at the desk from the ringing calls, a breakdown and an escalation injected by hand (the escalation typed in
// the inject dialog), the scored after-action report judging the event by its escalation, and the same training meta
// for an exercise started from the console as for one run headless; on the server, an exercise held in the centre's
// training database that a trainee joins from a desk of their own.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestServer.h"
#include "TestStore.h"
#include "UiHelpers.h"
#include "WaitFor.h"

#include "domain/Taxonomy.h"
#include "intake/IntakePanel.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/TrainingRepository.h"
#include "training/AfterActionWindow.h"
#include "training/ExerciseClock.h"
#include "training/InjectDialog.h"
#include "training/PracticeSwitch.h"
#include "training/RingingCallsWidget.h"
#include "training/TrainerConsole.h"
#include "training/TrainingDesk.h"
#include "training/TrainingRun.h"
#include "training/TrainingSession.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

TEST_CASE("the trainer starts, paces and injects; the trainee answers a ringing call; the report is scored",
          "[ui][training]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    const qint64 liveIncidents = sql::scalar(live.db().connection(), QStringLiteral("SELECT COUNT(*) FROM incidents")).toLongLong();
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path());
    console.show();
    REQUIRE(QTest::qWaitForWindowExposed(&console));
    REQUIRE(console.scenarioList()->count() == 3); // the shipped scenarios
    REQUIRE(console.addScenario(testDataPath(QStringLiteral("scenarios/small.json"))));
    console.scenarioList()->setCurrentRow(3);
    CHECK_FALSE(console.addScenario(testDataPath(QStringLiteral("scenarios/broken.json"))));
    CHECK_FALSE(console.start()); // nobody chosen
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        if (trainees->item(i)->data(Qt::UserRole).toString() == QStringLiteral("dispatcher"))
            trainees->item(i)->setCheckState(Qt::Checked);
    console.seedBox()->setValue(5);
    CHECK(console.locationEdit()->text() == dir.path()); // held in a folder on this PC unless the centre says otherwise
    saveShot(console, "training-0-setup.png");
    REQUIRE(console.start());
    TrainingSession* session = console.session();
    REQUIRE(session);
    CHECK(session->storePath().startsWith(dir.path()));
    REQUIRE(session->desks().size() == 1);
    MainWindow* desk = session->desks().first();
    REQUIRE(QTest::qWaitForWindowExposed(desk));
    REQUIRE(desk->training());
    CHECK(desk->windowTitle().startsWith(QStringLiteral("[EXERCISE]")));
    CHECK(desk->training()->banner()->text().contains(QStringLiteral("Small drill")));
    // The trainer's keys go to the console's window when it is the active one.
    console.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&console));

    // Paused at the start; the next event (the first call at 09:01) is one key away.
    const qint64 start = session->scenario().startMs;
    CHECK(session->pace().isPaused());
    CHECK(session->clock().nowMs() == start);
    QTest::keyClick(&console, Qt::Key_N);
    CHECK(session->clock().nowMs() == start + 60 * 1000);
    CHECK(console.clockLabel()->text() == QStringLiteral("09:01:00"));
    QTest::keyClick(&console, Qt::Key_Space);
    CHECK_FALSE(session->pace().isPaused());
    QTest::keyClick(&console, Qt::Key_5);
    CHECK(session->pace().speed() == 60);
    CHECK(console.statusLabel()->text().contains(QStringLiteral("60×")));
    QTest::keyClick(&console, Qt::Key_Space);
    CHECK(session->pace().isPaused());

    // The trainee's desk rings; Enter answers; the intake form has what the caller says.
    desk->tick();
    RingingCallsWidget* ringing = desk->training()->calls();
    REQUIRE(ringing->ringing().size() == 1);
    ringing->table()->setFocus();
    ringing->table()->setCurrentCell(0, 0);
    QTest::keyClick(ringing->table(), Qt::Key_Return);
    IntakePanel* intake = desk->intake();
    REQUIRE(intake->hasCall());
    CHECK(intake->summaryEdit()->toPlainText().contains(QStringLiteral("烧烤店门口")));
    CHECK(intake->receivedAtMs() == start + 60 * 1000);
    saveShot(*desk, "training-1-desk.png");
    REQUIRE(intake->save());
    session->advance(session->wallMs());
    const QList<TrainingCall> calls = TrainingRepository::calls(session->service().database().connection());
    REQUIRE_FALSE(calls.isEmpty());
    CHECK(calls.first().isAnswered());
    desk->tick();
    CHECK(ringing->ringing().isEmpty());

    // An event injected by hand: a breakdown, at once.
    ScenarioEvent breakdown;
    breakdown.type = ScenarioEvent::Type::Unit;
    breakdown.unit = QStringLiteral("城北01");
    breakdown.unitEvent = ScenarioEvent::UnitEvent::Breakdown;
    REQUIRE(console.inject(breakdown));
    CHECK(session->service().board().unitByCallsign(QStringLiteral("城北01"))->state == UnitState::Busy);

    // An escalation typed in the inject dialog: the fight has become a mass incident.
    InjectDialog inject(session->service(), {QStringLiteral("fight")}, &console);
    inject.typeBox()->setCurrentIndex(1);
    CHECK(inject.ofBox()->isEnabled());
    inject.accept();
    CHECK(inject.errorLabel()->text() == QStringLiteral("Say what the caller says."));
    CHECK(inject.result() != QDialog::Accepted);
    inject.textEdit()->setPlainText(QStringLiteral("烧烤店门口聚了上百人，有人开始砸车了。"));
    inject.categoryBox()->setCurrentIndex(inject.categoryBox()->findData(QStringLiteral("mass_incident")));
    inject.priorityBox()->setValue(1);
    inject.accept();
    REQUIRE(inject.result() == QDialog::Accepted);
    const ScenarioEvent& escalation = inject.event();
    CHECK(escalation.type == ScenarioEvent::Type::Escalation);
    CHECK(escalation.sameEventAs == QStringLiteral("fight"));
    REQUIRE(escalation.truth);
    CHECK(escalation.truth->category == QStringLiteral("mass_incident"));
    REQUIRE(console.inject(escalation));
    desk->tick();
    REQUIRE(ringing->ringing().size() == 1); // it rings on the trainee's desk at once
    CHECK(ringing->ringing().first().escalation);
    // A new non-police call: where it should be diverted is part of the truth the trainer sets.
    InjectDialog call(session->service(), {}, &console);
    CHECK_FALSE(call.divertBox()->isEnabled());
    call.textEdit()->setPlainText(QStringLiteral("小区停电三个小时了，一直没人来修。"));
    call.categoryBox()->setCurrentIndex(call.categoryBox()->findData(QStringLiteral("non_police")));
    CHECK(call.divertBox()->isEnabled());
    call.divertBox()->setCurrentIndex(call.divertBox()->findData(QStringLiteral("power")));
    call.priorityBox()->setValue(4);
    call.accept();
    REQUIRE(call.result() == QDialog::Accepted);
    CHECK(call.event().type == ScenarioEvent::Type::Call);
    REQUIRE(call.event().truth);
    CHECK(call.event().truth->divertTo == QStringLiteral("power"));
    console.resize(1300, 800);
    saveShot(console, "training-2-console.png");

    // The exercise's hour at 60×: one wall minute.
    session->resume();
    session->advance(session->wallMs() + 61 * 1000);
    CHECK(session->clock().nowMs() >= start + 50 * 60 * 1000);

    AfterActionWindow* report = console.finish();
    REQUIRE(report);
    REQUIRE(QTest::qWaitForWindowExposed(report));
    CHECK(report->scoreLabel()->text().startsWith(QStringLiteral("Score ")));
    CHECK(report->eventsTable()->rowCount() == 3);
    // The fight is judged by its escalation's truth: a mass incident, which the desk saved as public order.
    const QString mass = Taxonomy::builtin().categoryLabel(QStringLiteral("mass_incident"), QStringLiteral("en"));
    CHECK(report->eventsTable()->item(0, 2)->text() == mass + QStringLiteral(" P1"));
    CHECK(report->eventsTable()->item(0, 3)->text().endsWith(QStringLiteral("✗")));
    saveShot(*report, "training-3-after-action.png");
    const QString pdf = dir.filePath(QStringLiteral("after-action.pdf"));
    REQUIRE(report->exportPdf(pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("Score = 100")));
    // Nothing of it reached the live store.
    CHECK(sql::scalar(live.db().connection(), QStringLiteral("SELECT COUNT(*) FROM incidents")).toLongLong() == liveIncidents);
}

TEST_CASE("a practice telephone feeds the exercise: a role-player's call rings on the trainee's desk with its number",
          "[ui][training][cti]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path());
    console.show();
    REQUIRE(QTest::qWaitForWindowExposed(&console));
    REQUIRE(console.addScenario(testDataPath(QStringLiteral("scenarios/practice.json"))));
    console.scenarioList()->setCurrentRow(3);
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        if (trainees->item(i)->data(Qt::UserRole).toString() == QStringLiteral("dispatcher"))
            trainees->item(i)->setCheckState(Qt::Checked);
    // An address that is none is refused before anything starts, naming the field.
    console.practiceEdit()->setText(QStringLiteral("the training room"));
    CHECK_FALSE(console.start());
    CHECK(console.findChild<QLabel*>(QStringLiteral("consoleDescription"))->text().contains(QStringLiteral("practice telephone")));
    CHECK_FALSE(console.session());
    quint16 port = 0;
    {
        QTcpServer probe; // a free port for the console to listen on
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    console.practiceEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    REQUIRE(console.start());
    TrainingSession* session = console.session();
    REQUIRE(session->practiceFeed());
    CHECK(console.practiceLabel()->isVisible());
    CHECK(console.practiceLabel()->text().contains(QStringLiteral("NOT CONNECTED (port %1)").arg(port)));
    MainWindow* desk = session->desks().first();
    REQUIRE(QTest::qWaitForWindowExposed(desk));

    // The role-player of the fight calls from the scripted number while the exercise stands at its start.
    QTcpSocket phone;
    phone.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(waitFor([&] { return console.practiceLabel()->text().contains(QStringLiteral("connected (port")); }));
    phone.write(R"({"event":"ringing","call":"R-1","line":"110","number":"13900000001","name":"王先生",)"
                R"("location":{"lat":22.7731,"lon":100.9734,"radius_m":40,"source":"cell"}})"
                "\n");
    REQUIRE(waitFor([&] { return session->practiceSwitch()->scriptedRung() == 1; }));
    CHECK(console.practiceLabel()->text().contains(QStringLiteral("1 scripted and 0 unscripted")));
    saveShot(console, "training-practice-console.png");
    desk->tick();
    RingingCallsWidget* ringing = desk->training()->calls();
    REQUIRE(ringing->ringing().size() == 1);
    CHECK(ringing->ringing().first().phone == QStringLiteral("13900000001"));
    ringing->table()->setFocus();
    ringing->table()->setCurrentCell(0, 0);
    QTest::keyClick(ringing->table(), Qt::Key_Return);
    IntakePanel* intake = desk->intake();
    REQUIRE(intake->hasCall());
    CHECK(intake->phoneEdit()->text() == QStringLiteral("13900000001"));
    CHECK(intake->summaryEdit()->toPlainText().contains(QStringLiteral("烧烤店门口")));
    CHECK(intake->receivedAtMs() == session->scenario().startMs); // it rang at the exercise's time
    saveShot(*desk, "training-practice-desk.png");
}

TEST_CASE("two trainee desks in one process each take their own keys; the console's keys work from any control",
          "[ui][training]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path());
    console.show();
    REQUIRE(QTest::qWaitForWindowExposed(&console));
    REQUIRE(console.addScenario(testDataPath(QStringLiteral("scenarios/small.json"))));
    console.scenarioList()->setCurrentRow(3);
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        trainees->item(i)->setCheckState(Qt::Checked); // 陈静 (dispatcher) and the second demo dispatcher
    REQUIRE(console.start());
    TrainingSession* session = console.session();
    REQUIRE(session->desks().size() == 2);
    MainWindow* first = session->desks().at(0);
    MainWindow* second = session->desks().at(1);
    REQUIRE(QTest::qWaitForWindowExposed(first));
    REQUIRE(QTest::qWaitForWindowExposed(second));

    // Each desk says whose it is, by name.
    const QString firstName = session->trainees().at(0).displayName;
    const QString secondName = session->trainees().at(1).displayName;
    CHECK(first->windowTitle().contains(firstName));
    CHECK(first->training()->banner()->text().contains(firstName));
    CHECK(second->windowTitle().contains(secondName));
    CHECK(console.statusLabel()->text().contains(firstName));

    // F2 on one desk opens that desk's intake only (no ambiguous shortcut between the windows).
    first->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(first));
    QTest::keyClick(first, Qt::Key_F2);
    CHECK(first->intake()->hasCall());
    CHECK_FALSE(second->intake()->hasCall());
    second->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(second));
    QTest::keyClick(second, Qt::Key_F2);
    CHECK(second->intake()->hasCall());

    // The console's pace keys with the focus in a table or on a button.
    auto* incidents = console.findChild<QTableWidget*>(QStringLiteral("consoleIncidents"));
    REQUIRE(incidents);
    console.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&console));
    incidents->setFocus();
    CHECK(session->pace().isPaused());
    QTest::keyClick(incidents, Qt::Key_Space);
    CHECK_FALSE(session->pace().isPaused());
    QTest::keyClick(incidents, Qt::Key_4);
    CHECK(session->pace().speed() == 10);
    auto* pause = console.findChild<QPushButton*>(QStringLiteral("consolePause"));
    pause->setFocus();
    QTest::keyClick(pause, Qt::Key_2);
    CHECK(session->pace().speed() == 2);
    QTest::keyClick(pause, Qt::Key_Space);
    CHECK(session->pace().isPaused());

    // The first call rings on both desks; the first trainee answers it, the second reaches for it a moment later
    // from a list not yet refreshed: refused, naming who answered, and it leaves that list.
    session->jumpToNextEvent();
    first->tick();
    second->tick();
    RingingCallsWidget* firstCalls = first->training()->calls();
    RingingCallsWidget* secondCalls = second->training()->calls();
    REQUIRE(firstCalls->ringing().size() == 1);
    REQUIRE(secondCalls->ringing().size() == 1);
    first->intake()->cancel(false);
    firstCalls->table()->setCurrentCell(0, 0);
    QTest::keyClick(firstCalls->table(), Qt::Key_Return);
    CHECK(first->intake()->summaryEdit()->toPlainText().contains(QStringLiteral("烧烤店门口")));
    secondCalls->table()->setCurrentCell(0, 0);
    QTest::keyClick(secondCalls->table(), Qt::Key_Return);
    CHECK(second->statusBar()->currentMessage()
          == QStringLiteral("Not answered: this call was answered by %1 at desk exercise-%2 at 09:01:00")
                 .arg(firstName, session->trainees().at(0).username));
    CHECK(secondCalls->ringing().isEmpty());
    CHECK_FALSE(second->intake()->summaryEdit()->toPlainText().contains(QStringLiteral("烧烤店门口")));
    first->tick();
    CHECK(firstCalls->ringing().size() == 1); // the taker's until it is saved
}

TEST_CASE("an exercise started from the console and one run headless record the same training meta", "[ui][training]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path());
    REQUIRE(console.addScenario(testDataPath(QStringLiteral("scenarios/small.json"))));
    console.scenarioList()->setCurrentRow(3);
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        if (trainees->item(i)->data(Qt::UserRole).toString() == QStringLiteral("dispatcher"))
            trainees->item(i)->setCheckState(Qt::Checked);
    console.seedBox()->setValue(9);
    REQUIRE(console.start());
    TrainingSession* session = console.session();
    REQUIRE(session);

    SimulationOptions options;
    options.seed = 9;
    const Result<TrainingRunResult> headless =
        TrainingRun::run(session->scenario(), dir.filePath(QStringLiteral("headless.sqlite")), options, session->trainees());
    INFO(headless.errorString().toStdString());
    REQUIRE(headless.ok());
    auto stored = TrainingStore::open(dir.filePath(QStringLiteral("headless.sqlite")));
    REQUIRE(stored.ok());

    const auto meta = [](const QSqlDatabase& db) {
        QStringList rows;
        // The pace is where the exercise's time stands now (for the desks that joined), not its record.
        for (sql::Query q = sql::run(db, QStringLiteral("SELECT key, value FROM training_meta WHERE key <> 'pace' ORDER BY key"));
             q.next();)
            rows << q.value(0).toString() + u'=' + q.value(1).toString();
        return rows;
    };
    const QStringList fromConsole = meta(session->service().database().connection());
    CHECK(fromConsole.size() == 5); // scenario, seed, start, title, trainee
    CHECK(fromConsole.contains(QStringLiteral("seed=9")));
    CHECK(fromConsole.contains(QStringLiteral("trainee=dispatcher")));
    CHECK(meta((*stored)->connection()) == fromConsole);
    // The same calls ring in both.
    const auto rings = [](const QSqlDatabase& db) {
        QStringList out;
        for (const TrainingCall& c : TrainingRepository::calls(db))
            out << QStringLiteral("%1 %2 %3 %4").arg(c.ref).arg(c.ringAtMs).arg(c.sameEventAs, c.truth.category);
        return out;
    };
    CHECK(rings((*stored)->connection()) == rings(session->service().database().connection()));
}

TEST_CASE("the trainer holds the exercise on the server; a trainee joins from a desk of their own and answers a call",
          "[ui][training][server][.]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    const QString training = createServerDatabase();
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path(), training);
    console.resize(1300, 800);
    console.show();
    REQUIRE(QTest::qWaitForWindowExposed(&console));
    CHECK(console.locationEdit()->text() == training);
    REQUIRE(console.addScenario(testDataPath(QStringLiteral("scenarios/small.json"))));
    console.scenarioList()->setCurrentRow(3);
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        if (trainees->item(i)->data(Qt::UserRole).toString() == QStringLiteral("dispatcher"))
            trainees->item(i)->setCheckState(Qt::Checked);
    REQUIRE(console.start());
    TrainingSession* session = console.session();
    CHECK(session->isOnServer());
    CHECK(session->desks().isEmpty()); // nobody's desk opens on the trainer's PC
    CHECK(console.joinEdit()->isVisible());
    CHECK(console.joinEdit()->text().contains(session->storePath()));
    CHECK(console.statusLabel()->text().contains(QStringLiteral("not joined yet")));

    // The trainee's desk at another PC, as `dispatcher --db <address>` opens it: a connection of its own, the
    // exercise's clock, the normal window, the trainee's own password.
    auto opened = TrainingStore::open(session->storePath());
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    SystemClock wall;
    ExerciseClock clock(wall);
    REQUIRE(clock.refresh(db->connection()).ok());
    DispatchService service(*db, clock, QStringLiteral("trainee-pc-1"));
    REQUIRE(service.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
    MainWindow desk(service);
    desk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&desk));
    REQUIRE(desk.training());
    const qint64 start = session->scenario().startMs;
    CHECK(clock.nowMs() == start);
    session->advance(session->wallMs());
    CHECK(console.statusLabel()->text().contains(QStringLiteral("at trainee-pc-1")));

    // The trainer jumps to the first call; the desk's clock follows as soon as it reads the pace, and the call rings.
    session->jumpToNextEvent();
    REQUIRE(clock.refresh(db->connection()).ok());
    CHECK(clock.nowMs() == start + 60 * 1000);
    desk.tick();
    RingingCallsWidget* ringing = desk.training()->calls();
    REQUIRE(ringing->ringing().size() == 1);
    REQUIRE(ringing->answer(0));
    IntakePanel* intake = desk.intake();
    REQUIRE(intake->hasCall());
    CHECK(intake->receivedAtMs() == start + 60 * 1000);
    intake->categoryBox()->setCurrentIndex(intake->categoryBox()->findData(QStringLiteral("public_order")));
    REQUIRE(intake->save());
    CHECK(ringing->ringing().isEmpty()); // saved: off the list before the simulator has linked it
    // The trainer's simulator sees the incident the remote desk saved and links the call to it.
    session->advance(session->wallMs());
    const auto fight = TrainingRepository::call(session->service().database().connection(), QStringLiteral("fight"));
    REQUIRE(fight);
    CHECK(fight->isAnswered());
    CHECK(fight->takenBy == QStringLiteral("dispatcher"));
    CHECK(fight->takenAtDesk == QStringLiteral("trainee-pc-1"));
    saveShot(console, "training-4-console-on-server.png");
    saveShot(desk, "training-5-desk-joined.png");
}
