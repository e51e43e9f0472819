// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ShiftPattern.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The duty roster of a shift (值班表): its leader and the dispatchers on duty with their desks, for this shift or
/// the next. Where a roster names the leaders, only they sign the handover.
class RosterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterDialog)

public:
    explicit RosterDialog(DispatchService& service, QWidget* parent = nullptr);

    QComboBox* shiftBox() const { return m_shiftBox; }
    QComboBox* leaderBox() const { return m_leader; }
    QTableWidget* dispatchers() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }
    /// Ticks a dispatcher on duty at a desk (for scripted use).
    bool setOnDuty(const QString& username, bool onDuty, const QString& desk = {});

    void accept() override;

private:
    void load();

    DispatchService& m_service;
    QList<ShiftInstance> m_shifts;
    QComboBox* m_shiftBox;
    QComboBox* m_leader;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace dispatch::ui
