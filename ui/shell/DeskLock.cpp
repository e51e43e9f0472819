// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskLock.h"

#include "auth/SignInPolicy.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch::ui {

DeskLock::DeskLock(DispatchService& service, MainWindow& window)
    : QWidget(&window), m_service(service), m_window(window), m_who(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_unlock(new QPushButton(tr("&Unlock"), this)), m_signOut(new QPushButton(tr("Sign &out"), this))
{
    setObjectName(QStringLiteral("deskLock"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#deskLock { background: #263238; } QWidget#deskLock QLabel { color: white; }"));
    try {
        m_idleMinutes = SignInPolicy::of(service.database()).idleLockMinutes;
    } catch (const DispatchError&) {
        m_idleMinutes = SignInPolicy::kDefaultIdleLockMinutes;
    }
    auto* title = new QLabel(tr("This desk is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password"));
    m_password->setMaximumWidth(320);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ffab91; }"));
    m_unlock->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    auto* field = new QHBoxLayout;
    field->addStretch(1);
    field->addWidget(m_password, 2);
    field->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addSpacing(12);
    layout->addLayout(field);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(3);
    hide();

    connect(m_unlock, &QPushButton::clicked, this, [this] { unlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { unlock(m_password->text()); });
    connect(m_signOut, &QPushButton::clicked, this, &DeskLock::signOutRequested);
    m_lastActivityMs = m_clock->nowMs();
    // Every key and click on the window is activity; while locked, none reaches anything but this screen.
    qApp->installEventFilter(this);
    window.installEventFilter(this);
}

DeskLock::~DeskLock()
{
    qApp->removeEventFilter(this);
}

bool DeskLock::belongsToWindow(QObject* object) const
{
    for (QObject* o = object; o; o = o->parent())
        if (o == &m_window)
            return true;
    return false;
}

bool DeskLock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Resize)
        setGeometry(m_window.rect());
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
        if (!belongsToWindow(watched))
            break;
        if (!m_locked) {
            m_lastActivityMs = m_clock->nowMs();
            break;
        }
        // Locked: only the lock screen's own controls take input (a dock's floating window included).
        for (QObject* o = watched; o; o = o->parent())
            if (o == this)
                return QWidget::eventFilter(watched, event);
        return true;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void DeskLock::setClock(const Clock& clock)
{
    m_clock = &clock;
    m_lastActivityMs = clock.nowMs();
}

void DeskLock::tick()
{
    if (m_service.board().centre().training)
        return;
    // A modal dialog waits for its answer first: the lock screen could take no key while it is open.
    if (!m_locked && m_service.currentUser() && !QApplication::activeModalWidget()
        && m_clock->nowMs() - m_lastActivityMs >= qint64(m_idleMinutes) * 60 * 1000)
        lock();
}

void DeskLock::lock()
{
    if (m_locked || !m_service.currentUser())
        return;
    m_locked = true;
    const User& u = *m_service.currentUser();
    m_who->setText(tr("%1 (%2) is signed in here; locked at %3 after %n minute(s) untouched. Nothing open was closed; "
                      "the password opens the desk again.",
                      nullptr, m_idleMinutes)
                       .arg(u.displayName, u.username,
                            QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), m_service.board().timeZone()).toString(QStringLiteral("HH:mm"))));
    m_error->clear();
    m_password->clear();
    // The desk's other windows (the trainer console, a floating dock, a report) go out of sight with it, and come back.
    m_hidden.clear();
    for (QWidget* w : m_window.findChildren<QWidget*>())
        if (w != this && w->isWindow() && w->isVisible()) {
            m_hidden.append(w);
            w->hide();
        }
    setGeometry(m_window.rect());
    show();
    raise();
    m_password->setFocus(Qt::OtherFocusReason);
    if (const Status s = m_service.noteScreenLocked(m_idleMinutes); !s)
        m_error->setText(s.errorString());
}

bool DeskLock::unlock(const QString& password)
{
    if (!m_locked)
        return true;
    const Status s = m_service.confirmPassword(password);
    m_password->clear();
    if (!s) {
        m_error->setText(s.errorString());
        return false;
    }
    m_locked = false;
    m_lastActivityMs = m_clock->nowMs();
    hide();
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    return true;
}

} // namespace dispatch::ui
