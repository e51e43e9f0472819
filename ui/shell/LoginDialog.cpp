// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LoginDialog.h"

#include "common/Palette.h"
#include "service/DispatchService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch::ui {

LoginDialog::LoginDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    const Board& b = service.board();
    setWindowTitle(tr("Sign in — %1").arg(b.centre().name));
    setMinimumWidth(420);

    auto* heading = new QLabel(tr("<b>%1</b><br>Desk: %2").arg(b.centre().name.toHtmlEscaped(), service.desk().toHtmlEscaped()),
                               this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(Palette::lateStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (b.centre().demo) {
        auto* demo = new QLabel(tr("<b>Demo store.</b> Accounts: dispatcher, dispatcher2, leader, leader2, trainer, "
                                   "admin — each password is the user name followed by 110 "
                                   "(for example dispatcher110)."),
                                this);
        demo->setObjectName(QStringLiteral("loginDemoHint"));
        demo->setWordWrap(true);
        demo->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; border: 1px solid #ffb74d; padding: 6px; }"));
        layout->addWidget(demo);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_user->setFocus();
}

void LoginDialog::setUsername(const QString& username)
{
    m_user->setText(username);
    // The cursor goes where the typing starts: the password only when a name is already there.
    (username.trimmed().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::accept()
{
    const auto result = m_service.login(m_user->text(), m_password->text());
    if (!result) {
        m_error->setText(result.errorString());
        m_error->show();
        m_password->clear();
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
