// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/LedgerBulletin.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The weekly bulletin of the repeat-incident ledger (重复警情周通报, "周通报"): a Monday-to-Sunday week (Alt+Left /
/// Alt+Right step through weeks) with the entries opened, still open and closed; exported to A4 PDF and to CSV.
class LedgerBulletinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerBulletinDialog)

public:
    explicit LedgerBulletinDialog(DispatchService& service, QWidget* parent = nullptr);

    const LedgerBulletin& bulletin() const { return m_bulletin; }
    QLabel* periodLabel() const { return m_period; }
    QTextBrowser* view() const { return m_view; }
    void showWeek(const ReportPeriod& week);
    void step(int weeks);
    Status exportPdf(const QString& path);
    Status exportCsv(const QString& path);

private:
    QString title() const;

    DispatchService& m_service;
    LedgerBulletin m_bulletin;
    QLabel* m_period;
    QTextBrowser* m_view;
    QLabel* m_status;
};

} // namespace dispatch::ui
