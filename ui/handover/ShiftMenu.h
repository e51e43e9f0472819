// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenuBar;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// The Shift menu: the handover (Ctrl+Shift+H), its archive (Ctrl+Shift+K), a flag for the handover
/// (Ctrl+Shift+F: the selected incident, or free text), the duty roster and the shift pattern.
class ShiftMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftMenu)

public:
    ShiftMenu(DispatchService& service, MainWindow& window);
    void populate(QMenuBar* bar);

    void openHandover();
    void openArchive();
    void flag();
    void editRoster();
    void editPattern();

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
