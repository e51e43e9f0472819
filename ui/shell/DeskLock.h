// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

#include "util/Clock.h"

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The desk's idle lock (锁屏): after the centre's idle time without a key or a click on the window, an opaque screen
/// covers the whole desk — nothing of the calls shows, no key or click reaches it — and asks the signed-in user's
/// password. Everything that was open stays as it was underneath (a call half-typed, a selected incident); the
/// password is checked by the facade as at sign-in (five wrong ones lock the account), and the lock and the unlock
/// are events of the session; the desk's other windows (a floating dock, the trainer console) are out of sight while
/// it is locked. A modal dialog open at the time is answered first. "Sign out" hands the desk to someone else. Idleness is wall time (not an exercise's
/// simulated time): a system clock unless a test gives another. An exercise's desk never locks (the trainer watches it).
class DeskLock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskLock)

public:
    DeskLock(DispatchService& service, MainWindow& window);
    ~DeskLock() override;

    bool isLocked() const { return m_locked; }
    /// The clock idleness is measured on (tests give a manual one).
    void setClock(const Clock& clock);
    /// Locks when the window has been untouched for the centre's idle time (the window's tick).
    void tick();
    void lock();
    /// Checks the password; false (the reason shown) when it is refused.
    bool unlock(const QString& password);
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    qint64 lastActivityMs() const { return m_lastActivityMs; }

Q_SIGNALS:
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool belongsToWindow(QObject* object) const;

    DispatchService& m_service;
    MainWindow& m_window;
    QLabel* m_who;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    QList<QPointer<QWidget>> m_hidden; ///< the desk's own windows put out of sight while locked
    bool m_locked = false;
    qint64 m_lastActivityMs = 0;
    int m_idleMinutes = 30;
};

} // namespace dispatch::ui
