// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCharts.h"

#include "common/Palette.h"
#include "domain/Places.h"
#include "domain/Taxonomy.h"
#include "stats/ReportTables.h"

#include <qcustomplot.h>

#include <algorithm>

namespace dispatch::ui {

namespace {

const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kTeal(0x00, 0x89, 0x7b);
const QColor kAmber(0xff, 0x8f, 0x00);
const QColor kGrey(0x54, 0x6e, 0x7a);

QCPBars* bars(QCustomPlot* plot, QCPAxis* key, QCPAxis* value, const QColor& colour)
{
    auto* b = new QCPBars(key, value);
    b->setPen(QPen(colour.darker(130)));
    b->setBrush(colour);
    b->setWidthType(QCPBars::wtPlotCoords);
    b->setWidth(0.7);
    Q_UNUSED(plot);
    return b;
}

void noData(QCustomPlot* plot, const QString& why)
{
    auto* text = new QCPItemText(plot);
    text->setPositionAlignment(Qt::AlignCenter);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(why);
    text->setColor(kGrey);
}

/// Counts have whole-number ticks.
void countAxis(QCPAxis* axis, double top)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    axis->setTicker(ticker);
    axis->setRange(0, std::max(4.0, top * 1.15));
}

} // namespace

QString ReportCharts::title(Chart chart)
{
    switch (chart) {
    case VolumeTrend: return tr("Volume by day");
    case CategoryMix: return tr("Category mix");
    case HourlyLoad: return tr("Hourly load");
    case ResponseDistribution: return tr("Dispatch to on scene, 1/3/5 min");
    case ComplianceByZone: return tr("Arrival in time by zone");
    case ZoneRanking: return tr("Zone ranking");
    }
    return {};
}

QCustomPlot* ReportCharts::makePlot(QWidget* parent, const QString& objectName)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 220);
    plot->setNoAntialiasingOnDrag(true);
    plot->setInteractions(QCP::Interactions());
    plot->setBackground(Qt::white);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString(), QFont(plot->font().family(), 10, QFont::Bold)));
    QFont tick = plot->font();
    tick.setPointSize(8);
    for (QCPAxis* a : {plot->xAxis, plot->yAxis}) {
        a->setTickLabelFont(tick);
        a->setLabelFont(tick);
        a->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0, Qt::DotLine));
    }
    return plot;
}

