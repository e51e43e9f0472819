// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskController.h"

#include "service/DispatchService.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QTimer>

namespace dispatch::ui {

DeskController::DeskController(DispatchService& service, QObject* parent) : QObject(parent), m_service(service)
{
}

DeskController::~DeskController()
{
    delete m_window;
}

bool DeskController::signIn(const QString& username)
{
    LoginDialog dialog(m_service);
    dialog.setUsername(username.isEmpty() ? m_lastUser : username);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_lastUser = m_service.currentUser() ? m_service.currentUser()->username : QString();
    m_window = new MainWindow(m_service);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &DeskController::signOut, Qt::QueuedConnection);
    connect(m_window, &MainWindow::ticked, this, &DeskController::ticked);
    if (m_telephone.calls)
        m_window->attachTelephone(m_telephone);
    m_window->show();
    // Keyboard-first: the desk takes the keyboard at once (F2 works without a click first).
    m_window->raise();
    m_window->activateWindow();
    return true;
}

void DeskController::signOut()
{
    if (m_window) {
        m_window->saveLayout();
        m_window->hide();
        m_window->deleteLater();
    }
    m_service.logout();
    if (!signIn())
        QApplication::quit();
}

} // namespace dispatch::ui
