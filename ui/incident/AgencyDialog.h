// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Incident ▸ Linked agencies… (Ctrl+Shift+N): who has been told of the incident besides the police, when, and who at
/// the agency acknowledged; notify one more; record an acknowledgement.
class AgencyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyDialog)

public:
    AgencyDialog(DispatchService& service, qint64 incidentId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* agencyBox() const { return m_agency; }
    QLineEdit* noteEdit() const { return m_note; }
    QLineEdit* byEdit() const { return m_by; }
    QLabel* errorLabel() const { return m_error; }

    bool notifySelected();
    /// The highlighted notification acknowledged by the person in "by".
    bool acknowledgeSelected();

private:
    void refresh();

    DispatchService& m_service;
    qint64 m_incidentId;
    QTableWidget* m_table;
    QComboBox* m_agency;
    QLineEdit* m_note;
    QLineEdit* m_by;
    QLabel* m_error;
};

} // namespace dispatch::ui
