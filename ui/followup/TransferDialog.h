// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Transfer an incident to a police station (移交): the station (the incident's zone's station first) and the
/// reason; the station then signs for it by the policy's deadline. A refusal stays in the dialog.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    TransferDialog(DispatchService& service, qint64 incidentId, QWidget* parent = nullptr);

    QComboBox* stationBox() const { return m_station; }
    QLineEdit* reasonEdit() const { return m_reason; }
    qint64 transferId() const { return m_transferId; }

    void accept() override;

private:
    DispatchService& m_service;
    qint64 m_incidentId;
    QComboBox* m_station;
    QLineEdit* m_reason;
    QLabel* m_error;
    qint64 m_transferId = 0;
};

} // namespace dispatch::ui
