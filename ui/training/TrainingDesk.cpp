// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingDesk.h"

#include "common/AlertSounds.h"
#include "intake/IntakePanel.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/RingingCallsWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>

namespace dispatch::ui {

TrainingDesk::TrainingDesk(DispatchService& service, MainWindow& window)
    : QObject(&window), m_service(service), m_window(window), m_banner(new QLabel(&window)),
      m_calls(new RingingCallsWidget(service, &window)), m_dock(new QDockWidget(tr("Ringing calls (exercise)"), &window))
{
    QString title;
    try {
        title = TrainingRepository::meta(service.database().connection(), QStringLiteral("title"));
    } catch (const DispatchError&) {
    }
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    // Whose desk this is, by name: the trainer watches several at once.
    const QString trainee = service.currentUser() ? service.currentUser()->displayName : QString();
    m_banner->setText(trainee.isEmpty() ? tr("EXERCISE — training store, not live work · %1").arg(title)
                                        : tr("EXERCISE — training store, not live work · %1 · trainee %2").arg(title, trainee));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold; font-size: 14pt; "
                                           "padding: 4px; }"));
    auto* bar = new QToolBar(tr("Exercise"), &window);
    bar->setObjectName(QStringLiteral("trainingBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->addWidget(m_banner);
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    window.addToolBar(Qt::TopToolBarArea, bar);
    window.setWindowTitle(trainee.isEmpty() ? tr("[EXERCISE] %1").arg(window.windowTitle())
                                            : tr("[EXERCISE] %1 — %2").arg(trainee, window.windowTitle()));
    window.setStyleSheet(QStringLiteral("QMainWindow#mainWindow { border: 4px solid #ef6c00; }"));

    m_dock->setObjectName(QStringLiteral("ringingCallsDock"));
    m_dock->setWidget(m_calls);
    // Under the roster's tabs (where the call is then taken): the calls the trainee answers stay in view.
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock, Qt::Vertical);
    window.resizeDocks({m_dock}, {220}, Qt::Vertical);
    m_dock->show();
    m_dock->raise();
    // An exercise's desk opens at the desk's default arrangement and a size that fits the screen (it never takes the
    // live desk's saved layout).
    auto* go = new QAction(tr("Go to ringing calls"), &window);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    window.addAction(go);
    connect(go, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_calls->table()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_calls, &RingingCallsWidget::answered, &m_window, qOverload<const IncidentDraft&>(&MainWindow::openIntake));
    // A call saved (here or, merged, as a further caller) leaves the list at once.
    connect(&service, &DispatchService::incidentsAdded, m_calls, &RingingCallsWidget::tick);
    connect(&service, &DispatchService::incidentsChanged, m_calls, &RingingCallsWidget::tick);
    connect(m_calls, &RingingCallsWidget::refused, this, [this](const QString& why) {
        m_window.statusBar()->showMessage(tr("Not answered: %1").arg(why), 10000);
    });
    connect(m_calls, &RingingCallsWidget::newCalls, this, [this](int n) {
        m_window.statusBar()->showMessage(tr("%n new call(s) ringing (Ctrl+Shift+C)", nullptr, n), 6000);
        m_window.sounds()->play(AlertSounds::NewCall);
    });
}

void TrainingDesk::tick()
{
    m_calls->tick();
}

} // namespace dispatch::ui
