// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HistoryImportDialog.h"

#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

const QString kBuiltinPrefix = QStringLiteral(":/dispatch/import/");

} // namespace

HistoryImportDialog::HistoryImportDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_csv(new QLineEdit(this)),
      m_profile(new QComboBox(this)),
      m_progress(new QProgressBar(this)),
      m_outcomeLabel(new QLabel(this)),
      m_start(new QPushButton(tr("&Import"), this)),
      m_cancel(new QPushButton(tr("&Cancel import"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("historyImportDialog"));
    setWindowTitle(tr("Import CAD history"));
    resize(720, 320);
    const auto& user = service.currentUser();
    m_allowed = user && (user->role == Role::Administrator || user->role == Role::ShiftLeader);

    m_csv->setObjectName(QStringLiteral("historyCsvPath"));
    m_csv->setPlaceholderText(tr("A CSV export of the CAD system"));
    auto* browseCsv = new QPushButton(tr("&Browse…"), this);
    connect(browseCsv, &QPushButton::clicked, this, &HistoryImportDialog::browse);
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csv, 1);
    csvRow->addWidget(browseCsv);

    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_profile->addItem(tr("San Francisco Fire Department \"Calls for Service\" (built in)"), QString(kBuiltinPrefix + QStringLiteral("sf-fire-calls.json")));
    auto* browseProfile = new QPushButton(tr("&Profile file…"), this);
    connect(browseProfile, &QPushButton::clicked, this, &HistoryImportDialog::browseProfile);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(browseProfile);

    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p%"));
    m_outcomeLabel->setObjectName(QStringLiteral("historyOutcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("historyStart"));
    m_start->setDefault(true);
    m_cancel->setEnabled(false);

    auto* form = new QFormLayout;
    auto* csvLabel = new QLabel(tr("&Export file:"), this);
    csvLabel->setBuddy(m_csv);
    auto* profileLabel = new QLabel(tr("Mapping &profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(csvLabel, csvRow);
    form->addRow(profileLabel, profileRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The rows become closed incidents of origin \"imported\", marked with their source, never "
                                "in the live queue. One transaction: a cancelled or stopped import writes nothing; "
                                "importing the same file again adds nothing. While the rows are written, saves from the "
                                "desks wait (about a second per 50,000 rows): import large exports outside busy hours."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcomeLabel, 1);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &HistoryImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &HistoryImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &HistoryImportDialog::reject);
    if (!m_allowed) {
        m_start->setEnabled(false);
        m_outcomeLabel->setText(tr("Importing history changes the centre's records: an administrator or a shift leader "
                                   "runs it (signed in: %1).")
                                    .arg(user ? Roles::label(user->role) : tr("nobody")));
    }
}

HistoryImportDialog::~HistoryImportDialog()
{
    cancel();
    waitForFinished();
}

void HistoryImportDialog::setCsvPath(const QString& path)
{
    m_csv->setText(path);
}

void HistoryImportDialog::setProfile(const QString& profile)
{
    const QString path = QFileInfo(profile).isAbsolute() || profile.contains(u'/') ? profile
                                                                                    : kBuiltinPrefix + profile + QStringLiteral(".json");
    int i = m_profile->findData(path);
    if (i < 0) {
        m_profile->addItem(QFileInfo(path).fileName(), path);
        i = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(i);
}

QString HistoryImportDialog::profilePath() const
{
    return m_profile->currentData().toString();
}

void HistoryImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CAD export"), m_csv->text(), tr("CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setCsvPath(path);
}

void HistoryImportDialog::browseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mapping profile"), QString(), tr("Profile (*.json)"));
    if (!path.isEmpty())
        setProfile(path);
}

bool HistoryImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

int HistoryImportDialog::progressValue() const
{
    return m_progress->value();
}

bool HistoryImportDialog::start()
{
    // The session may have changed since the dialog opened: ask again.
    const auto& user = m_service.currentUser();
    m_allowed = user && (user->role == Role::Administrator || user->role == Role::ShiftLeader);
    if (!m_allowed) {
        m_start->setEnabled(false);
        m_outcomeLabel->setText(tr("Importing history changes the centre's records: an administrator or a shift leader "
                                   "runs it (signed in: %1).")
                                    .arg(user ? Roles::label(user->role) : tr("nobody")));
        return false;
    }
    if (isRunning())
        return false;
    const QString csv = m_csv->text().trimmed();
    if (csv.isEmpty() || !QFileInfo(csv).isReadable()) {
        m_outcomeLabel->setText(tr("%1: not a readable file").arg(csv.isEmpty() ? tr("Export file") : csv));
        return false;
    }
    // A bad profile is refused before anything is read.
    Result<ImportProfile> profile = ImportProfile::fromFile(profilePath());
    if (!profile) {
        m_outcomeLabel->setText(tr("The profile is refused: %1").arg(profile.errorString()));
        return false;
    }
    m_outcome.reset();
    m_progress->setValue(0);
    m_outcomeLabel->setText(tr("Importing %1…").arg(QFileInfo(csv).fileName()));
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);

    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    const QString dbPath = m_service.database().path();
    const QString desk = m_service.desk();
    const QString who = m_service.currentUser()->username;
    QPointer<HistoryImportDialog> self(this);
    m_thread = QThread::create([=, p = std::move(profile).value()] {
        // Its own connection to the store, made, used and closed on this thread.
        Result<ImportSummary> result = Error{tr("the import did not run")};
        {
            auto db = Database::open(dbPath, Database::Mode::OpenExisting);
            if (!db) {
                result = db.error();
            } else {
                SystemClock clock;
                DispatchService worker(**db, clock, desk);
                worker.actAsSystem(QStringLiteral("history import by %1").arg(who));
                int lastPermille = -1;
                result = worker.importHistory(p, csv, [&](qint64 done, qint64 total) {
                    const int permille = total > 0 ? int(1000 * done / total) : 0;
                    if (permille != lastPermille && self) {
                        lastPermille = permille;
                        QMetaObject::invokeMethod(self, [self, permille] {
                            if (self)
                                self->m_progress->setValue(permille);
                        }, Qt::QueuedConnection);
                    }
                    return !cancelled->load();
                });
            }
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->finished(result);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("historyImport"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void HistoryImportDialog::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void HistoryImportDialog::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Deliver the queued outcome now.
    QCoreApplication::sendPostedEvents(this);
}

void HistoryImportDialog::finished(const Result<ImportSummary>& result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_outcome = result;
    m_start->setEnabled(m_allowed);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    if (!result) {
        const bool byUser = m_cancelled && m_cancelled->load();
        m_outcomeLabel->setText(byUser ? tr("Cancelled: nothing was written.")
                                       : tr("Not imported, nothing was written: %1").arg(result.errorString()));
        return;
    }
    const ImportSummary& s = *result;
    m_progress->setValue(1000);
    const QLocale l;
    QString text = s.stopped ? tr("Stopped at a bad row, as the profile asks: nothing was written.")
                             : tr("%1 incidents and %2 unit assignments imported from %3 rows; %4 rows refused; %5 "
                                  "incidents were already in the store.")
                                   .arg(l.toString(s.incidents), l.toString(s.assignments), l.toString(s.rows),
                                        l.toString(s.rejected), l.toString(s.alreadyImported));
    for (const QString& note : s.columnNotes)
        text += u'\n' + note;
    for (const ImportIssue& issue : s.issues.mid(0, 5))
        text += u'\n' + issue.toString();
    if (s.issues.size() > 5)
        text += u'\n' + tr("… and %n more listed by dispatchctl import", nullptr, int(s.issues.size() - 5));
    m_outcomeLabel->setText(text);
    if (!s.stopped)
        Q_EMIT imported(s);
}

void HistoryImportDialog::reject()
{
    if (isRunning()) {
        cancel(); // the worker rolls back; finished() re-enables Close
        return;
    }
    QDialog::reject();
}

} // namespace dispatch::ui
