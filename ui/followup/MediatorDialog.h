// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Hands a dispute to a certified mediator (调解): every mediator with its certificate, its validity and its state;
/// one whose certificate has expired cannot be chosen (the reason is shown). "Send to the scene" dispatches the
/// mediator as well (the mediation then starts from the dispatch); otherwise only the mediation is handed over.
class MediatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediatorDialog)

public:
    MediatorDialog(DispatchService& service, qint64 incidentId, QWidget* parent = nullptr);

    QTreeWidget* mediatorList() const { return m_list; }
    QCheckBox* sendBox() const { return m_send; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* errorLabel() const { return m_error; }
    /// Highlights the mediator with this callsign; false if not listed or not selectable.
    bool choose(const QString& callsign);

    void accept() override;

private:
    DispatchService& m_service;
    qint64 m_incidentId;
    QTreeWidget* m_list;
    QCheckBox* m_send;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace dispatch::ui
