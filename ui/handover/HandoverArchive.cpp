// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverArchive.h"

#include "handover/HandoverCompareDialog.h"
#include "print/HandoverDocument.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

HandoverArchive::HandoverArchive(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_search(new QLineEdit(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_list(new QTreeWidget(this)),
      m_view(new QTextBrowser(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("handoverArchive"));
    setWindowTitle(tr("Handover archive"));
    resize(1300, 800);
    m_search->setObjectName(QStringLiteral("archiveSearch"));
    m_search->setPlaceholderText(tr("Search: incident number, name, any word of the report or notes"));
    m_search->setClearButtonEnabled(true);
    const QDate today = QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), service.board().timeZone()).date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_list->setObjectName(QStringLiteral("archiveList"));
    m_list->setHeaderLabels({tr("Shift"), tr("State"), tr("Outgoing"), tr("Incoming"), tr("Carried over"), tr("Overdue")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setObjectName(QStringLiteral("archiveView"));
    m_status->setObjectName(QStringLiteral("archiveStatus"));
    m_status->setWordWrap(true);

    auto* compareButton = new QPushButton(tr("&Compare the two selected"), this);
    auto* pdf = new QPushButton(tr("Export P&DF…"), this);
    auto* print = new QPushButton(tr("Pr&int…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(compareButton);
    bar->addWidget(pdf);
    bar->addWidget(print);
    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &HandoverArchive::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &HandoverArchive::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &HandoverArchive::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { open(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { open(m_list->indexOfTopLevelItem(item)); });
    connect(compareButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (QTreeWidgetItem* item : m_list->selectedItems())
            rows << m_list->indexOfTopLevelItem(item);
        if (rows.size() != 2) {
            m_status->setText(tr("Select two handovers (Ctrl+click) to compare them."));
            return;
        }
        compare(rows[0], rows[1]);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the handover as PDF"), tr("handover.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const Status s = exportPdf(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_open < 0)
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Handover& h = m_rows[m_open];
        const ReportDocument doc = HandoverDocument::build(h.report().value_or(HandoverReport{}), &h, m_service.board().timeZone(),
                                                           Translations::currentLanguage(), m_service.board().centre().demo,
                                                       &m_service.database().connection());
        m_status->setText(tr("Printed %n page(s)", nullptr, doc.render(printer, printer.resolution())));
    });
    reload();
    m_search->setFocus();
}

void HandoverArchive::reload()
{
    const QTimeZone zone = m_service.board().timeZone();
    const qint64 from = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    m_rows = m_service.handovers(m_search->text(), from, to);
    m_list->clear();
    for (const Handover& h : std::as_const(m_rows)) {
        const std::optional<HandoverReport> r = h.report();
        ShiftInstance s;
        s.name = h.shiftName;
        s.start = QDateTime::fromMSecsSinceEpoch(h.shiftStartMs, QTimeZone::utc());
        s.end = QDateTime::fromMSecsSinceEpoch(h.shiftEndMs, QTimeZone::utc());
        auto* item = new QTreeWidgetItem(m_list, {HandoverDocument::shiftTitle(s, zone), HandoverCodes::label(h.state),
                                                  h.outgoingName, h.incomingName,
                                                  r ? QString::number(r->carried.size()) : QString(),
                                                  r ? QString::number(r->overdueCarried()) : QString()});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_status->setText(tr("%n handover(s)", nullptr, int(m_rows.size())));
    m_open = -1;
    m_view->clear();
    if (!m_rows.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void HandoverArchive::open(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_open = row;
    const Handover& h = m_rows[row];
    const ReportDocument doc = HandoverDocument::build(h.report().value_or(HandoverReport{}), &h, m_service.board().timeZone(),
                                                       Translations::currentLanguage(), m_service.board().centre().demo,
                                                       &m_service.database().connection());
    m_view->setHtml(doc.toHtml(m_view->viewport()->width()));
}

HandoverCompareDialog* HandoverArchive::compare(int rowA, int rowB)
{
    if (rowA < 0 || rowB < 0 || rowA >= m_rows.size() || rowB >= m_rows.size() || rowA == rowB)
        return nullptr;
    const Handover* a = &m_rows[rowA];
    const Handover* b = &m_rows[rowB];
    if (a->shiftStartMs > b->shiftStartMs)
        std::swap(a, b);
    auto* dialog = new HandoverCompareDialog(m_service, *a, *b, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_status->setText(dialog->summary());
    dialog->show();
    return dialog;
}

Status HandoverArchive::exportPdf(const QString& path)
{
    if (m_open < 0)
        return Error{tr("open a handover first")};
    const Handover& h = m_rows[m_open];
    const ReportDocument doc = HandoverDocument::build(h.report().value_or(HandoverReport{}), &h, m_service.board().timeZone(),
                                                       Translations::currentLanguage(), m_service.board().centre().demo,
                                                       &m_service.database().connection());
    const Status s = doc.writePdf(path);
    m_status->setText(s ? tr("Saved %1 (%n page(s))", nullptr, doc.pageCount()).arg(path) : s.errorString());
    return s;
}

} // namespace dispatch::ui
