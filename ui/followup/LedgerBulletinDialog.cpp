// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/LedgerBulletinDialog.h"

#include "print/ReportDocument.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dispatch::ui {

LedgerBulletinDialog::LedgerBulletinDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_period(new QLabel(this)), m_view(new QTextBrowser(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ledgerBulletin"));
    setWindowTitle(tr("Repeat-incident ledger: weekly bulletin"));
    resize(1100, 700);
    auto* previous = new QPushButton(tr("◀ &Previous week"), this);
    auto* next = new QPushButton(tr("&Next week ▶"), this);
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("ledgerBulletinPdf"));
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    m_period->setObjectName(QStringLiteral("ledgerBulletinPeriod"));
    QFont bold = m_period->font();
    bold.setBold(true);
    m_period->setFont(bold);
    m_view->setObjectName(QStringLiteral("ledgerBulletinView"));
    m_status->setObjectName(QStringLiteral("ledgerBulletinStatus"));
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_period, 1);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(pdf);
    bar->addWidget(csv);
    bar->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this, [this] { step(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this), &QShortcut::activated, this, [this] { step(1); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the bulletin as PDF"),
                                                          tr("ledger-bulletin.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const Status s = exportPdf(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the bulletin as CSV"),
                                                          tr("ledger-bulletin.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            if (const Status s = exportCsv(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    const QTimeZone zone = service.board().timeZone();
    showWeek(ReportPeriod::containing(ReportPeriod::Kind::Week,
                                      QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), zone).date(), zone));
}

QString LedgerBulletinDialog::title() const
{
    return tr("Repeat-incident ledger, week %1 – %2")
        .arg(m_bulletin.period.first.toString(Qt::ISODate), m_bulletin.period.last.toString(Qt::ISODate));
}

void LedgerBulletinDialog::showWeek(const ReportPeriod& week)
{
    Result<LedgerBulletin> b = m_service.ledgerBulletin(week);
    if (!b) {
        m_status->setText(tr("The store could not be read: %1").arg(b.errorString()));
        return;
    }
    m_bulletin = std::move(b).value();
    m_period->setText(tr("%1 · %2 new · %3 open (%4 overdue) · %5 closed")
                          .arg(title())
                          .arg(m_bulletin.opened.size())
                          .arg(m_bulletin.open.size())
                          .arg(m_bulletin.overdueOpen())
                          .arg(m_bulletin.closed.size()));
    ReportDocument doc;
    doc.tables = m_bulletin.tables(m_service.board().timeZone());
    m_view->setHtml(doc.toHtml(m_view->viewport()->width()));
    m_status->setText(m_bulletin.asOfMs < week.toMs
                          ? tr("The week is still running: figures as of now.")
                          : tr("Daily push, weekly bulletin, monthly sign-off: every entry is worked until it is closed."));
}

void LedgerBulletinDialog::step(int weeks)
{
    const QTimeZone zone = m_service.board().timeZone();
    ReportPeriod p = m_bulletin.period;
    for (int k = 0; k < std::abs(weeks); ++k)
        p = weeks < 0 ? p.previous(zone) : p.next(zone);
    showWeek(p);
}

Status LedgerBulletinDialog::exportPdf(const QString& path)
{
    const auto& board = m_service.board();
    ReportDocument doc;
    doc.title = title();
    doc.centre = board.centre().name;
    doc.headerLines << board.centre().name << m_period->text();
    if (board.centre().demo)
        doc.headerLines << tr("DEMO DATA — not a real district");
    doc.note = tr("Entries group the repeat marks of one class at one place (the same address or within 50 m); each "
                  "is owned by the station that answers for the place and worked to closure.");
    doc.tables = m_bulletin.tables(board.timeZone());
    const Status s = doc.writePdf(path);
    m_status->setText(s ? tr("Saved %1 (%n page(s))", nullptr, doc.pageCount()).arg(path)
                        : tr("Not saved: %1").arg(s.errorString()));
    return s;
}

Status LedgerBulletinDialog::exportCsv(const QString& path)
{
    QSaveFile f(path);
    const QByteArray bytes = ReportTables::toCsv(title(), m_bulletin.tables(m_service.board().timeZone()));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        const Error e{tr("cannot write: %1").arg(f.errorString()), path};
        m_status->setText(tr("Not saved: %1").arg(e.toString()));
        return e;
    }
    m_status->setText(tr("Saved %1").arg(path));
    return Done{};
}

} // namespace dispatch::ui
