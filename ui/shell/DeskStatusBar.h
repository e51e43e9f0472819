// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Clock, shift, user, desk and the store's nature (demo, training) at the bottom of the window.
class DeskStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskStatusBar)

public:
    explicit DeskStatusBar(DispatchService& service, QWidget* parent = nullptr);
    void refresh();
    /// What is still owed in the follow-up lists ("Owed: 2 callbacks, 1 overdue · …"), red when anything is late.
    void setFollowUp(const QString& summary, bool overdue);
    QString followUpText() const;

private:
    DispatchService& m_service;
    QLabel* m_demo;
    QLabel* m_followUp;
    QLabel* m_user;
    QLabel* m_desk;
    QLabel* m_shift;
    QLabel* m_clock;
};

} // namespace dispatch::ui
