// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Supervision.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Put an item under supervision (督办): who answers for it, the method and the hours to the deadline.
/// Refusals (the role, an item already supervised) stay in the dialog.
class SupervisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionDialog)

public:
    SupervisionDialog(DispatchService& service, SupervisionSubject subject, qint64 subjectId, const QString& what,
                      QWidget* parent = nullptr);

    QLineEdit* ownerEdit() const { return m_owner; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* hoursBox() const { return m_hours; }
    QLabel* errorLabel() const { return m_error; }
    qint64 supervisionId() const { return m_id; }

    void accept() override;

private:
    DispatchService& m_service;
    SupervisionSubject m_subject;
    qint64 m_subjectId;
    QLineEdit* m_owner;
    QComboBox* m_method;
    QSpinBox* m_hours;
    QLabel* m_error;
    qint64 m_id = 0;
};

} // namespace dispatch::ui
