// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "common/AlertSounds.h"
#include "common/WheelGuard.h"
#include "followup/FollowUpWidget.h"
#include "reports/DashboardWidget.h"
#include "followup/FollowUpMenu.h"
#include "handover/ShiftMenu.h"
#include "shell/DeskLock.h"
#include "incident/InterchangeActions.h"
#include "phone/PhoneDesk.h"
#include "training/TrainingDesk.h"
#include "training/TrainingMenu.h"
#include "reports/ReportsMenu.h"

#include "dispatch/DispatchPanel.h"

#include "incident/IncidentDetailPanel.h"
#include "intake/IntakePanel.h"
#include "map/ZonePanel.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/UnitRosterWidget.h"
#include "service/DispatchService.h"
#include "shell/DeskActions.h"
#include "shell/DeskStatusBar.h"
#include "shell/StoreBanner.h"
#include "store/Database.h"
#include "store/ServerWatch.h"

#include <QCloseEvent>
#include <QScreen>
#include <QScrollArea>
#include <QDockWidget>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dispatch::ui {

MainWindow::MainWindow(DispatchService& service, QWidget* parent)
    : QMainWindow(parent),
      m_service(service),
      m_detail(new IncidentDetailPanel(service, this)),
      m_dispatch(new DispatchPanel(service, this)),
      m_zonePanel(new ZonePanel(service, this)),
      m_queue(new IncidentQueueWidget(service, this)),
      m_roster(new UnitRosterWidget(service, this)),
      m_intake(new IntakePanel(service, this)),
      m_statusBar(new DeskStatusBar(service, this)),
      m_dashboard(new DashboardWidget(service, this)),
      m_followUp(new FollowUpWidget(service, this)),
      m_sounds(new AlertSounds(this)),
      m_ticker(new QTimer(this))
{
    WheelGuard::install(); // the wheel scrolls a form; it never changes a field without its focus
    m_queue->setSounds(m_sounds);
    setObjectName(QStringLiteral("mainWindow"));
    const auto& centre = service.board().centre();
    setWindowTitle(centre.demo ? tr("%1 — Dispatcher workstation [DEMO DATA]").arg(centre.name)
                               : tr("%1 — Dispatcher workstation").arg(centre.name));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // The desk at a glance, at 1366 × 768 as at larger sizes: the zone panel down the left, the incident queue across
    // the top of the middle, the selected incident and sending units to it under the queue, and the roster, the call
    // intake, the dashboard and the follow-up lists as tabs down the right. The side docks take the corners, so the
    // queue spans only the middle and the status bar with the clock stays in view.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(QStringLiteral("centreSplitter"));
    middle->setChildrenCollapsible(false);
    middle->addWidget(m_detail);
    middle->addWidget(m_dispatch);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_storeBanner = new StoreBanner(service, central);
    column->addWidget(m_storeBanner);
    if (service.database().isServer()) {
        // A centre's store: another desk's commit wakes this one at once; a lost connection is said and mended.
        m_serverWatch = new ServerWatch(service.database(), service.clock(), this);
        connect(m_serverWatch, &ServerWatch::woken, &service, &DispatchService::catchUp);
        connect(m_serverWatch, &ServerWatch::connectionLost, m_storeBanner, &StoreBanner::showConnectionLost);
        connect(m_serverWatch, &ServerWatch::connectionRestored, this, [this](qint64 lostForMs) {
            m_storeBanner->showConnectionRestored();
            m_statusBar->showMessage(tr("The connection to the store's server is back after %n second(s).", nullptr,
                                        int(lostForMs / 1000)),
                                     8000);
        });
        // A read that fails may be the first sign of a lost server: asked at once rather than at the next check.
        connect(&service, &DispatchService::storeReadFailed, m_serverWatch, [this] {
            if (!m_serverWatch->lostSinceMs())
                m_serverWatch->check();
        });
        m_serverWatch->start();
    }
    column->addWidget(middle, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    m_zoneDock = addDock(QStringLiteral("zonePanelDock"), tr("Zone panel"), m_zonePanel, Qt::LeftDockWidgetArea);
    m_queueDock = addDock(QStringLiteral("incidentQueueDock"), tr("Incident queue"), m_queue, Qt::TopDockWidgetArea);
    m_rosterDock = addDock(QStringLiteral("unitRosterDock"), tr("Unit roster"), m_roster, Qt::RightDockWidgetArea);
    m_intakeDock = addDock(QStringLiteral("intakeDock"), tr("Call intake (F2)"), scrolled(m_intake), Qt::RightDockWidgetArea);
    m_dashboardDock = addDock(QStringLiteral("dashboardDock"), tr("Dashboard (this shift)"), m_dashboard, Qt::RightDockWidgetArea);
    m_followUpDock = addDock(QStringLiteral("followUpDock"), tr("Follow-up"), m_followUp, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_rosterDock, m_intakeDock);
    tabifyDockWidget(m_rosterDock, m_dashboardDock);
    tabifyDockWidget(m_rosterDock, m_followUpDock);
    m_rosterDock->raise();

    m_actions = new DeskActions(service, *this);
    m_actions->populate(menuBar());
    m_interchange = new InterchangeActions(service, *this);
    m_interchange->addTo(m_actions->incidentMenu());
    m_reports = new ReportsMenu(service, *this);
    m_reports->populate(menuBar());
    m_followUpMenu = new FollowUpMenu(service, *this);
    m_followUpMenu->populate(menuBar());
    m_shiftMenu = new ShiftMenu(service, *this);
    m_shiftMenu->populate(menuBar());
    if (centre.training) {
        m_training = new TrainingDesk(service, *this);
    } else {
        auto* training = new TrainingMenu(service, *this);
        training->populate(menuBar());
    }

    connect(m_queue, &IncidentQueueWidget::currentIncidentChanged, this, [this](qint64 id) {
        m_detail->showIncident(id);
        m_dispatch->showIncident(id);
        m_zonePanel->setSelectedIncident(id);
    });
    connect(m_dispatch, &DispatchPanel::recommendedUnitsChanged, m_zonePanel, &ZonePanel::setRecommendedUnits);
    connect(m_dispatch, &DispatchPanel::message, this, [this](const QString& text) {
        m_statusBar->showMessage(text, 8000);
    });
    connect(m_queue, &IncidentQueueWidget::unitsDropped, this, [this](qint64 incidentId, const QList<qint64>& units) {
        selectIncident(incidentId);
        m_dispatch->showIncident(incidentId);
        m_dispatch->dispatchUnits(units);
    });
    connect(m_zonePanel, &ZonePanel::incidentClicked, this, &MainWindow::selectIncident);
    connect(m_zonePanel, &ZonePanel::unitClicked, m_roster, &UnitRosterWidget::selectUnit);
    connect(m_zonePanel, &ZonePanel::zoneClicked, m_queue, &IncidentQueueWidget::setZoneFilter);
    connect(m_intake, &IntakePanel::pickLocationRequested, m_zonePanel, &ZonePanel::setPickingLocation);
    connect(m_zonePanel, &ZonePanel::locationPicked, m_intake, &IntakePanel::setLocation);
    connect(m_zonePanel, &ZonePanel::pickingCancelled, m_intake, &IntakePanel::releasePick);
    connect(m_intake, &IntakePanel::locationChanged, m_zonePanel, &ZonePanel::setIntakeMarker);
    connect(m_intake, &IntakePanel::saved, this, [this](qint64 id) {
        const Incident* i = m_service.board().incident(id);
        m_statusBar->showMessage(i ? tr("Saved %1").arg(i->number) : tr("Saved"), 8000);
        selectIncident(id);
        m_queue->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_intake, &IntakePanel::merged, this, [this](qint64 id) {
        const Incident* i = m_service.board().incident(id);
        m_statusBar->showMessage(i ? tr("The call was added to %1 as a further caller").arg(i->number) : QString(), 8000);
        selectIncident(id);
        m_queue->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_intake, &IntakePanel::closed, this, [this] { m_zonePanel->setPickingLocation(false); });
    connect(m_followUp, &FollowUpWidget::message, this, [this](const QString& text) {
        m_statusBar->showMessage(text, 8000);
    });
    connect(m_followUp, &FollowUpWidget::takeCall, this, &MainWindow::takeCallBack);
    // What is owed is said as soon as a list changes, not only on the next tick.
    connect(m_followUp, &FollowUpWidget::countsChanged, this, [this] {
        m_statusBar->setFollowUp(m_followUp->summary(), m_followUp->overdueTotal() > 0);
    });
    connect(m_roster, &UnitRosterWidget::message, this, [this](const QString& text) {
        m_statusBar->showMessage(text, 8000);
    });

    m_defaultState = saveState(kLayoutVersion);
    // A working size that fits the screen it opens on (a 1366 × 768 desk monitor included).
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    restoreLayout();

    // Left untouched, the desk locks its screen (everything open stays underneath).
    m_lock = new DeskLock(service, *this);
    connect(m_lock, &DeskLock::signOutRequested, this, &MainWindow::signOutRequested);

    // The one tick source of the window: no timer per incident or per unit.
    m_ticker->setInterval(1000);
    m_ticker->setTimerType(Qt::CoarseTimer);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::scrolled(QWidget* content)
{
    // A tall form in a short dock scrolls instead of forcing the whole window taller than the screen.
    auto* area = new QScrollArea(this);
    area->setObjectName(content->objectName() + QStringLiteral("Scroll"));
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void MainWindow::applyDefaultProportions()
{
    // Proportions of the window, whatever its size: the sides about 30 % each, the queue about 40 % of the height.
    const int w = width(), h = height();
    resizeDocks({m_zoneDock, m_rosterDock}, {w * 30 / 100, w * 29 / 100}, Qt::Horizontal);
    resizeDocks({m_queueDock}, {std::max(300, h * 40 / 100)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_proportioned) {
        m_proportioned = true;
        if (!m_restored)
            applyDefaultProportions();
    }
}

QDockWidget* MainWindow::addDock(const QString& objectName, const QString& title, QWidget* content,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::openIntake()
{
    m_intakeDock->show();
    m_intakeDock->raise();
    m_intake->startCall();
}

void MainWindow::openIntake(const IncidentDraft& heard)
{
    m_intakeDock->show();
    m_intakeDock->raise();
    m_intake->startCall(heard);
}

void MainWindow::takeCallBack(const IncidentDraft& draft)
{
    if (m_intake->hasCall()) {
        m_statusBar->showMessage(tr("Save or discard the call being taken first; the call back stays on its list"), 8000);
        return;
    }
    openIntake(draft);
}

PhoneDesk* MainWindow::attachTelephone(const Telephone& telephone)
{
    if (!m_phone && telephone.calls)
        m_phone = new PhoneDesk(m_service, *this, telephone);
    return m_phone;
}

void MainWindow::tick()
{
    m_service.poll();
    if (m_service.currentUser())
        m_service.sweepClocks(); // a breach is stamped once and announced by the queue
    m_intake->tick();
    if (m_phone)
        m_phone->tick();
    m_detail->tick();
    m_queue->tick();
    m_roster->tick();
    m_dispatch->tick();
    m_zonePanel->tick();
    m_dashboard->tick();
    m_followUp->tick();
    if (m_training)
        m_training->tick();
    m_statusBar->setFollowUp(m_followUp->summary(), m_followUp->overdueTotal() > 0);
    m_statusBar->refresh();
    m_lock->tick();
    Q_EMIT ticked();
}

void MainWindow::selectIncident(qint64 incidentId)
{
    m_queue->selectIncident(incidentId);
    m_detail->showIncident(incidentId);
    m_zonePanel->setSelectedIncident(incidentId);
}

void MainWindow::restoreLayout()
{
    if (m_training)
        return;
    QSettings settings;
    // A layout saved by an earlier version of the desk (another arrangement of the docks) is not applied.
    if (restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(), kLayoutVersion)) {
        restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
        m_restored = true;
    }
}

void MainWindow::saveLayout() const
{
    if (m_training)
        return; // an exercise's window never replaces the live desk's layout
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState(kLayoutVersion));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget* d : {m_zoneDock, m_queueDock, m_rosterDock, m_intakeDock})
        d->show();
    applyDefaultProportions();
    m_zonePanel->fitDistrict();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace dispatch::ui
