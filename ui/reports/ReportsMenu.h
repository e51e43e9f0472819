// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenuBar;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The Reports menu: reports (Ctrl+Shift+R), the warning bulletin (Ctrl+Shift+W) and the import of CAD history.
class ReportsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsMenu)

public:
    ReportsMenu(DispatchService& service, MainWindow& window);
    void populate(QMenuBar* bar);

    void openReports();
    void openBulletin();
    void openHistoryImport();
    void openSiting();

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
