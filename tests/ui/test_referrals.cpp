// SPDX-License-Identifier: GPL-3.0-or-later
// A declared follow-up list on the desk: the referral (信息流转) opened from the Follow-up menu for the selected
// incident through a form built from its declaration, listed in its own tab with the declared fields as columns,
// changed row by row when another desk refers an incident, noted with Enter, said once when overdue, closed with C.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "followup/DeclaredFollowUpTab.h"
#include "followup/DeclaredItemDialog.h"
#include "followup/FollowUpWidget.h"
#include "followup/OwedTab.h"
#include "queue/IncidentQueueWidget.h"
#include "shell/MainWindow.h"
#include "store/FollowUpItemRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {
constexpr qint64 kHour = 3600 * 1000;
}

TEST_CASE("a referral from the Follow-up menu is listed in its own tab, row by row, said when overdue and closed with C",
          "[ui][followup][referral]")
{
    TestStore store;
    DispatchService& svc = store.service();
    const qint64 incident = takeCall(svc, QStringLiteral("楼上装修噪音，多次协商无果"));
    const QString number = svc.findIncident(incident)->number;

    MainWindow w(svc);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    FollowUpWidget* followUp = w.followUp();
    DeclaredFollowUpTab* tab = followUp->declaredTab(QStringLiteral("referral"));
    REQUIRE(tab);
    CHECK(followUp->tabText(followUp->indexOf(tab)) == QStringLiteral("Referrals (0)"));
    DeclaredListModel* model = tab->listModel();
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Responsible unit"));
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Direction"));
    CHECK(model->headerData(3, Qt::Horizontal).toString() == QStringLiteral("What is referred"));

    // Nothing selected: the menu says what to do first.
    QAction* open = w.findChild<QAction*>(QStringLiteral("actionOpen_referral"));
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    w.queue()->selectIncident(incident);

    // The form keeps a refusal (no unit named), then opens the referral.
    bool sawRefusal = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<DeclaredItemDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->windowTitle().startsWith(number));
        dialog->accept();
        sawRefusal = dialog->isVisible() && dialog->errorLabel()->text().contains(QStringLiteral("responsible unit"));
        typeText(dialog->assigneeBox()->lineEdit(), QStringLiteral("城关镇综治办"));
        auto* direction = qobject_cast<QComboBox*>(dialog->fieldEditor(QStringLiteral("direction")));
        REQUIRE(direction);
        direction->setCurrentIndex(0);
        auto* matter = qobject_cast<QLineEdit*>(dialog->fieldEditor(QStringLiteral("matter")));
        REQUIRE(matter);
        typeText(matter, QStringLiteral("装修扰民纠纷，请镇综治办上门调处"));
        dialog->hoursBox()->setValue(2);
        saveShot(*dialog, "referral-1-dialog.png");
        dialog->accept();
    });
    open->trigger();
    CHECK(sawRefusal);
    REQUIRE(model->rowCount() == 1);
    CHECK(w.statusBar()->currentMessage().contains(number));
    CHECK(followUp->tabText(followUp->indexOf(tab)) == QStringLiteral("Referrals (1)"));
    CHECK(model->index(0, 0).data().toString() == number);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("城关镇综治办"));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Down: a town office or station"));
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("装修扰民纠纷，请镇综治办上门调处"));
    CHECK(model->index(0, model->deadlineColumn()).data().toString().endsWith(QStringLiteral("left")));
    CHECK(model->index(0, model->progressColumn()).data().toString() == QStringLiteral("no progress noted yet"));

    // Another desk refers the incident to a station: one row inserted, one item read, no reset.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const qint64 readBefore = model->itemsRead();
    {
        OtherDesk two(store, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
        REQUIRE(two.service->openFollowUp(QStringLiteral("referral"), incident, QStringLiteral("城北派出所"),
                                          {{QStringLiteral("direction"), QStringLiteral("across")},
                                           {QStringLiteral("matter"), QStringLiteral("涉及治安隐患")}},
                                          two.ownClock.nowMs() + 24 * kHour)
                    .ok());
    }
    svc.refreshIfChangedElsewhere();
    CHECK(model->rowCount() == 2);
    CHECK(resets.isEmpty());
    CHECK(inserted.count() == 1);
    CHECK(model->itemsRead() == readBefore + 1);
    CHECK(model->index(1, 1).data().toString() == QStringLiteral("城北派出所")); // due later: second

    // An item of another declared list (they share one entity) is never listed here.
    FollowUpItem foreign;
    foreign.kind = QStringLiteral("another_list");
    foreign.incidentId = incident;
    foreign.assignee = QStringLiteral("x");
    foreign.openedAtMs = store.clock().nowMs();
    foreign.deadlineMs = store.clock().nowMs() + kHour;
    const qint64 foreignId = FollowUpItemRepository::insert(store.db().connection(), foreign);
    model->apply({foreignId});
    CHECK(model->rowCount() == 2);

    // Enter: a progress note, shown as the latest progress.
    w.followUpDock()->show();
    w.followUpDock()->raise();
    followUp->setCurrentWidget(tab);
    tab->setFocus();
    tab->setCurrentIndex(model->index(0, 0));
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("已电话通知综治办王主任"));
        ask->accept();
    });
    QTest::keyClick(tab, Qt::Key_Return);
    CHECK(model->index(0, model->progressColumn()).data().toString() == QStringLiteral("已电话通知综治办王主任"));

    // Past its deadline it stands out, is counted and is said once.
    store.clock().advanceMs(2 * kHour + 1000);
    w.tick();
    CHECK(followUp->tabText(followUp->indexOf(tab)) == QStringLiteral("Referrals (2, 1 overdue)"));
    CHECK(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("Referrals: 1 past the deadline")));
    CHECK(followUp->summary().contains(QStringLiteral("Referrals: 2 (1 overdue)")));
    const QList<OwedItem> owed = svc.owed();
    CHECK(std::count_if(owed.cbegin(), owed.cend(), [](const OwedItem& o) { return o.kind == QStringLiteral("referral"); }) == 2);
    saveShot(w, "referral-2-desk.png");
    saveShot(*followUp, "referral-3-tab.png");

    // C: the outcome chosen, then what came back; the row leaves the list.
    tab->setCurrentIndex(model->index(0, 0));
    QTimer::singleShot(0, &w, [&] {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(ask->comboBoxItems().at(0)); // Result reported back
        QTimer::singleShot(0, &w, [&] {
            auto* words = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            REQUIRE(words);
            words->setTextValue(QStringLiteral("已上门调处，双方达成协议"));
            words->accept();
        });
        ask->accept();
    });
    QTest::keyClick(tab, Qt::Key_C);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("城北派出所"));
    CHECK(followUp->tabText(followUp->indexOf(tab)) == QStringLiteral("Referrals (1)"));
    const QList<FollowUpItem> left = svc.openFollowUps(QStringLiteral("referral"));
    REQUIRE(left.size() == 1);
    CHECK(left.first().assignee == QStringLiteral("城北派出所"));
}
