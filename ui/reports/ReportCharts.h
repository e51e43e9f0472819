// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ReportPeriod.h"
#include "stats/Statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCustomPlot;

namespace dispatch {
struct Zone;
}

namespace dispatch::ui {

/// The report's charts, drawn into a QCustomPlot from a period's statistics. The same functions draw the
/// reports window, its PDF and the dashboard, so a chart means the same thing wherever it is read.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::ReportCharts)

public:
    enum Chart { VolumeTrend, CategoryMix, HourlyLoad, ResponseDistribution, ComplianceByZone, ZoneRanking };
    static constexpr int kChartCount = 6;

    static QString title(Chart chart);
    /// Clears the plot and draws the chart. `zones` names the zones; `language` the categories.
    static void draw(QCustomPlot* plot, Chart chart, const Statistics& stats, const QList<Zone>& zones,
                     const QString& language);
    /// A plot styled for the desk (fonts, no interaction); owned by `parent`.
    static QCustomPlot* makePlot(QWidget* parent, const QString& objectName);

private:
    static void volumeTrend(QCustomPlot* plot, const Statistics& s);
    static void categoryMix(QCustomPlot* plot, const Statistics& s, const QString& language);
    static void hourlyLoad(QCustomPlot* plot, const Statistics& s);
    static void responseDistribution(QCustomPlot* plot, const Statistics& s);
    static void complianceByZone(QCustomPlot* plot, const Statistics& s, const QList<Zone>& zones);
    static void zoneRanking(QCustomPlot* plot, const Statistics& s, const QList<Zone>& zones);
    static void horizontalBars(QCustomPlot* plot, const QList<QPair<QString, double>>& rows, const QColor& colour,
                               const QString& valueLabel, double maxValue);
};

} // namespace dispatch::ui
