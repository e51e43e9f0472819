// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Registers an instruction from higher command (上级指令): who issued it, its class, when it was received (the
/// clocks run from there; it may be earlier than now), the text and the incident it concerns, if any. Refusals
/// stay in the dialog with the field named.
class InstructionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstructionDialog)

public:
    explicit InstructionDialog(DispatchService& service, QWidget* parent = nullptr);

    QComboBox* sourceBox() const { return m_source; }
    QComboBox* classBox() const { return m_class; }
    QDateTimeEdit* receivedEdit() const { return m_received; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* incidentBox() const { return m_incident; }
    QLabel* errorLabel() const { return m_error; }
    qint64 instructionId() const { return m_id; }

    void accept() override;

private:
    DispatchService& m_service;
    QComboBox* m_source;
    QComboBox* m_class;
    QDateTimeEdit* m_received;
    QPlainTextEdit* m_text;
    QComboBox* m_incident;
    QLabel* m_error;
    qint64 m_id = 0;
};

} // namespace dispatch::ui
