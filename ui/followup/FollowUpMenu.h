// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenuBar;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The Follow-up menu: everything owed (F9), an instruction from higher command (Ctrl+Shift+I), the selected dispute to
/// a mediator (Ctrl+Shift+M) and the repeat ledger's weekly bulletin (Ctrl+Shift+B).
class FollowUpMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpMenu)

public:
    FollowUpMenu(DispatchService& service, MainWindow& window);
    void populate(QMenuBar* bar);

    void showOwed();
    void registerInstruction();
    void referToMediator();
    void openLedgerBulletin();

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
