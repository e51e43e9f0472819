// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverWindow.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Palette.h"
#include "print/HandoverDocument.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dispatch::ui {

HandoverWindow::HandoverWindow(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_which(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_signatures(new QLabel(this)),
      m_view(new QTextBrowser(this)),
      m_reviews(new QLabel(this)),
      m_message(new QLabel(this)),
      m_prepare(new QPushButton(tr("&Prepare"), this)),
      m_saveNotes(new QPushButton(tr("Save notes"), this)),
      m_sign(new QPushButton(tr("&Sign as outgoing leader"), this)),
      m_accept(new QPushButton(tr("&Accept as incoming leader"), this)),
      m_reject(new QPushButton(tr("&Reject…"), this)),
      m_pdf(new QPushButton(tr("Export P&DF…"), this)),
      m_print(new QPushButton(tr("Pr&int…"), this))
{
    setObjectName(QStringLiteral("handoverWindow"));
    setWindowTitle(tr("Shift handover"));
    resize(1280, 820);
    m_which->setObjectName(QStringLiteral("handoverShift"));
    m_state->setObjectName(QStringLiteral("handoverState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_signatures->setObjectName(QStringLiteral("handoverSignatures"));
    m_view->setObjectName(QStringLiteral("handoverView"));
    m_message->setObjectName(QStringLiteral("handoverMessage"));
    m_message->setWordWrap(true);
    m_reviews->setObjectName(QStringLiteral("handoverReviews"));
    m_reviews->setWordWrap(true);
    m_reviews->setStyleSheet(Palette::lateStyle());
    m_saveNotes->setShortcut(QKeySequence::Save);
    m_saveNotes->setToolTip(tr("Ctrl+S"));

    auto* top = new QHBoxLayout;
    auto* shiftLabel = new QLabel(tr("S&hift:"), this);
    shiftLabel->setBuddy(m_which);
    top->addWidget(shiftLabel);
    top->addWidget(m_which);
    top->addSpacing(12);
    top->addWidget(m_state);
    top->addSpacing(12);
    top->addWidget(m_signatures, 1);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_prepare, m_sign, m_accept, m_reject})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);

    // The notes, one per section of the report, written by the outgoing leader.
    auto* notesBox = new QWidget(this);
    auto* notesForm = new QFormLayout(notesBox);
    notesForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const QString& section : HandoverReport::sections()) {
        auto* edit = new QPlainTextEdit(notesBox);
        edit->setObjectName(QStringLiteral("handoverNote_") + section);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(tr("Notes for this section (outgoing leader)"));
        edit->setMaximumHeight(90);
        TextInput::limit(edit, TextLimits::kHandoverNote);
        notesForm->addRow(HandoverReport::sectionTitle(section), edit);
        m_notes.insert(section, edit);
    }
    notesForm->addRow(m_saveNotes);
    notesForm->addRow(m_reviews);
    auto* notesScroll = new QScrollArea(this);
    notesScroll->setWidget(notesBox);
    notesScroll->setWidgetResizable(true);
    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(notesScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_which, &QComboBox::currentIndexChanged, this, [this](int i) { chooseShift(i); });
    connect(m_prepare, &QPushButton::clicked, this, &HandoverWindow::prepare);
    connect(m_saveNotes, &QPushButton::clicked, this, &HandoverWindow::saveNotes);
    connect(m_sign, &QPushButton::clicked, this, &HandoverWindow::sign);
    connect(m_accept, &QPushButton::clicked, this, [this] { accept(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reject(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the handover as PDF"), tr("handover.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const Status s = exportPdf(path); !s)
                QMessageBox::warning(this, windowTitle(), s.errorString());
    });
    connect(m_print, &QPushButton::clicked, this, &HandoverWindow::print);
    connect(&service, &DispatchService::handoversChanged, this, &HandoverWindow::refresh);

    const ShiftInstance now = service.currentShift();
    const ShiftInstance before = service.previousShift(now);
    const QTimeZone zone = service.board().timeZone();
    m_which->addItem(tr("This shift: %1").arg(HandoverDocument::shiftTitle(now, zone)));
    m_which->addItem(tr("Previous shift: %1").arg(HandoverDocument::shiftTitle(before, zone)));
    // In the first hour of a shift whose predecessor is not yet handed over, that one is what the leaders work on.
    const std::optional<Handover> previous = service.handoverForShift(before.start.toMSecsSinceEpoch());
    const bool early = service.clock().nowMs() - now.start.toMSecsSinceEpoch() < 3600 * 1000;
    const int which = early && (!previous || previous->state != HandoverState::Accepted) ? 1 : 0;
    m_which->setCurrentIndex(which);
    chooseShift(which);
}

void HandoverWindow::chooseShift(int which)
{
    const ShiftInstance now = m_service.currentShift();
    m_shift = which == 1 ? m_service.previousShift(now) : now;
    if (m_which->currentIndex() != which)
        m_which->setCurrentIndex(which);
    refresh();
}

std::optional<Handover> HandoverWindow::current() const
{
    return m_service.handoverForShift(m_shift.start.toMSecsSinceEpoch());
}

void HandoverWindow::refresh()
{
    const QTimeZone zone = m_service.board().timeZone();
    const std::optional<Handover> h = current();
    const HandoverReport report = h && h->report() ? *h->report() : m_service.buildHandoverReport(m_shift);
    const ReportDocument doc = HandoverDocument::build(report, h ? &*h : nullptr, zone, Translations::currentLanguage(),
                                                       m_service.board().centre().demo,
                                                       &m_service.database().connection());
    m_view->setHtml(doc.toHtml(m_view->viewport()->width()));
    m_state->setText(h ? HandoverCodes::label(h->state) : tr("not prepared (live report)"));
    m_signatures->setText(HandoverDocument::signatures(h ? &*h : nullptr, zone));

    const bool editable = h && (h->state == HandoverState::Draft || h->state == HandoverState::Rejected);
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        // What the leader is typing and has not saved yet stays while the handover can still take it.
        const bool typing = it.value()->document()->isModified() && (!h || editable);
        const QString text = report.notes.value(it.key());
        if (!typing && it.value()->toPlainText() != text) {
            it.value()->setPlainText(text);
            it.value()->document()->setModified(false);
        }
        it.value()->setReadOnly(h && !editable);
    }
    const std::optional<User>& me = m_service.currentUser();
    const bool leader = me && me->role == Role::ShiftLeader;
    m_prepare->setText(h ? tr("Re&build the report") : tr("&Prepare"));
    m_prepare->setEnabled(leader && (!h || editable));
    m_saveNotes->setEnabled(leader && (!h || editable));
    m_sign->setEnabled(leader && editable);
    const bool reviewer = leader && h && h->state == HandoverState::Signed && h->outgoingUser != me->username;
    m_accept->setEnabled(reviewer);
    m_reject->setEnabled(reviewer);
    QStringList reviews;
    if (h)
        for (const HandoverReview& r : m_service.handoverReviews(h->id))
            if (r.decision == QLatin1String("rejected"))
                reviews << tr("Rejected by %1 at %2: %3")
                               .arg(r.by, QDateTime::fromMSecsSinceEpoch(r.atMs, zone).toString(QStringLiteral("HH:mm")), r.comment);
    m_reviews->setText(reviews.join(u'\n'));
}

