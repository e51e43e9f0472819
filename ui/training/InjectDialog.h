// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// An event the trainer adds by hand while the exercise runs: a new call (what the caller says, where, and what it
/// should become), an escalation of a call already made, a unit's breakdown, lost AVL or late arrival, or an
/// instruction from higher command. It happens at the exercise's current time.
class InjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectDialog)

public:
    /// `calls`: the ids of the calls made so far (for an escalation).
    InjectDialog(DispatchService& service, const QStringList& calls, QWidget* parent = nullptr);

    QComboBox* typeBox() const { return m_type; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* zoneBox() const { return m_zone; }
    QComboBox* categoryBox() const { return m_category; }
    QSpinBox* priorityBox() const { return m_priority; }
    QComboBox* divertBox() const { return m_divert; }
    QComboBox* ofBox() const { return m_of; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* unitEventBox() const { return m_unitEvent; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QLabel* errorLabel() const { return m_error; }
    /// The event as filled in (valid once accepted).
    const ScenarioEvent& event() const { return m_event; }

    void accept() override;

private:
    DispatchService& m_service;
    QComboBox* m_type;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_text;
    QComboBox* m_zone;
    QComboBox* m_category;
    QSpinBox* m_priority;
    QComboBox* m_divert;
    QComboBox* m_of;
    QComboBox* m_unit;
    QComboBox* m_unitEvent;
    QSpinBox* m_minutes;
    QLineEdit* m_source;
    QComboBox* m_class;
    QLabel* m_error;
    ScenarioEvent m_event;
};

} // namespace dispatch::ui
