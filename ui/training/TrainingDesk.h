// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QLabel;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;
class RingingCallsWidget;

/// The desk in an exercise (演练): on a training store the window says so unmistakably — an orange banner over the
/// whole width, "EXERCISE" in the title and the status bar — and gains the ringing simulated calls (Ctrl+Shift+C),
/// which open the intake form when answered. Its layout is never saved over the live desk's.
class TrainingDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDesk)

public:
    TrainingDesk(DispatchService& service, MainWindow& window);

    RingingCallsWidget* calls() const { return m_calls; }
    QDockWidget* callsDock() const { return m_dock; }
    QLabel* banner() const { return m_banner; }
    void tick();

private:
    DispatchService& m_service;
    MainWindow& m_window;
    QLabel* m_banner;
    RingingCallsWidget* m_calls;
    QDockWidget* m_dock;
};

} // namespace dispatch::ui
