// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ReportPeriod.h"
#include "stats/ReportTables.h"
#include "stats/Statistics.h"
#include "util/Result.h"

#include <QDialog>

#include <array>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

struct ReportDocument;

/// Daily, weekly and monthly reports (日报、周报、月报): the period's summary against the period before, six
/// charts and the tables behind them, exported to PDF (A4, with the charts) and CSV (the tables).
/// Keys: Alt+Left / Alt+Right step to the previous or next period; Ctrl+P exports the PDF.
class ReportsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)

public:
    explicit ReportsWindow(DispatchService& service, QWidget* parent = nullptr);

    void setPeriod(ReportPeriod::Kind kind, const QDate& date);
    const ReportPeriod& period() const { return m_period; }
    const Statistics& statistics() const { return m_current; }
    const Statistics& previousStatistics() const { return m_previous; }
    bool isInProgress() const { return m_inProgress; }
    const QList<ReportTable>& tables() const { return m_tables; }
    QCustomPlot* plot(int chart) const { return m_plots[size_t(chart)]; }

    Status exportPdf(const QString& path);
    Status exportCsv(const QString& path);

private:
    void refresh();
    void step(int direction);
    void choosePdf();
    void chooseCsv();
    ReportDocument document() const;
    QString localTime(qint64 ms) const;

    DispatchService& m_service;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QLabel* m_heading;
    QLabel* m_status;
    QTableWidget* m_summary;
    std::array<QCustomPlot*, 6> m_plots{};
    ReportPeriod m_period;
    Statistics m_current, m_previous;
    QList<ReportTable> m_tables;
    bool m_updating = false;
    bool m_inProgress = false;  ///< the period contains now: read to now
    qint64 m_readTo = 0;        ///< where this period's figures end
    qint64 m_previousTo = 0;    ///< where the comparison's end
};

} // namespace dispatch::ui
