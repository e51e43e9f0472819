// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The shift change for units (上下勤): every unit with a tick for "on duty this shift"; the dispatcher
/// ticks the units of the incoming shift, by hand or a station at a time, and saves the whole change at
/// once through the facade. A unit on an incident stays on duty until it is cleared and cannot be unticked.
class ShiftDutyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftDutyDialog)

public:
    explicit ShiftDutyDialog(DispatchService& service, QWidget* parent = nullptr);

    enum Column { OnDuty, Callsign, Type, Station, StatusNow, Note, ColumnCount };

    QTableWidget* table() const { return m_table; }
    QComboBox* stationBox() const { return m_station; }
    QLabel* summaryLabel() const { return m_summary; }
    /// Ticks or unticks every unit shown (the station filter), committed units excepted.
    void setShownOnDuty(bool onDuty);
    /// The row of a unit, -1 if none.
    int rowOf(qint64 unitId) const;
    void accept() override;

private:
    void fill();
    void filterStation();
    void updateSummary();

    DispatchService& m_service;
    QTableWidget* m_table;
    QComboBox* m_station;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_save = nullptr;
    QString m_shiftName;
    QHash<qint64, bool> m_wasOnDuty;
};

} // namespace dispatch::ui
