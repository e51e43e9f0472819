// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Asks for user name and password and signs in through the facade (which records the attempt).
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(DispatchService& service, QWidget* parent = nullptr);
    void setUsername(const QString& username);

    void accept() override;

private:
    DispatchService& m_service;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace dispatch::ui
