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
/// a mediator (Ctrl+Shift+M), an item of each declared list for the selected incident (its own key, e.g.
/// Ctrl+Shift+O for a referral) and the repeat ledger's weekly bulletin (Ctrl+Shift+B).
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
    /// Opens an item of the declared list `code` for the incident selected in the queue (its dialog); false when
    /// nothing was opened.
    bool openDeclared(const QString& code);

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
