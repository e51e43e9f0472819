// SPDX-License-Identifier: GPL-3.0-or-later
// The desk laid out on a real desk's screen, 1366 × 768 and 1600 × 1000, in English and in Chinese: at least eight queue
// rows with number, priority, status and next deadline without scrolling, the zone panel, the dispatch panel and the
// clock in view, nothing overlapping, and a window that shrinks to the screen. A trainee's desk fits a 1000-pixel
// screen. Pictures of every case are saved when DISPATCH_SHOT_DIR names a folder (they are looked at, not compared).
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "dispatch/DispatchPanel.h"
#include "queue/IncidentQueueModel.h"
#include "queue/IncidentQueueWidget.h"
#include "shell/DeskStatusBar.h"
#include "intake/IntakePanel.h"
#include "shell/MainWindow.h"
#include "training/TrainerConsole.h"
#include "training/TrainingDesk.h"
#include "training/TrainingSession.h"
#include "map/ZonePanel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

/// A shift in progress: a dozen calls across the district, some sent.
void busyShift(TestStore& store)
{
    DispatchService& svc = store.service();
    const QStringList said{QStringLiteral("两人在医院门口打架"), QStringLiteral("电动车被偷了"), QStringLiteral("邻居吵架声音很大"),
                           QStringLiteral("路口两车追尾，有人受伤"), QStringLiteral("老人走失，穿灰色外套"), QStringLiteral("超市有人闹事")};
    for (int k = 0; k < 12; ++k) {
        IncidentDraft d;
        d.summary = said[k % said.size()];
        d.category = k % 3 == 0 ? QStringLiteral("public_order") : k % 3 == 1 ? QStringLiteral("criminal") : QStringLiteral("dispute");
        d.priority = 1 + k % 3;
        d.address = QStringLiteral("茶城大道%1号").arg(10 + k);
        d.position = geo::offsetMetres({22.780, 100.970}, 300.0 * (k % 4) - 450, 260.0 * (k / 4) - 300);
        const auto id = svc.createIncident(d);
        REQUIRE(id.ok());
        if (k % 4 == 0)
            REQUIRE(svc.dispatchRecommended(*id).ok());
        store.clock().advanceMs(20 * 1000);
    }
}

/// The rectangle of `w` in the window's coordinates.
QRect inWindow(const QWidget* w, const QWidget* window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

void checkDesk(MainWindow& w, DispatchService& svc, const QSize& size, const char* name)
{
    w.resize(size);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    w.tick();
    w.queue()->selectIncident(svc.board().activeIncidentIds().first());
    QCoreApplication::processEvents();
    INFO(name);

    // The window shrinks to the screen: nothing forces it taller or wider.
    CHECK(w.minimumSizeHint().width() <= size.width());
    CHECK(w.minimumSizeHint().height() <= size.height() - 60); // a title bar and a task bar still fit
    CHECK(w.size() == size);

    // At least eight queue rows, and number, priority, status and next deadline without scrolling sideways.
    QTableView* queue = w.queue()->view();
    const int rowHeight = queue->verticalHeader()->defaultSectionSize();
    CHECK(queue->viewport()->height() / rowHeight >= 8);
    QHeaderView* header = queue->horizontalHeader();
    for (int column : {int(IncidentQueueModel::Number), int(IncidentQueueModel::Priority), int(IncidentQueueModel::Status),
                       int(IncidentQueueModel::Deadline)}) {
        CHECK(header->sectionViewportPosition(column) >= 0);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= queue->viewport()->width());
    }
    // The announcement's line is kept whether shown or not: rows never move for it.
    CHECK(w.queue()->announcement()->sizePolicy().retainSizeWhenHidden());

    // The zone panel, the dispatch panel with room for candidates, and the clock, all in view.
    const QRect window = w.rect();
    const QRect map = inWindow(w.zonePanel(), &w);
    CHECK(map.width() >= 300);
    CHECK(map.height() >= 300);
    CHECK(window.contains(map));
    const QRect dispatch = inWindow(w.dispatchPanel(), &w);
    CHECK(window.contains(dispatch));
    CHECK(w.dispatchPanel()->candidatesView()->height() >= 3 * 20);
    auto* clock = w.findChild<QLabel*>(QStringLiteral("statusClock"));
    REQUIRE(clock);
    CHECK(clock->isVisible());
    CHECK(window.contains(inWindow(clock, &w)));
    CHECK(window.contains(inWindow(w.statusBar(), &w)));

    // The big pieces never overlap.
    const QList<QPair<const char*, QRect>> pieces{{"map", inWindow(w.zoneDock(), &w)},
                                                  {"queue", inWindow(w.queueDock(), &w)},
                                                  {"centre", inWindow(w.centralWidget(), &w)},
                                                  {"right", inWindow(w.rosterDock(), &w)},
                                                  {"status", inWindow(w.statusBar(), &w)}};
    for (int a = 0; a < pieces.size(); ++a)
        for (int b = a + 1; b < pieces.size(); ++b) {
            INFO(pieces[a].first << " / " << pieces[b].first);
            CHECK_FALSE(pieces[a].second.intersects(pieces[b].second));
        }
    saveShot(w, name);

    // A call taken: the intake form comes forward in the right-hand tabs without squeezing the map.
    QTest::keyClick(&w, Qt::Key_F2);
    QCoreApplication::processEvents();
    CHECK(w.intake()->isVisible());
    CHECK(inWindow(w.zonePanel(), &w).width() >= 300);
    CHECK(inWindow(w.intakeDock(), &w).width() <= size.width() * 36 / 100);
    saveShot(w, (QString::fromLatin1(name).replace(QStringLiteral(".png"), QStringLiteral("-intake.png"))).toLatin1().constData());
}

} // namespace

