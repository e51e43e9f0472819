// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsWindow.h"

#include "reports/ReportCharts.h"
#include "print/ReportDocument.h"
#include "service/DispatchService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dispatch::ui {

ReportsWindow::ReportsWindow(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_kind(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_heading(new QLabel(this)),
      m_status(new QLabel(this)),
      m_summary(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1500, 940);

    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (auto k : {ReportPeriod::Kind::Day, ReportPeriod::Kind::Week, ReportPeriod::Kind::Month})
        m_kind->addItem(ReportPeriod::kindLabel(k), int(k));
    m_kind->setCurrentIndex(2);
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), service.board().timeZone());
    m_date->setDate(now.date());
    auto* prev = new QToolButton(this);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous period (Alt+Left)"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next period (Alt+Right)"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* close = new QPushButton(tr("Close"), this);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("reportHeading"));

    auto* bar = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Report:"), this);
    kindLabel->setBuddy(m_kind);
    auto* dateLabel = new QLabel(tr("&Day in the period:"), this);
    dateLabel->setBuddy(m_date);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(m_heading, 1);
    bar->addWidget(pdf);
    bar->addWidget(csv);
    bar->addWidget(close);

    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->verticalHeader()->hide();
    m_summary->setAlternatingRowColors(true);

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < ReportCharts::kChartCount; ++c) {
        m_plots[size_t(c)] = ReportCharts::makePlot(charts, QStringLiteral("reportChart%1").arg(c));
        m_plots[size_t(c)]->setMinimumHeight(260);
        grid->addWidget(m_plots[size_t(c)], c / 2, c % 2);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_summary);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 1050});

    m_status->setObjectName(QStringLiteral("reportStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsWindow::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsWindow::refresh);
    connect(prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this, [this] { step(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this), &QShortcut::activated, this, [this] { step(+1); });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &ReportsWindow::choosePdf);
    connect(pdf, &QPushButton::clicked, this, &ReportsWindow::choosePdf);
    connect(csv, &QPushButton::clicked, this, &ReportsWindow::chooseCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
}

void ReportsWindow::setPeriod(ReportPeriod::Kind kind, const QDate& date)
{
    m_updating = true;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_date->setDate(date);
    m_updating = false;
    refresh();
}

void ReportsWindow::step(int direction)
{
    const QTimeZone zone = m_service.board().timeZone();
    m_date->setDate((direction < 0 ? m_period.previous(zone) : m_period.next(zone)).first);
}

void ReportsWindow::refresh()
{
    if (m_updating)
        return;
    const QTimeZone zone = m_service.board().timeZone();
    m_period = ReportPeriod::containing(ReportPeriod::Kind(m_kind->currentData().toInt()), m_date->date(), zone);
    const ReportPeriod before = m_period.previous(zone);
    // A period still running is read to now and set against the same span of the period before (month to
    // date against the previous month to the same day and hour), so averages and changes compare like with like.
    const qint64 nowMs = m_service.clock().nowMs();
    m_inProgress = nowMs >= m_period.fromMs && nowMs < m_period.toMs;
    StatsQuery q;
    q.fromMs = m_period.fromMs;
    q.toMs = m_inProgress ? nowMs : m_period.toMs;
    StatsQuery p;
    p.fromMs = before.fromMs;
    p.toMs = m_inProgress ? std::min(before.toMs, before.fromMs + (nowMs - m_period.fromMs)) : before.toMs;
    m_readTo = q.toMs;
    m_previousTo = p.toMs;
    Result<Statistics> now = m_service.statistics(q);
    Result<Statistics> then = m_service.statistics(p);
    if (!now || !then) {
        m_status->setText(tr("The store could not be read: %1").arg(!now ? now.errorString() : then.errorString()));
        return;
    }
    m_current = std::move(now).value();
    m_previous = std::move(then).value();
    const QString lang = Translations::currentLanguage();
    const QList<Zone>& zones = m_service.board().zones();
    m_tables = ReportTables::build(m_period, m_current, m_previous, zones, lang);
    m_heading->setText(m_inProgress ? tr("%1 (to date)").arg(m_period.title()) : m_period.title());

    const ReportTable& summary = m_tables.first();
    m_summary->clear();
    m_summary->setColumnCount(int(summary.header.size()));
    m_summary->setHorizontalHeaderLabels(summary.header);
    m_summary->setRowCount(int(summary.rows.size()));
    for (int r = 0; r < summary.rows.size(); ++r)
        for (int c = 0; c < summary.rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(summary.rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(r, c, item);
        }
    m_summary->resizeColumnsToContents();
    m_summary->setMinimumWidth(m_summary->horizontalHeader()->length() + m_summary->verticalScrollBar()->sizeHint().width()
                               + 2 * m_summary->frameWidth());

    for (int c = 0; c < ReportCharts::kChartCount; ++c)
        ReportCharts::draw(m_plots[size_t(c)], ReportCharts::Chart(c), m_current, zones, lang);
    m_status->setText(tr("%n incident(s) received from %1 to %2 (live work and imported history; exercises excluded)",
                         nullptr, m_current.incidents)
                          .arg(localTime(m_period.fromMs), localTime(m_readTo)));
}

QString ReportsWindow::localTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_service.board().timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

ReportDocument ReportsWindow::document() const
{
    ReportDocument doc;
    const auto& board = m_service.board();
    doc.title = m_inProgress ? tr("%1 (to date)").arg(m_period.title()) : m_period.title();
    doc.centre = board.centre().name;
    const ReportPeriod before = m_period.previous(board.timeZone());
    doc.headerLines << board.centre().name
                    << tr("Period: %1 to %2 (%3), compared with %4 to %5")
                           .arg(localTime(m_period.fromMs), localTime(m_readTo), QString::fromUtf8(board.timeZone().id()))
                           .arg(localTime(before.fromMs), localTime(m_previousTo));
    if (m_inProgress)
        doc.headerLines << tr("The period is still running: read to the time of printing, against the same span of the period before.");
    const QString who = m_service.currentUser() ? m_service.currentUser()->displayName : QString();
    doc.headerLines << tr("Generated %1 by %2")
                           .arg(QDateTime::fromMSecsSinceEpoch(m_service.clock().nowMs(), board.timeZone())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                who.isEmpty() ? tr("the workstation") : who);
    if (board.centre().demo)
        doc.headerLines << tr("DEMO DATA — not a real district");
    doc.note = tr("Live work and imported history; training exercises are never counted. Intervals are measured to "
                  "the first unit; arrival in time is against each incident's own circle (1/3/5 minutes).");
    for (int c = 0; c < ReportCharts::kChartCount; ++c)
        doc.charts.append({ReportCharts::title(ReportCharts::Chart(c)),
                           m_plots[size_t(c)]->toPixmap(900, 520, 2.0).toImage()});
    doc.tables = m_tables;
    return doc;
}

Status ReportsWindow::exportPdf(const QString& path)
{
    ReportDocument doc = document();
    const Status s = doc.writePdf(path);
    m_status->setText(s ? tr("Saved %1 (%n page(s))", nullptr, doc.pageCount()).arg(path)
                        : tr("Not saved: %1").arg(s.errorString()));
    return s;
}

Status ReportsWindow::exportCsv(const QString& path)
{
    QSaveFile f(path);
    const ReportDocument doc = document();
    const QString title = doc.title + QStringLiteral(" — ") + doc.headerLines.value(1); // with the period read
    if (!f.open(QIODevice::WriteOnly) || f.write(ReportTables::toCsv(title, m_tables)) < 0 || !f.commit()) {
        const Error e{tr("cannot write: %1").arg(f.errorString()), path};
        m_status->setText(tr("Not saved: %1").arg(e.toString()));
        return e;
    }
    m_status->setText(tr("Saved %1").arg(path));
    return Done{};
}

void ReportsWindow::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      m_period.title() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportPdf(path); !s)
        QMessageBox::warning(this, tr("Export the report"), s.errorString());
}

void ReportsWindow::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report's tables as CSV"),
                                                      m_period.title() + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export the report"), s.errorString());
}

} // namespace dispatch::ui
