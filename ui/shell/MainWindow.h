// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMainWindow>

class QDockWidget;
class QTimer;

namespace dispatch {
class DispatchService;
class ServerWatch;
struct IncidentDraft;
}

namespace dispatch::ui {

class AlertSounds;
class DashboardWidget;
class FollowUpMenu;
class ShiftMenu;
class TrainingDesk;
class PhoneDesk;
class InterchangeActions;
struct Telephone;
class DeskLock;
class FollowUpWidget;
class DeskActions;
class ReportsMenu;
class DeskStatusBar;
class StoreBanner;
class IncidentDetailPanel;
class IntakePanel;
class DispatchPanel;
class IncidentQueueWidget;
class UnitRosterWidget;
class ZonePanel;

/// The desk's window: a shell of docks (zone panel, incident queue, unit roster) around the incident
/// detail, with one tick for every clock on screen. Layout and geometry persist between sessions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DispatchService& service, QWidget* parent = nullptr);
    ~MainWindow() override;

    ZonePanel* zonePanel() const { return m_zonePanel; }
    IncidentQueueWidget* queue() const { return m_queue; }
    UnitRosterWidget* roster() const { return m_roster; }
    IncidentDetailPanel* detail() const { return m_detail; }
    DispatchPanel* dispatchPanel() const { return m_dispatch; }
    IntakePanel* intake() const { return m_intake; }
    QDockWidget* intakeDock() const { return m_intakeDock; }
    DeskActions* deskActions() const { return m_actions; }
    AlertSounds* sounds() const { return m_sounds; }
    /// F2: opens the intake dock on a new call (or the one already open).
    void openIntake();
    /// Opens the intake form on a call heard elsewhere (the telephone, a training call), filled with what is known.
    void openIntake(const IncidentDraft& heard);
    /// An abandoned call called back that reached an emergency, taken like a call answered; never over a call being
    /// typed (that one is kept, the status bar says so, and the call back waits on its list).
    void takeCallBack(const IncidentDraft& draft);
    QDockWidget* zoneDock() const { return m_zoneDock; }
    QDockWidget* queueDock() const { return m_queueDock; }
    QDockWidget* rosterDock() const { return m_rosterDock; }
    QDockWidget* dashboardDock() const { return m_dashboardDock; }
    QDockWidget* followUpDock() const { return m_followUpDock; }
    FollowUpWidget* followUp() const { return m_followUp; }
    DashboardWidget* dashboard() const { return m_dashboard; }
    ReportsMenu* reportsMenu() const { return m_reports; }
    FollowUpMenu* followUpMenu() const { return m_followUpMenu; }
    ShiftMenu* shiftMenu() const { return m_shiftMenu; }
    /// Connects the desk to the telephone system's feed (the ringing calls' dock, F2 answering); once.
    PhoneDesk* attachTelephone(const Telephone& telephone);
    /// Incidents handed between centres (EIDO) from the Incident menu.
    InterchangeActions* interchange() const { return m_interchange; }
    /// The telephone's additions when the desk has a feed, else null.
    PhoneDesk* phone() const { return m_phone; }
    /// The exercise's additions when the window runs on a training store, else null.
    TrainingDesk* training() const { return m_training; }
    DeskLock* deskLock() const { return m_lock; }

    /// One tick for the whole window: every countdown, age and the status bar follow it.
    void tick();
    void resetLayout();
    void saveLayout() const;

Q_SIGNALS:
    void signOutRequested();
    /// After each tick: lets feeds that follow the window's clock (AVL replays) advance.
    void ticked();

public:
    /// The arrangement of the docks: a layout saved under another version is not restored.
    static constexpr int kLayoutVersion = 2;

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QDockWidget* addDock(const QString& objectName, const QString& title, QWidget* content, Qt::DockWidgetArea area);
    QWidget* scrolled(QWidget* content);
    void applyDefaultProportions();
    void restoreLayout();
    void selectIncident(qint64 incidentId);

    DispatchService& m_service;
    IncidentDetailPanel* m_detail;
    DispatchPanel* m_dispatch;
    ZonePanel* m_zonePanel;
    IncidentQueueWidget* m_queue;
    UnitRosterWidget* m_roster;
    QDockWidget* m_zoneDock = nullptr;
    QDockWidget* m_queueDock = nullptr;
    QDockWidget* m_rosterDock = nullptr;
    IntakePanel* m_intake;
    QDockWidget* m_intakeDock = nullptr;
    DeskStatusBar* m_statusBar;
    StoreBanner* m_storeBanner = nullptr;
    ServerWatch* m_serverWatch = nullptr; ///< on a server store only
    DeskActions* m_actions;
    DashboardWidget* m_dashboard;
    FollowUpWidget* m_followUp;
    QDockWidget* m_followUpDock = nullptr;
    QDockWidget* m_dashboardDock = nullptr;
    ReportsMenu* m_reports = nullptr;
    FollowUpMenu* m_followUpMenu = nullptr;
    ShiftMenu* m_shiftMenu = nullptr;
    TrainingDesk* m_training = nullptr;
    PhoneDesk* m_phone = nullptr;
    InterchangeActions* m_interchange = nullptr;
    DeskLock* m_lock = nullptr;
    AlertSounds* m_sounds;
    QTimer* m_ticker;
    QByteArray m_defaultState;
    bool m_restored = false;
    bool m_proportioned = false;
};

} // namespace dispatch::ui