TEST_CASE("the desk at 1366 × 768 and 1600 × 1000, in English and in Chinese", "[ui][layout]")
{
    QSettings().clear(); // the default arrangement, not one a test saved
    const struct
    {
        QSize size;
        bool chinese;
        const char* name;
    } cases[] = {{{1366, 768}, false, "desk-1366x768-en.png"},
                 {{1600, 1000}, false, "desk-1600x1000-en.png"},
                 {{1366, 768}, true, "desk-1366x768-zh.png"},
                 {{1600, 1000}, true, "desk-1600x1000-zh.png"}};
    for (const auto& c : cases) {
        QTranslator zh;
        if (c.chinese) {
            REQUIRE(zh.load(QStringLiteral(":/i18n/dispatch_zh_CN.qm")));
            QCoreApplication::installTranslator(&zh);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        {
            TestStore store;
            busyShift(store);
            MainWindow w(store.service());
            checkDesk(w, store.service(), c.size, c.name);
        }
        if (c.chinese) {
            QCoreApplication::removeTranslator(&zh);
            QLocale::setDefault(QLocale(QLocale::English));
        }
        QSettings().clear();
    }
}

TEST_CASE("a trainee's desk fits a 1000-pixel screen and shows the exercise banner, the ringing calls and the clock",
          "[ui][layout][training]")
{
    TestStore live(TestStore::Demo, QStringLiteral("trainer"));
    QTemporaryDir dir;
    TrainerConsole console(live.service(), dir.path());
    QListWidget* trainees = console.traineeList();
    for (int i = 0; i < trainees->count(); ++i)
        if (trainees->item(i)->data(Qt::UserRole).toString() == QStringLiteral("dispatcher"))
            trainees->item(i)->setCheckState(Qt::Checked);
    REQUIRE(console.start());
    MainWindow* desk = console.session()->desks().first();
    CHECK(desk->minimumSizeHint().height() <= 1000 - 60);
    CHECK(desk->height() <= 1000);
    desk->resize(1600, 1000 - 60);
    desk->show();
    REQUIRE(QTest::qWaitForWindowExposed(desk));
    QCoreApplication::processEvents();
    CHECK(desk->queue()->isVisible()); // the queue in view beside the ringing calls
    const QRect window = desk->rect();
    CHECK(window.contains(inWindow(desk->training()->banner(), desk)));
    auto* clock = desk->findChild<QLabel*>(QStringLiteral("statusClock"));
    REQUIRE(clock);
    CHECK(window.contains(inWindow(clock, desk)));
    auto* ringing = desk->findChild<QDockWidget*>(QStringLiteral("ringingCallsDock"));
    REQUIRE(ringing);
    CHECK(ringing->isVisible());
    CHECK_FALSE(desk->tabifiedDockWidgets(ringing).contains(desk->rosterDock())); // its own place, not behind a tab
    CHECK(window.contains(inWindow(ringing, desk)));
    CHECK(desk->zonePanel()->isVisible());
    saveShot(*desk, "trainee-desk-1600x940.png");
}
