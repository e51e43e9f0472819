// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "warnings/ZoneWarnings.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The warning bulletin (预警通报): every zone and category raised above green at a moment, most severe first,
/// with the figures behind each level; exported as PDF for the leaders and as a CAP 1.2 alert for other systems.
class WarningBulletinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningBulletinDialog)

public:
    explicit WarningBulletinDialog(DispatchService& service, QWidget* parent = nullptr);

    /// Computes the bulletin as of this moment (0 = the desk's now).
    void setAsOf(qint64 ms);
    const WarningReport& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }

    Status exportPdf(const QString& path);
    Status exportCap(const QString& path);

Q_SIGNALS:
    void zoneChosen(qint64 zoneId);

private:
    void refresh();

    DispatchService& m_service;
    QDateTimeEdit* m_asOf;
    QLabel* m_counts;
    QLabel* m_status;
    QTableWidget* m_table;
    WarningReport m_report;
};

} // namespace dispatch::ui
