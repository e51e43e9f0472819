// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The centre's shift pattern: each shift's start (HH:mm) and name, e.g. three shifts at 08:00, 16:00 and 00:00 or
/// two at 08:00 and 20:00. A shift ends where the next begins.
class ShiftPatternDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftPatternDialog)

public:
    explicit ShiftPatternDialog(DispatchService& service, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }
    void setRows(const QList<QPair<QString, QString>>& rows); ///< start, name

    void accept() override;

private:
    DispatchService& m_service;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace dispatch::ui
