// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Feedback from the scene (反馈): which unit reports, what was found and done, and the disposition.
/// Saved through the facade; a refusal is shown in the dialog and nothing is lost.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    FeedbackDialog(DispatchService& service, qint64 incidentId, QWidget* parent = nullptr);

    QComboBox* unitBox() const { return m_unit; }
    QComboBox* dispositionBox() const { return m_disposition; }
    QPlainTextEdit* resultEdit() const { return m_result; }
    void accept() override;

private:
    DispatchService& m_service;
    qint64 m_incidentId;
    QComboBox* m_unit;
    QComboBox* m_disposition;
    QPlainTextEdit* m_result;
    QLabel* m_error;
};

} // namespace dispatch::ui
