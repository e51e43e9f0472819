// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's telephone: ringing calls listed with what the centre knows of each number, F2 answering the longest
// waiting into a filled intake form received at the ring, a call answered elsewhere leaving, an abandoned call owed a
// call back on the centre's list (tried, overdue, taken as an incident), and the feed's state in the status bar.
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"
#include "WaitFor.h"

#include "common/Labels.h"
#include "cti/CtiListener.h"
#include "followup/AbandonedCallTab.h"
#include "followup/FollowUpWidget.h"
#include "intake/IntakePanel.h"
#include "map/ZonePanel.h"
#include "phone/PhoneCallsWidget.h"
#include "phone/PhoneDesk.h"
#include "shell/MainWindow.h"

#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpSocket>
#include <QHash>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

void feed(RingingCalls& calls, const QByteArray& line, qint64 at)
{
    auto e = CtiEvents::parseLine(line);
    REQUIRE(e.ok());
    REQUIRE(calls.apply(*e, at).ok());
}

QString cell(QTableWidget* t, int row, int col)
{
    return t->item(row, col) ? t->item(row, col)->text() : QString();
}

/// A desk of the demo store with a telephone of its own (no switch connection).
struct DeskWithPhone
{
    DeskWithPhone()
    {
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        phone = w.attachTelephone({&calls, nullptr, {}});
    }
    TestStore store;
    RingingCalls calls{QStringLiteral("desk-1")};
    MainWindow w{store.service()};
    PhoneDesk* phone = nullptr;
};

} // namespace

TEST_CASE("the telephone: ringing calls with their history, F2 answers into a filled form received at the ring",
          "[ui][phone]")
{
    TestStore store;
    DispatchService& svc = store.service();
    IncidentDraft earlier;
    earlier.callerPhone = QStringLiteral("13987912345");
    earlier.summary = QStringLiteral("楼上邻居吵架");
    earlier.category = QStringLiteral("dispute");
    earlier.priority = 3;
    const qint64 open = *svc.createIncident(earlier);
    const QString openNumber = svc.board().incident(open)->number;

    RingingCalls calls(QStringLiteral("desk-1"));
    auto watch = WatchList::fromText("# the centre's list\n13800009999, known prank caller\n", QStringLiteral("watch.csv"));
    REQUIRE(watch.ok());
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    PhoneDesk* phone = w.attachTelephone({&calls, nullptr, *watch});
    REQUIRE(phone);
    CHECK(phone->feedLabel()->text() == QStringLiteral("Telephone: recorded calls"));

    const qint64 ring = store.clock().nowMs();
    feed(calls, R"({"event":"ringing","call":"C1","line":"110","number":"+8613987912345",
                    "location":{"lat":22.7801,"lon":100.9702,"radius_m":25,"source":"gps"}})", ring);
    store.clock().advanceMs(3000);
    feed(calls, R"({"event":"ringing","call":"C2","line":"110","number":"13800009999"})", store.clock().nowMs());
    store.clock().advanceMs(9000);
    w.tick();
    QTableWidget* ringing = phone->calls()->ringingTable();
    REQUIRE(ringing->rowCount() == 2);
    CHECK(cell(ringing, 0, 0) == Labels::duration(12000)); // the longest waiting first
    CHECK(cell(ringing, 0, 2) == QStringLiteral("+8613987912345"));
    CHECK(ringing->item(0, 2)->toolTip().contains(QStringLiteral("± 25 m (gps)")));
    CHECK(cell(ringing, 0, 3).contains(QStringLiteral("open incident %1").arg(openNumber)));
    CHECK(cell(ringing, 0, 3).contains(PhoneCallsWidget::tr("%n call(s) in 30 days, last %1", nullptr, 1).arg(openNumber)));
    CHECK(cell(ringing, 1, 3) == QStringLiteral("ON THE WATCH LIST: known prank caller"));

    // F2 answers the longest waiting: the form opens with line, number and place, received when it rang.
    QTest::keyClick(&w, Qt::Key_F2);
    IntakePanel* intake = w.intake();
    REQUIRE(intake->hasCall());
    CHECK(intake->phoneEdit()->text() == QStringLiteral("+8613987912345"));
    CHECK(intake->receivedAtMs() == ring);
    REQUIRE(intake->location());
    CHECK(intake->location()->lat == Approx(22.7801));
    // The network's accuracy drawn around it on the map, to scale (scene units are metres).
    QGraphicsItem* circle = w.zonePanel()->intakeAccuracy();
    REQUIRE(circle);
    CHECK(circle->boundingRect().width() == Approx(50.0).margin(2.0));
    CHECK(circle->toolTip().contains(Labels::distance(25)));
    CHECK(calls.call(QStringLiteral("C1"))->state == PhoneCall::State::AnsweredHere);
    CHECK(ringing->rowCount() == 1);

    // While a call is being taken F2 goes back to it: the other call keeps ringing.
    QTest::keyClick(&w, Qt::Key_F2);
    CHECK(intake->phoneEdit()->text() == QStringLiteral("+8613987912345"));
    CHECK(calls.call(QStringLiteral("C2"))->state == PhoneCall::State::Ringing);
    CHECK_FALSE(phone->answerRinging());

    // Answered at another desk: it leaves the list.
    feed(calls, R"({"event":"answered","call":"C2","desk":"desk-2"})", store.clock().nowMs());
    w.tick();
    CHECK(ringing->rowCount() == 0);
}