void ReportCharts::draw(QCustomPlot* plot, Chart chart, const Statistics& s, const QList<Zone>& zones,
                        const QString& language)
{
    plot->clearPlottables();
    plot->clearItems();
    if (auto* heading = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        heading->setText(title(chart));
    for (QCPAxis* a : {plot->xAxis, plot->yAxis}) {
        a->setTicker(QSharedPointer<QCPAxisTicker>::create());
        a->setLabel(QString());
        a->grid()->setVisible(true);
    }
    switch (chart) {
    case VolumeTrend: volumeTrend(plot, s); break;
    case CategoryMix: categoryMix(plot, s, language); break;
    case HourlyLoad: hourlyLoad(plot, s); break;
    case ResponseDistribution: responseDistribution(plot, s); break;
    case ComplianceByZone: complianceByZone(plot, s, zones); break;
    case ZoneRanking: zoneRanking(plot, s, zones); break;
    }
    // The bar charts of counts say so when empty (the others say what they lack themselves).
    if (s.incidents == 0 && (chart == VolumeTrend || chart == HourlyLoad))
        noData(plot, tr("No incidents in the period"));
    plot->replot();
}

void ReportCharts::volumeTrend(QCustomPlot* plot, const Statistics& s)
{
    auto* b = bars(plot, plot->xAxis, plot->yAxis, kBlue);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 1;
    const int step = std::max(1, int(s.daily.size()) / 10);
    for (int i = 0; i < s.daily.size(); ++i) {
        b->addData(i, s.daily[i].second);
        top = std::max(top, double(s.daily[i].second));
        if (i % step == 0)
            ticker->addTick(i, s.daily[i].first.toString(QStringLiteral("MM-dd")));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.7, std::max<qsizetype>(1, s.daily.size()) - 0.3);
    countAxis(plot->yAxis, top);
    plot->yAxis->setLabel(tr("Incidents"));
    // The daily average as a dashed line.
    if (!s.daily.isEmpty()) {
        auto* avg = new QCPItemStraightLine(plot);
        avg->point1->setCoords(0, s.dailyAverage);
        avg->point2->setCoords(1, s.dailyAverage);
        avg->setPen(QPen(kAmber, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.99, s.dailyAverage);
        label->setText(tr("average %1 a day").arg(s.dailyAverage, 0, 'f', 1));
        label->setColor(kAmber.darker(130));
    }
}

void ReportCharts::categoryMix(QCustomPlot* plot, const Statistics& s, const QString& language)
{
    QList<QPair<QString, double>> rows;
    for (auto it = s.byCategory.cbegin(); it != s.byCategory.cend(); ++it)
        rows.append({it.key().isEmpty() ? tr("Not classified") : Taxonomy::builtin().categoryLabel(it.key(), language),
                     double(it.value())});
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    horizontalBars(plot, rows.mid(0, 10), kTeal, tr("Incidents"), 0);
}

void ReportCharts::hourlyLoad(QCustomPlot* plot, const Statistics& s)
{
    auto* b = bars(plot, plot->xAxis, plot->yAxis, kBlue);
    double top = 1;
    for (int h = 0; h < 24; ++h) {
        b->addData(h, s.byHour[size_t(h)]);
        top = std::max(top, double(s.byHour[size_t(h)]));
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int h = 0; h < 24; h += 3)
        ticker->addTick(h, QString::number(h));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.7, 23.7);
    plot->xAxis->setLabel(tr("Hour of day"));
    countAxis(plot->yAxis, top);
    plot->yAxis->setLabel(tr("Incidents"));
}

void ReportCharts::responseDistribution(QCustomPlot* plot, const Statistics& s)
{
    auto* b = bars(plot, plot->xAxis, plot->yAxis, kTeal);
    b->setWidth(Statistics::kHistogramBinSeconds / 60.0 * 0.9);
    double top = 1;
    const int bins = int(s.arrivalHistogram.size());
    for (int i = 0; i < bins; ++i) {
        // Bars sit in the middle of their bin, in minutes; the last bin holds 10 minutes and more.
        const double mid = (i + 0.5) * Statistics::kHistogramBinSeconds / 60.0;
        b->addData(mid, s.arrivalHistogram[size_t(i)]);
        top = std::max(top, double(s.arrivalHistogram[size_t(i)]));
    }
    if (s.dispatchedToOnScene.n == 0)
        noData(plot, tr("No arrival recorded in the period"));
    plot->xAxis->setRange(0, bins * Statistics::kHistogramBinSeconds / 60.0);
    countAxis(plot->yAxis, top * 1.05);
    plot->xAxis->setLabel(tr("Minutes after dispatch (last bar: 10 and more)"));
    plot->yAxis->setLabel(tr("Incidents"));
    const struct
    {
        int minutes;
        double share;
    } marks[] = {{1, s.dispatchedToOnScene.shareWithin60s}, {3, s.dispatchedToOnScene.shareWithin180s},
                 {5, s.dispatchedToOnScene.shareWithin300s}};
    for (const auto& m : marks) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(m.minutes, 0);
        line->point2->setCoords(m.minutes, 1);
        line->setPen(QPen(Palette::late(), 1.5, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(m.minutes + 0.08, 0.02);
        label->setText(s.dispatchedToOnScene.n ? tr("%1 min: %2%").arg(m.minutes).arg(100 * m.share, 0, 'f', 0)
                                               : tr("%1 min").arg(m.minutes));
        label->setColor(Palette::late());
    }
}

void ReportCharts::complianceByZone(QCustomPlot* plot, const Statistics& s, const QList<Zone>& zones)
{
    QList<QPair<QString, double>> rows;
    for (auto it = s.arrivalByZone.cbegin(); it != s.arrivalByZone.cend(); ++it)
        if (it->first > 0)
            rows.append({QStringLiteral("%1 (%2)").arg(ReportTables::zoneName(it.key(), zones)).arg(it->first),
                         100.0 * it->second / it->first});
    // The weakest first: they are the ones to talk about.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    horizontalBars(plot, rows.mid(0, 12), kAmber, tr("Arrivals within the zone's circle (%)"), 100);
}

void ReportCharts::zoneRanking(QCustomPlot* plot, const Statistics& s, const QList<Zone>& zones)
{
    QList<QPair<QString, double>> rows;
    for (auto it = s.byZone.cbegin(); it != s.byZone.cend(); ++it)
        rows.append({ReportTables::zoneName(it.key(), zones), double(it.value())});
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    horizontalBars(plot, rows.mid(0, 12), kBlue, tr("Incidents"), 0);
}

void ReportCharts::horizontalBars(QCustomPlot* plot, const QList<QPair<QString, double>>& rows, const QColor& colour,
                                  const QString& valueLabel, double maxValue)
{
    // Keys run top to bottom: the first row is drawn highest.
    auto* b = bars(plot, plot->yAxis, plot->xAxis, colour);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 1;
    const int n = int(rows.size());
    for (int i = 0; i < n; ++i) {
        const double key = n - i;
        b->addData(key, rows[i].second);
        ticker->addTick(key, rows[i].first);
        top = std::max(top, rows[i].second);
        auto* value = new QCPItemText(plot);
        value->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        value->position->setCoords(rows[i].second, key);
        value->setText(QStringLiteral(" ") + QLocale().toString(rows[i].second, 'f', maxValue == 100 ? 1 : 0));
        QFont f = plot->font();
        f.setPointSize(7);
        value->setFont(f);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.3, std::max(1, n) + 0.7);
    plot->yAxis->grid()->setVisible(false);
    if (maxValue > 0)
        plot->xAxis->setRange(0, maxValue * 1.12);
    else
        countAxis(plot->xAxis, top * 1.03);
    plot->xAxis->setLabel(valueLabel);
    if (rows.isEmpty())
        noData(plot, tr("Nothing measured in the period"));
}

} // namespace dispatch::ui
