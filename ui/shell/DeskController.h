// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "phone/PhoneDesk.h"
#include "shell/MainWindow.h"

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {


/// Runs the desk's session: sign in, the main window, sign out and back to the sign-in dialog.
class DeskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskController)

public:
    explicit DeskController(DispatchService& service, QObject* parent = nullptr);
    ~DeskController() override;

    /// Shows the sign-in dialog; returns false when the user quit instead of signing in.
    bool signIn(const QString& username = {});
    MainWindow* window() const { return m_window; }
    /// The telephone feed every window of the session is connected to.
    void setTelephone(const Telephone& telephone) { m_telephone = telephone; }

Q_SIGNALS:
    /// The window's tick, relayed so that it outlives sign-outs.
    void ticked();

private:
    void signOut();

    DispatchService& m_service;
    QPointer<MainWindow> m_window;
    QString m_lastUser;
    Telephone m_telephone;
};

} // namespace dispatch::ui
