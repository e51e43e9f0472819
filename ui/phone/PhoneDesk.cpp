// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone/PhoneDesk.h"

#include "common/AlertSounds.h"
#include "common/Palette.h"
#include "cti/CtiListener.h"
#include "cti/RingingCalls.h"
#include "intake/IntakePanel.h"
#include "map/ZonePanel.h"
#include "shell/DeskActions.h"
#include "phone/PhoneCallsWidget.h"
#include "service/DispatchService.h"
#include "util/Clock.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>

namespace dispatch::ui {

PhoneDesk::PhoneDesk(DispatchService& service, MainWindow& window, const Telephone& telephone)
    : QObject(&window), m_service(service), m_window(window), m_telephone(telephone),
      m_calls(new PhoneCallsWidget(service, *telephone.calls, telephone.watchList, &window)),
      m_dock(new QDockWidget(tr("Telephone (F2 answers)"), &window)), m_feed(new QLabel(&window))
{
    m_dock->setObjectName(QStringLiteral("telephoneDock"));
    m_dock->setWidget(m_calls);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    // Under the roster's tabs, where the call is then taken: the ringing calls stay in view while one is typed.
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock, Qt::Vertical);
    window.resizeDocks({m_dock}, {270}, Qt::Vertical);
    m_dock->show();

    m_feed->setObjectName(QStringLiteral("telephoneFeed"));
    window.statusBar()->addPermanentWidget(m_feed);

    // F2 answers the call ringing longest (a call being taken is kept: F2 goes back to it; with nothing ringing it is a
    // new call as before); a blank form while calls ring is Shift+F2 (Incident ▸ New call).
    auto* answer = new QAction(tr("Answer the ringing call"), &window);
    answer->setObjectName(QStringLiteral("actionAnswerCall"));
    answer->setShortcut(QKeySequence(Qt::Key_F2));
    answer->setShortcutContext(Qt::WindowShortcut);
    window.addAction(answer);
    if (QAction* blank = window.deskActions()->newCallAction())
        blank->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    connect(answer, &QAction::triggered, this, [this] {
        if (!answerRinging())
            m_window.openIntake();
    });
    auto* go = new QAction(tr("Go to the telephone"), &window);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    window.addAction(go);
    connect(go, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_calls->ringingTable()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_calls, &PhoneCallsWidget::answered, &m_window, qOverload<const IncidentDraft&>(&MainWindow::openIntake));
    connect(m_calls, &PhoneCallsWidget::located, m_window.zonePanel(), &ZonePanel::setIntakeAccuracy);
    connect(m_calls, &PhoneCallsWidget::takeCallBack, &m_window, &MainWindow::takeCallBack);
    m_calls->setBusyCheck([this]() -> QString {
        return m_window.intake()->hasCall() ? tr("save or discard the call being taken first (it stays ringing)") : QString();
    });
    connect(m_calls, &PhoneCallsWidget::refused, this, [this](const QString& why) {
        m_window.statusBar()->showMessage(tr("Not answered: %1").arg(why), 8000);
    });
    // A new ring sounds once; the status bar says how many ring in all.
    connect(m_calls, &PhoneCallsWidget::newCalls, this, [this] {
        m_window.statusBar()->showMessage(
            tr("%n call(s) ringing: F2 answers", nullptr, m_calls->ringingTable()->rowCount()), 6000);
        m_window.sounds()->play(AlertSounds::NewCall);
    });
    if (CtiListener* feed = m_telephone.listener) {
        connect(feed, &CtiListener::applied, this, &PhoneDesk::record);
        connect(feed, &CtiListener::callChanged, m_calls, &PhoneCallsWidget::refresh);
        connect(feed, &CtiListener::connectionsChanged, this, &PhoneDesk::showFeedState);
        connect(feed, &CtiListener::statsChanged, this, &PhoneDesk::showFeedState);
    }
    showFeedState();
}

void PhoneDesk::record(CtiEventType type, const PhoneCall& call)
{
    // Every desk hearing the switch writes what it heard (the store keeps the first of each fact): the centre's
    // record of its calls and its abandoned calls owed a call back do not depend on one desk being up. A failed write
    // is the facade's banner; the call rings here all the same.
    if (!m_service.recordPhoneEvent(type, call))
        return;
    if (call.state == PhoneCall::State::Abandoned)
        m_telephone.calls->takeAbandoned(call.callId); // its call back is on the centre's list now
}

bool PhoneDesk::answerRinging()
{
    if (m_window.intake()->hasCall())
        return false;
    return m_calls->answer(-1);
}

void PhoneDesk::tick()
{
    // An abandoned call whose write failed (the store was not there) stays in the desk's memory and is written again
    // until the store has it: the call back is never lost with a hiccup of the store.
    for (const PhoneCall& c : m_telephone.calls->abandoned())
        record(CtiEventType::Ended, c);
    m_telephone.calls->forgetEnded(m_service.clock().nowMs(), kKeepEndedMs);
    m_calls->refresh();
    showFeedState();
}

void PhoneDesk::showFeedState()
{
    const CtiListener* feed = m_telephone.listener;
    if (!feed) {
        m_feed->setText(tr("Telephone: recorded calls"));
        m_feed->setStyleSheet(QString());
        return;
    }
    const CtiStats& s = feed->stats();
    const QString counts = tr("%1 events, %2 not understood").arg(s.applied).arg(s.malformed + s.refused);
    m_feed->setToolTip(s.lastProblem.isEmpty() ? counts : counts + u'\n' + tr("Last problem: %1").arg(s.lastProblem));
    if (feed->connectionCount() == 0) {
        m_feed->setText(tr("Telephone: NOT CONNECTED (port %1)").arg(feed->port()));
        m_feed->setStyleSheet(Palette::lateStyle(true));
    } else {
        m_feed->setText(tr("Telephone: connected"));
        m_feed->setStyleSheet(QString());
    }
}

} // namespace dispatch::ui