TEST_CASE("the telephone: an abandoned call is owed a call back; reached with an emergency, it is taken as an incident",
          "[ui][phone]")
{
    TestStore store;
    DispatchService& svc = store.service();
    RingingCalls calls(QStringLiteral("desk-1"));
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    PhoneDesk* phone = w.attachTelephone({&calls, nullptr, {}});
    const auto heard = [&](const QByteArray& line) {
        const CtiEvent e = *CtiEvents::parseLine(line);
        REQUIRE(calls.apply(e, store.clock().nowMs()).ok());
        phone->record(e.type, *calls.call(e.callId)); // as the feed's listener does
    };
    const qint64 ring = store.clock().nowMs();
    heard(R"({"event":"ringing","call":"C3","line":"119","number":"13600001111",
              "location":{"lat":22.7801,"lon":100.9702,"radius_m":60,"source":"cell"}})");
    store.clock().advanceMs(7000);
    heard(R"({"event":"ended","call":"C3","outcome":"abandoned"})");
    w.tick();

    // On the telephone and in Follow-up ▸ Abandoned calls: the centre's list, from the store.
    AbandonedCallTab* owed = phone->calls()->abandonedTable();
    REQUIRE(owed->model()->rowCount() == 1);
    const auto text = [&](int col) { return owed->model()->index(0, col).data().toString(); };
    CHECK(text(AbandonedCallListModel::Number) == QStringLiteral("13600001111"));
    CHECK(text(AbandonedCallListModel::Waited) == Labels::duration(7000));
    CHECK(text(AbandonedCallListModel::Place).contains(Labels::distance(60)));
    CHECK(w.followUp()->abandonedCallsView()->model()->rowCount() == 1);
    QLabel* heading = phone->calls()->findChild<QLabel*>(QStringLiteral("phoneAbandonedHeading"));
    CHECK(heading->text() == PhoneCallsWidget::tr("%n abandoned call(s): call back", nullptr, 1));
    CHECK(calls.abandoned().isEmpty()); // the desk's memory hands it to the store
    // A call whose write the store missed (it was away) stays in the desk's memory and is written on the next tick.
    for (const QByteArray& line : {QByteArray(R"({"event":"ringing","call":"C4","line":"110","number":"13600004444"})"),
                                   QByteArray(R"({"event":"ended","call":"C4","outcome":"abandoned"})")})
        REQUIRE(calls.apply(*CtiEvents::parseLine(line), store.clock().nowMs()).ok());
    CHECK(owed->model()->rowCount() == 1);
    w.tick();
    CHECK(owed->model()->rowCount() == 2);
    CHECK(calls.abandoned().isEmpty());

    // Tried, nobody answered: the try counts and it stays owed.
    REQUIRE(phone->calls()->notReachedButton()->isVisible());
    QTest::mouseClick(phone->calls()->notReachedButton(), Qt::LeftButton);
    REQUIRE(owed->model()->rowCount() == 2);
    CHECK(text(AbandonedCallListModel::Tries) == AbandonedCallListModel::tr("%1 of %2").arg(1).arg(3));

    // Past the policy's five minutes it is overdue, said on the list.
    store.clock().advanceMs(6 * 60 * 1000);
    svc.sweepClocks();
    w.tick();
    CHECK(text(AbandonedCallListModel::Due).startsWith(QStringLiteral("overdue by")));
    CHECK(heading->text() == PhoneCallsWidget::tr("%n abandoned call(s): call back (%1 overdue)", nullptr, 2).arg(2));

    // Reached, an emergency: the call is taken on the intake form, received at its first ring; saving it closes the
    // call back as taken into the incident.
    const qint64 owedId = owed->listModel()->idAt(0);
    QTest::mouseClick(phone->calls()->takeCallButton(), Qt::LeftButton);
    IntakePanel* intake = w.intake();
    REQUIRE(intake->hasCall());
    CHECK(intake->phoneEdit()->text() == QStringLiteral("13600001111"));
    CHECK(intake->receivedAtMs() == ring);
    intake->summaryEdit()->setPlainText(QStringLiteral("回拨接通：家中老人摔倒，需要帮助"));
    REQUIRE(intake->save());
    CHECK(owed->model()->rowCount() == 1); // C4 is still owed
    CHECK(text(AbandonedCallListModel::Number) == QStringLiteral("13600004444"));
    const ReadOne<CallRecord> done = svc.findPhoneCall(owedId);
    REQUIRE(done);
    CHECK(done->outcome == CallBackOutcome::Incident);
    REQUIRE(done->incidentId);
    CHECK(svc.board().incident(done->incidentId)->callerPhone == QStringLiteral("13600001111"));
}