void HandoverWindow::say(const Status& s, const QString& done)
{
    m_message->setStyleSheet(s ? QString() : Palette::lateStyle());
    m_message->setText(s ? done : s.errorString());
}

bool HandoverWindow::prepare()
{
    const Result<qint64> r = m_service.prepareHandover(m_shift);
    say(r ? Status(Done{}) : Status(r.error()), tr("The report is built as of now; write the notes, then sign."));
    if (r)
        saveNotes(); // notes typed before preparing are kept
    refresh();
    return r.ok();
}

bool HandoverWindow::saveNotes()
{
    std::optional<Handover> h = current();
    if (!h) {
        if (!prepare())
            return false;
        h = current();
    }
    const HandoverReport stored = h->report().value_or(HandoverReport{});
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        const QString text = it.value()->toPlainText().trimmed();
        if (text == stored.notes.value(it.key()))
            continue;
        const Status s = m_service.setHandoverNotes(h->id, it.key(), text);
        if (!s) {
            say(s, {});
            return false;
        }
        it.value()->document()->setModified(false);
    }
    say(Done{}, tr("Notes saved"));
    return true;
}

std::optional<QString> HandoverWindow::askSignature(const QString& title)
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, title, tr("Your password, as your signature:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

bool HandoverWindow::sign()
{
    if (!saveNotes())
        return false;
    const std::optional<QString> password = askSignature(tr("Sign the handover"));
    if (!password)
        return false;
    const Status s = m_service.signHandover(current()->id, *password);
    say(s, tr("Signed. The incoming leader reviews it now."));
    refresh();
    return bool(s);
}

bool HandoverWindow::accept(const QString& comment)
{
    const std::optional<Handover> h = current();
    if (!h)
        return false;
    const std::optional<QString> password = askSignature(tr("Accept the handover"));
    if (!password)
        return false;
    const Status s = m_service.acceptHandover(h->id, *password, comment);
    say(s, tr("Accepted. The handover is frozen and kept in the archive."));
    refresh();
    return bool(s);
}

bool HandoverWindow::reject(const QString& comment)
{
    const std::optional<Handover> h = current();
    if (!h)
        return false;
    QString why = comment;
    if (why.isEmpty()) {
        bool ok = false;
        why = TextInput::getMultiLineText(this, tr("Reject the handover"), tr("What is missing or wrong?"), TextLimits::kNote, &ok);
        if (!ok)
            return false;
    }
    const std::optional<QString> password = askSignature(tr("Reject the handover"));
    if (!password)
        return false;
    const Status s = m_service.rejectHandover(h->id, *password, why);
    say(s, tr("Rejected: it goes back to the outgoing leader with your comments."));
    refresh();
    return bool(s);
}

Status HandoverWindow::exportPdf(const QString& path)
{
    const std::optional<Handover> h = current();
    const HandoverReport report = h && h->report() ? *h->report() : m_service.buildHandoverReport(m_shift);
    const ReportDocument doc = HandoverDocument::build(report, h ? &*h : nullptr, m_service.board().timeZone(),
                                                       Translations::currentLanguage(), m_service.board().centre().demo,
                                                       &m_service.database().connection());
    const Status s = doc.writePdf(path);
    say(s, tr("Saved %1 (%n page(s))", nullptr, doc.pageCount()).arg(path));
    return s;
}

void HandoverWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 18, 15, 18), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Handover> h = current();
    const HandoverReport report = h && h->report() ? *h->report() : m_service.buildHandoverReport(m_shift);
    const ReportDocument doc = HandoverDocument::build(report, h ? &*h : nullptr, m_service.board().timeZone(),
                                                       Translations::currentLanguage(), m_service.board().centre().demo,
                                                       &m_service.database().connection());
    const int pages = doc.render(printer, printer.resolution());
    say(pages ? Status(Done{}) : Status(Error{tr("the printer could not start")}), tr("Printed %n page(s)", nullptr, pages));
}

} // namespace dispatch::ui
