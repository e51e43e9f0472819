// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace dispatch {
class DeclaredFollowUpKind;
class DispatchService;
}

namespace dispatch::ui {

/// Opens an item of a declared follow-up list for an incident, its form built from the list's declaration: the
/// assignee (the list's earlier assignees offered, the most used first), each declared field (a choice or a line of
/// text) and the deadline in hours. A refusal is shown in the dialog, which stays open.
class DeclaredItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclaredItemDialog)

public:
    DeclaredItemDialog(DispatchService& service, const DeclaredFollowUpKind& kind, qint64 incidentId,
                       const QString& incidentNumber, QWidget* parent = nullptr);

    QComboBox* assigneeBox() const { return m_assignee; }
    /// The editor of the declared field `code` (a QComboBox or a QLineEdit).
    QWidget* fieldEditor(const QString& code) const { return m_fields.value(code); }
    QSpinBox* hoursBox() const { return m_hours; }
    QLabel* errorLabel() const { return m_error; }
    qint64 openedId() const { return m_id; }

    void accept() override;

private:
    DispatchService& m_service;
    const DeclaredFollowUpKind& m_kind;
    qint64 m_incidentId;
    QComboBox* m_assignee;
    QMap<QString, QWidget*> m_fields;
    QSpinBox* m_hours;
    QLabel* m_error;
    qint64 m_id = 0;
};

} // namespace dispatch::ui
