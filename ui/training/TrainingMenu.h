// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenuBar;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The Training menu (trainers and shift leaders): the trainer console (Ctrl+Shift+E) and the trainees' progress.
/// Exercises run on training stores of their own under `trainingDir`, beside the record of past sessions.
class TrainingMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingMenu)

public:
    TrainingMenu(DispatchService& service, MainWindow& window);
    void populate(QMenuBar* bar);
    static QString trainingDir();

    void openConsole();
    void openProgress();

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
