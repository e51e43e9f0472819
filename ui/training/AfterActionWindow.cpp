// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/AfterActionWindow.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "print/ReportDocument.h"
#include "reports/ReportCharts.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

QTableWidget* tableOf(const ReportTable& t, QWidget* parent, const QString& name)
{
    auto* w = new QTableWidget(int(t.rows.size()), int(t.header.size()), parent);
    w->setObjectName(name);
    w->setHorizontalHeaderLabels(t.header);
    w->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w->setSelectionBehavior(QAbstractItemView::SelectRows);
    w->verticalHeader()->hide();
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows[r].size(); ++c)
            w->setItem(r, c, new QTableWidgetItem(t.rows[r][c]));
    w->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    w->horizontalHeader()->setStretchLastSection(true);
    return w;
}

} // namespace

AfterActionWindow::AfterActionWindow(const AfterActionReport& report, const QList<TrainingSessionRecord>& history,
                                     const QTimeZone& zone, const QString& centre, QWidget* parent)
    : QDialog(parent), m_report(report), m_zone(zone), m_centre(centre), m_score(new QLabel(this)),
      m_dispatchPlot(ReportCharts::makePlot(this, QStringLiteral("afterActionDispatch"))),
      m_progressPlot(ReportCharts::makePlot(this, QStringLiteral("afterActionProgress"))), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("afterAction"));
    setWindowTitle(tr("After-action report: %1").arg(report.title));
    resize(1300, 860);
    m_score->setObjectName(QStringLiteral("afterActionScore"));
    m_score->setText(tr("Score %1 — %2").arg(report.score, 0, 'f', 1).arg(report.trainee));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    auto* formula = new QLabel(AfterActionReport::formula(), this);
    formula->setWordWrap(true);
    formula->setStyleSheet(QStringLiteral("color:#455a64"));
    const QList<ReportTable> tables = report.tables(zone, Labels::language());
    QTableWidget* summary = tableOf(tables.value(0), this, QStringLiteral("afterActionSummary"));
    m_events = tableOf(tables.value(1), this, QStringLiteral("afterActionEvents"));
    drawDispatch(m_dispatchPlot, report);
    drawProgress(m_progressPlot, history);
    m_dispatchPlot->setMinimumHeight(220);
    m_progressPlot->setMinimumHeight(220);

    auto* pdf = new QPushButton(tr("Export P&DF…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the after-action report as PDF"),
                                                          tr("after-action.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const Status s = exportPdf(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_dispatchPlot);
    charts->addWidget(m_progressPlot);
    auto* top = new QHBoxLayout;
    top->addWidget(m_score, 1);
    top->addWidget(pdf);
    top->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(formula);
    layout->addLayout(charts, 2);
    layout->addWidget(summary, 2);
    layout->addWidget(m_events, 3);
    layout->addWidget(m_status);
}

void AfterActionWindow::drawDispatch(QCustomPlot* plot, const AfterActionReport& r)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    auto* rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, tr("Call → dispatch per event (s) against its target")));
    plot->plotLayout()->addElement(1, 0, rect);
    QVector<double> keys, inTime, late, target;
    QVector<QString> labels;
    int k = 0;
    for (const AfterActionEvent& e : r.events) {
        if (!e.policeMatter())
            continue;
        ++k;
        keys << k;
        labels << e.ref;
        const double s = e.dispatchedAtMs ? double(e.dispatchedAtMs - e.ringAtMs) / 1000.0 : 0;
        inTime << (e.dispatchedInTime() ? s : 0);
        late << (e.dispatchedInTime() ? 0 : (e.dispatchedAtMs ? s : double(e.dispatchTargetMs) / 1000.0 * 1.5));
        target << double(e.dispatchTargetMs) / 1000.0;
    }
    auto* ok = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    ok->setData(keys, inTime);
    ok->setBrush(Palette::onTime());
    ok->setName(tr("in time"));
    auto* bad = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    bad->setData(keys, late);
    bad->setBrush(Palette::late());
    bad->setName(tr("late or not sent"));
    bad->moveAbove(ok);
    auto* marks = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    marks->setData(keys, target);
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus, QPen(Qt::black, 2), QBrush(), 12));
    marks->setName(tr("target"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, labels);
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atBottom)->setTickLabelRotation(60);
    rect->axis(QCPAxis::atBottom)->setRange(0, k + 1);
    double top = 60;
    for (double v : late + inTime + target)
        top = std::max(top, v);
    rect->axis(QCPAxis::atLeft)->setRange(0, top * 1.15);
    rect->axis(QCPAxis::atLeft)->setLabel(tr("seconds"));
    plot->replot();
}

void AfterActionWindow::drawProgress(QCustomPlot* plot, const QList<TrainingSessionRecord>& sessions)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    auto* rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, tr("Score session after session")));
    plot->plotLayout()->addElement(1, 0, rect);
    QVector<double> keys, scores;
    QVector<QString> labels;
    for (int i = 0; i < sessions.size(); ++i) {
        keys << i + 1;
        scores << sessions[i].score;
        labels << QDateTime::fromMSecsSinceEpoch(sessions[i].heldAtMs).toString(QStringLiteral("MM-dd"));
    }
    auto* g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setData(keys, scores);
    g->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, labels);
    rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    rect->axis(QCPAxis::atBottom)->setRange(0, std::max<double>(2, sessions.size() + 1));
    rect->axis(QCPAxis::atLeft)->setRange(0, 100);
    rect->axis(QCPAxis::atLeft)->setLabel(tr("score"));
    if (sessions.isEmpty()) {
        auto* text = new QCPItemText(plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(tr("no earlier session"));
    }
    plot->replot();
}

Status AfterActionWindow::exportPdf(const QString& path)
{
    ReportDocument doc;
    doc.title = tr("After-action report: %1").arg(m_report.title);
    doc.centre = m_centre;
    doc.headerLines << m_centre
                    << tr("Trainee(s): %1 · exercise time %2 – %3")
                           .arg(m_report.trainee,
                                QDateTime::fromMSecsSinceEpoch(m_report.startMs, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                QDateTime::fromMSecsSinceEpoch(m_report.endMs, m_zone).toString(QStringLiteral("HH:mm")))
                    << tr("Score %1").arg(m_report.score, 0, 'f', 1) << tr("EXERCISE — not live work");
    doc.note = AfterActionReport::formula();
    doc.charts << qMakePair(tr("Call → dispatch per event"), m_dispatchPlot->toPixmap(900, 520, 2.0).toImage())
               << qMakePair(tr("Score session after session"), m_progressPlot->toPixmap(900, 520, 2.0).toImage());
    doc.tables = m_report.tables(m_zone, Labels::language());
    const Status s = doc.writePdf(path);
    m_status->setText(s ? tr("Saved %1 (%n page(s))", nullptr, doc.pageCount()).arg(path) : s.errorString());
    return s;
}

} // namespace dispatch::ui
