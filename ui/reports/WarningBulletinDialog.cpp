// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/WarningBulletinDialog.h"

#include "domain/Taxonomy.h"
#include "map/ZonePanel.h"
#include "print/ReportDocument.h"
#include "service/DispatchService.h"
#include "util/Clock.h"
#include "util/Translations.h"
#include "warnings/CapExport.h"

#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

enum Column { Level, ZoneName, Category, Count, Baseline, Explanation, ColumnCount };

QString categoryText(const ZoneWarning& w, const QString& lang)
{
    return w.category.isEmpty() ? WarningBulletinDialog::tr("All incidents")
                                : Taxonomy::builtin().categoryLabel(w.category, lang);
}

QString baselineText(const ZoneWarning& w)
{
    return QStringLiteral("%1 ± %2").arg(QLocale::c().toString(w.mean, 'f', 1), QLocale::c().toString(w.sd, 'f', 1));
}

} // namespace

WarningBulletinDialog::WarningBulletinDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_asOf(new QDateTimeEdit(this)),
      m_counts(new QLabel(this)),
      m_status(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("warningBulletin"));
    setWindowTitle(tr("Warning bulletin (four-colour zone warnings)"));
    resize(1180, 620);

    m_asOf->setObjectName(QStringLiteral("bulletinAsOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_asOf->setCalendarPopup(true);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto* now = new QPushButton(tr("&Now"), this);
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("bulletinPdf"));
    auto* cap = new QPushButton(tr("Export CAP &XML…"), this);
    cap->setObjectName(QStringLiteral("bulletinCap"));
    auto* close = new QPushButton(tr("Close"), this);
    m_counts->setObjectName(QStringLiteral("bulletinCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    auto* bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(now);
    bar->addSpacing(16);
    bar->addWidget(m_counts, 1);
    bar->addWidget(pdf);
    bar->addWidget(cap);
    bar->addWidget(close);

    m_table->setObjectName(QStringLiteral("bulletinTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Level"), tr("Zone"), tr("Category"), tr("Recent"), tr("Baseline"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_status->setObjectName(QStringLiteral("bulletinStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_asOf, &QDateTimeEdit::dateTimeChanged, this, &WarningBulletinDialog::refresh);
    connect(now, &QPushButton::clicked, this, [this] { setAsOf(0); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_report.raised.size())
            Q_EMIT zoneChosen(m_report.raised[row].zoneId);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the bulletin as PDF"),
                                                          tr("warning-bulletin.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const Status s = exportPdf(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    connect(cap, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the bulletin as a CAP 1.2 alert"),
                                                          tr("warning-bulletin.xml"), tr("CAP XML (*.xml)"));
        if (!path.isEmpty())
            if (const Status s = exportCap(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    setAsOf(0);
}

void WarningBulletinDialog::setAsOf(qint64 ms)
{
    const qint64 at = ms ? ms : m_service.clock().nowMs();
    // The edit shows the centre's wall-clock time, whatever the workstation's own zone.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, m_service.board().timeZone());
    const QDateTime when(local.date(), local.time());
    if (m_asOf->dateTime() == when)
        refresh();
    else
        m_asOf->setDateTime(when); // refreshes
}

void WarningBulletinDialog::refresh()
{
    const qint64 asOf = QDateTime(m_asOf->date(), m_asOf->time(), m_service.board().timeZone()).toMSecsSinceEpoch();
    Result<WarningReport> r = m_service.zoneWarnings(asOf);
    if (!r) {
        m_status->setText(tr("The store could not be read: %1").arg(r.errorString()));
        return;
    }
    m_report = std::move(r).value();
    const QString lang = Translations::currentLanguage();
    m_counts->setText(tr("Red %1 · orange %2 · yellow %3 of %4 zone and category figures judged")
                          .arg(m_report.countAt(WarningLevel::Red))
                          .arg(m_report.countAt(WarningLevel::Orange))
                          .arg(m_report.countAt(WarningLevel::Yellow))
                          .arg(m_report.pairsJudged));
    m_table->setRowCount(int(m_report.raised.size()));
    for (int row = 0; row < m_report.raised.size(); ++row) {
        const ZoneWarning& w = m_report.raised[row];
        QColor tint = ZonePanel::warningColor(w.level);
        tint.setAlpha(160);
        const QStringList cells{WarningPolicy::label(w.level), w.zoneName, categoryText(w, lang), QString::number(w.count),
                                baselineText(w), w.explanation(m_report.recentDays, lang)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == Level)
                item->setBackground(tint);
            if (c == Count || c == Baseline)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_report.hasBaseline()) {
        m_status->setText(tr("No baseline yet: the records cover %1 of the policy's %2 weeks before this moment, and at "
                             "least %3 are needed to judge a level.")
                              .arg(m_report.baselineWeeksCovered)
                              .arg(m_report.baselineWeeks)
                              .arg(WarningReport::kMinBaselineWeeks));
        return;
    }
    m_status->setText(m_report.raised.isEmpty()
                          ? tr("Every zone is green: no figure above its baseline by the policy's thresholds.")
                          : tr("The last %n day(s) against the same days of the previous %1 weeks; Enter on a row shows the zone.",
                               nullptr, m_report.recentDays)
                                .arg(m_report.baselineWeeks));
}

Status WarningBulletinDialog::exportPdf(const QString& path)
{
    const auto& board = m_service.board();
    const QString lang = Translations::currentLanguage();
    ReportDocument doc;
    doc.title = tr("Warning bulletin %1").arg(m_asOf->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.centre = board.centre().name;
    doc.headerLines << board.centre().name << m_counts->text();
    if (board.centre().demo)
        doc.headerLines << tr("DEMO DATA — not a real district");
    doc.note = tr("Each zone and category: incidents in the last %n day(s) against the same days of the previous %1 "
                  "weeks (mean ± standard deviation). Levels follow the centre's warning policy.",
                  nullptr, m_report.recentDays)
                   .arg(m_report.baselineWeeks);
    ReportTable t{QStringLiteral("warnings"), tr("Raised warnings"),
                  {tr("Level"), tr("Zone"), tr("Category"), tr("Recent"), tr("Baseline"), tr("Weeks")}, {}};
    ReportTable why{QStringLiteral("explanations"), tr("Explanations"), {tr("Level"), tr("Why")}, {}};
    for (const ZoneWarning& w : std::as_const(m_report.raised)) {
        QStringList weeks;
        for (int n : w.baseline)
            weeks << QString::number(n);
        t.rows << QStringList{WarningPolicy::label(w.level), w.zoneName, categoryText(w, lang), QString::number(w.count),
                              baselineText(w), weeks.join(u' ')};
        why.rows << QStringList{WarningPolicy::label(w.level), w.explanation(m_report.recentDays, lang)};
    }
    doc.tables << t << why;
    const Status s = doc.writePdf(path);
    m_status->setText(s ? tr("Saved %1").arg(path) : tr("Not saved: %1").arg(s.errorString()));
    return s;
}

Status WarningBulletinDialog::exportCap(const QString& path)
{
    const auto& board = m_service.board();
    const CapExport::Sender sender = CapExport::senderFor(board.centre(), board.timeZone(), Translations::currentLanguage(),
                                                               m_service.clock().nowMs());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(CapExport::write(m_report, board.zones(), sender)) < 0 || !f.commit()) {
        const Error e{tr("cannot write: %1").arg(f.errorString()), path};
        m_status->setText(tr("Not saved: %1").arg(e.toString()));
        return e;
    }
    m_status->setText(tr("Saved %1 (%n alert info block(s))", nullptr, int(m_report.raised.size())).arg(path));
    return Done{};
}

} // namespace dispatch::ui
