// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Incident ▸ Correct the place…: a misheard address or a wrong point put right after saving. The zone and circle the
/// new point falls in are shown as it is typed; the correction is an event that keeps the place before and after.
class PlaceCorrectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceCorrectionDialog)

public:
    PlaceCorrectionDialog(DispatchService& service, qint64 incidentId, QWidget* parent = nullptr);

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* locationEdit() const { return m_location; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* zoneLabel() const { return m_zone; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void updateZone();

    DispatchService& m_service;
    qint64 m_incidentId;
    QLineEdit* m_address;
    QLineEdit* m_location;
    QLineEdit* m_reason;
    QLabel* m_zone;
    QLabel* m_error;
};

} // namespace dispatch::ui