TEST_CASE_METHOD(DeskWithPhone, "the telephone: F2 answers a ringing call, Shift+F2 opens a blank form, a withheld number has no history",
          "[ui][phone]")
{
    feed(calls, R"({"event":"ringing","call":"W1","line":"110","number":""})", store.clock().nowMs());
    w.tick();
    CHECK(cell(phone->calls()->ringingTable(), 0, 3) == QStringLiteral("no number: no history"));
    QTest::keyClick(&w, Qt::Key_F2, Qt::ShiftModifier);
    REQUIRE(w.intake()->hasCall());
    CHECK(w.intake()->phoneEdit()->text().isEmpty());
    CHECK(calls.call(QStringLiteral("W1"))->state == PhoneCall::State::Ringing);
}

TEST_CASE_METHOD(DeskWithPhone, "the telephone: no two of the desk's keys are the same; Ctrl+Shift+T goes to the telephone", "[ui][phone]")
{
    // Two actions of one window with one key: Qt calls it ambiguous and neither runs. (Keys of one widget, the
    // dispatch list's A, E, R, are that widget's alone.)
    QHash<QString, QString> taken;
    for (const QAction* a : w.findChildren<QAction*>()) {
        if (a->shortcutContext() != Qt::WindowShortcut)
            continue;
        for (const QKeySequence& key : a->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            INFO(k.toStdString() << ": " << a->text().toStdString() << " and " << taken.value(k).toStdString());
            CHECK_FALSE(taken.contains(k));
            taken.insert(k, a->text());
        }
    }
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.intake()->setFocus();
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(phone->calls()->ringingTable()->hasFocus());
}

TEST_CASE("the telephone: the status bar says when the switch is not connected", "[ui][phone]")
{
    TestStore store;
    RingingCalls calls(QStringLiteral("desk-1"));
    CtiListener listener(calls, store.clock());
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0).ok());
    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    PhoneDesk* phone = w.attachTelephone({&calls, &listener, {}});
    CHECK(phone->feedLabel()->text().startsWith(QStringLiteral("Telephone: NOT CONNECTED")));

    QTcpSocket sw;
    sw.connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(waitFor([&] { return phone->feedLabel()->text() == QStringLiteral("Telephone: connected"); }));
    sw.write(R"({"event":"ringing","call":"C9","line":"110","number":"13500000000"})" "\n" "garbage\n");
    REQUIRE(waitFor([&] { return phone->calls()->ringingTable()->rowCount() == 1; }));
    CHECK(phone->feedLabel()->toolTip().contains(QStringLiteral("1 events, 1 not understood")));
    sw.disconnectFromHost();
    REQUIRE(waitFor([&] { return phone->feedLabel()->text().startsWith(QStringLiteral("Telephone: NOT CONNECTED")); }));
}

TEST_CASE("the telephone: with a map loaded, an answered call's place comes with the nearest address or place",
          "[ui][phone][map]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(store.service().importMap(testDataPath(QStringLiteral("map/demo-streets.osm"))).ok());
    store.signIn(QStringLiteral("dispatcher"));
    RingingCalls calls(QStringLiteral("desk-1"));
    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    PhoneDesk* phone = w.attachTelephone({&calls, nullptr, {}});
    // 思茅第一小学 (a point of interest of the test map) lies 87 m from where the network places the caller.
    feed(calls, R"({"event":"ringing","call":"M1","line":"110","number":"13700007777",
                    "location":{"lat":22.7801,"lon":100.9702,"radius_m":30,"source":"gps"}})", store.clock().nowMs());
    w.tick();
    REQUIRE(phone->answerRinging());
    CHECK(w.intake()->addressEdit()->text() == PhoneCallsWidget::tr("near %1").arg(QStringLiteral("思茅第一小学")));
    // Far from every place of the map: no suggestion.
    REQUIRE(w.intake()->cancel(false));
    feed(calls, R"({"event":"ringing","call":"M2","line":"110","number":"13700008888",
                    "location":{"lat":22.70,"lon":100.90,"radius_m":30,"source":"gps"}})", store.clock().nowMs());
    w.tick();
    REQUIRE(phone->answerRinging());
    CHECK(w.intake()->addressEdit()->text().isEmpty());
}
