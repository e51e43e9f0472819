// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The window's actions and menus, with their keyboard shortcuts, kept out of the window class.
class DeskActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskActions)

public:
    DeskActions(DispatchService& service, MainWindow& window);
    void populate(QMenuBar* bar);

    QAction* findAction() const { return m_find; }
    QAction* newCallAction() const { return m_newCall; }
    QAction* muteAction() const { return m_mute; }
    /// The Incident menu (others add their actions to it).
    QMenu* incidentMenu() const { return m_incidentMenu; }

private:
    QAction* make(const QString& text, const QKeySequence& key, const QString& objectName);
    void fillStatusMenu(QMenu* menu);
    void changeIncidentState(qint64 incidentId, int state);
    void fillWorkOrderMenu(QMenu* menu);
    void returnWorkOrder(qint64 workOrderId);
    void chooseTriageRules();
    void showShortcuts();
    void showAbout();

    DispatchService& m_service;
    MainWindow& m_window;
    QAction* m_find = nullptr;
    QAction* m_newCall = nullptr;
    QAction* m_mute = nullptr;
    QMenu* m_incidentMenu = nullptr;
};

} // namespace dispatch::ui
