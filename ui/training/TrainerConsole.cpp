// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainerConsole.h"

#include "common/Labels.h"
#include "cti/CtiListener.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/AfterActionWindow.h"
#include "training/InjectDialog.h"
#include "training/PracticeSwitch.h"
#include "training/ScenarioFromHistory.h"
#include "training/TrainingRecords.h"
#include "training/TrainingSession.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

constexpr double kSpeeds[] = {1, 2, 5, 10, 60};

QTableWidget* liveTable(QWidget* parent, const QString& name, const QStringList& header)
{
    auto* t = new QTableWidget(0, int(header.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget* t, const QList<QStringList>& rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = t->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                t->setItem(r, c, item);
            }
            item->setText(rows[r][c]);
        }
}

} // namespace

TrainerConsole::TrainerConsole(DispatchService& live, const QString& trainingDir, const QString& location, QWidget* parent,
                               const QString& practiceSwitch)
    : QDialog(parent), m_live(live), m_dir(trainingDir), m_pages(new QStackedWidget(this)), m_scenarios(new QListWidget(this)),
      m_description(new QLabel(this)), m_trainees(new QListWidget(this)), m_seed(new QSpinBox(this)),
      m_location(new QLineEdit(location.isEmpty() ? trainingDir : location, this)),
      m_practice(new QLineEdit(practiceSwitch, this)),
      m_practiceState(new QLabel(this)), m_join(new QLineEdit(this)), m_clock(new QLabel(this)),
      m_status(new QLabel(this)), m_pause(new QPushButton(this)), m_speeds(new QButtonGroup(this)),
      m_incidents(liveTable(this, QStringLiteral("consoleIncidents"),
                            {tr("Incident"), tr("Category"), tr("P"), tr("State"), tr("Units"), tr("Next clock")})),
      m_units(liveTable(this, QStringLiteral("consoleUnits"), {tr("Unit"), tr("State"), tr("On")})),
      m_ringing(liveTable(this, QStringLiteral("consoleRinging"), {tr("Ringing"), tr("Call"), tr("Caller says")}))
{
    setObjectName(QStringLiteral("trainerConsole"));
    setWindowTitle(tr("Trainer console — exercises on a training store, never live work"));
    resize(1200, 780);

    // Set-up: scenario, trainees, seed.
    auto* setup = new QWidget(this);
    m_scenarios->setObjectName(QStringLiteral("consoleScenarios"));
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("consoleDescription"));
    m_trainees->setObjectName(QStringLiteral("consoleTrainees"));
    for (const User& u : live.board().users())
        if (u.role == Role::Dispatcher && u.active) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username), m_trainees);
            item->setData(Qt::UserRole, u.username);
            item->setData(Qt::UserRole + 1, u.displayName);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_seed->setObjectName(QStringLiteral("consoleSeed"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    auto* open = new QPushButton(tr("&Open a scenario file…"), setup);
    auto* history = new QPushButton(tr("From the store's &history…"), setup);
    auto* startButton = new QPushButton(tr("&Start the exercise"), setup);
    startButton->setDefault(true);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Scenario"), setup));
    left->addWidget(m_scenarios, 1);
    auto* pick = new QHBoxLayout;
    pick->addWidget(open);
    pick->addWidget(history);
    left->addLayout(pick);
    left->addWidget(m_description);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Trainee(s)"), setup));
    right->addWidget(m_trainees, 1);
    auto* seedRow = new QFormLayout;
    seedRow->addRow(tr("Seed (the same seed gives the same run):"), m_seed);
    m_location->setObjectName(QStringLiteral("consoleLocation"));
    m_location->setToolTip(tr("A folder on this PC (the trainees' desks open here), or the centre's training database "
                              "(postgresql://host/dispatch_training: trainees join from their own desks)"));
    seedRow->addRow(tr("Held in:"), m_location);
    m_practice->setObjectName(QStringLiteral("consolePractice"));
    m_practice->setPlaceholderText(tr("none (e.g. 127.0.0.1:4190)"));
    m_practice->setToolTip(tr("The address this console listens on for a practice telephone switch's CTI feed (the "
                              "format of a desk's --cti-listen). Role-players' calls then ring on the trainees' desks "
                              "with their numbers and places; the scenario's practice-line calls wait for them."));
    seedRow->addRow(tr("Practice telephone (CTI):"), m_practice);
    right->addLayout(seedRow);
    right->addWidget(startButton);
    auto* setupLayout = new QHBoxLayout(setup);
    setupLayout->addLayout(left, 3);
    setupLayout->addLayout(right, 2);
    m_pages->addWidget(setup);

    // The running exercise.
    auto* run = new QWidget(this);
    m_clock->setObjectName(QStringLiteral("consoleClock"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_clock->setFont(big);
    m_pause->setObjectName(QStringLiteral("consolePause"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_clock);
    bar->addWidget(m_pause);
    for (int i = 0; i < 5; ++i) {
        auto* b = new QPushButton(QStringLiteral("%1×").arg(kSpeeds[i]), run);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("consoleSpeed%1").arg(int(kSpeeds[i])));
        m_speeds->addButton(b, i);
        bar->addWidget(b);
    }
    m_speeds->button(0)->setChecked(true);
    auto* next = new QPushButton(tr("&Next event"), run);
    auto* injectButton = new QPushButton(tr("&Inject…"), run);
    auto* end = new QPushButton(tr("&End and report"), run);
    bar->addWidget(next);
    bar->addWidget(injectButton);
    bar->addStretch(1);
    bar->addWidget(end);
    m_join->setObjectName(QStringLiteral("consoleJoin"));
    m_join->setReadOnly(true);
    m_join->setToolTip(tr("Trainees join at their own desks with this command, signed in with their own passwords"));
    auto* joinRow = new QWidget(run);
    joinRow->setObjectName(QStringLiteral("consoleJoinRow"));
    auto* joinLayout = new QHBoxLayout(joinRow);
    joinLayout->setContentsMargins(0, 0, 0, 0);
    joinLayout->addWidget(new QLabel(tr("Held on the server; trainees join at their own desks with:"), joinRow));
    joinLayout->addWidget(m_join, 1);
    joinRow->hide();
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setWordWrap(true);
    auto* tables = new QSplitter(run);
    tables->addWidget(m_incidents);
    auto* side = new QSplitter(Qt::Vertical, tables);
    side->addWidget(m_ringing);
    side->addWidget(m_units);
    tables->addWidget(side);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    auto* runLayout = new QVBoxLayout(run);
    runLayout->addLayout(bar);
    runLayout->addWidget(joinRow);
    runLayout->addWidget(m_status);
    m_practiceState->setObjectName(QStringLiteral("consolePracticeState"));
    m_practiceState->hide();
    runLayout->addWidget(m_practiceState);
    runLayout->addWidget(tables, 1);
    m_pages->addWidget(run);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    for (const char* name : {"weekday-shift", "friday-night-surge", "mass-incident"})
        addScenario(QStringLiteral(":/dispatch/scenarios/%1.json").arg(QLatin1String(name)));
    m_scenarios->setCurrentRow(0);
    connect(m_scenarios, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_loaded.size())
            m_description->setText(tr("%1\n%2 calls · %3 min · starts %4")
                                       .arg(m_loaded[row].description)
                                       .arg(m_loaded[row].callCount())
                                       .arg((m_loaded[row].endMs() - m_loaded[row].startMs) / 60000)
                                       .arg(QDateTime::fromMSecsSinceEpoch(m_loaded[row].startMs, m_live.board().timeZone())
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    });
    Q_EMIT m_scenarios->currentRowChanged(0);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"), {}, tr("Scenarios (*.json)"));
        if (!path.isEmpty() && addScenario(path))
            m_scenarios->setCurrentRow(m_scenarios->count() - 1);
    });
    connect(history, &QPushButton::clicked, this, &TrainerConsole::scenarioFromHistory);
    connect(startButton, &QPushButton::clicked, this, &TrainerConsole::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainerConsole::togglePause);
    connect(m_speeds, &QButtonGroup::idClicked, this, [this](int id) { setSpeed(kSpeeds[id]); });
    connect(next, &QPushButton::clicked, this, &TrainerConsole::jumpToNextEvent);
    connect(injectButton, &QPushButton::clicked, this, [this] {
        QStringList calls;
        for (const TrainingCall& c : TrainingRepository::calls(m_session->service().database().connection()))
            if (c.ringAtMs <= m_session->clock().nowMs() && c.sameEventAs.isEmpty())
                calls << c.ref;
        InjectDialog dialog(m_session->service(), calls, this);
        if (dialog.exec() == QDialog::Accepted)
            inject(dialog.event());
    });
    connect(end, &QPushButton::clicked, this, &TrainerConsole::finish);

    // The pace keys work whatever control has the focus (a table, a button): shortcuts of the console's window,
    // live only while an exercise runs.
    const auto key = [this](Qt::Key k, auto slot) {
        auto* s = new QShortcut(QKeySequence(k), this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, [this, slot] {
            if (m_session)
                slot();
        });
    };
    key(Qt::Key_Space, [this] { togglePause(); });
    key(Qt::Key_N, [this] { jumpToNextEvent(); });
    for (int i = 0; i < 5; ++i)
        key(Qt::Key(Qt::Key_1 + i), [this, i] { setSpeed(kSpeeds[i]); });
}

TrainerConsole::~TrainerConsole() = default;

bool TrainerConsole::addScenario(const QString& path)
{
    const Result<Scenario> s = Scenario::fromFile(path);
    if (!s) {
        m_description->setText(tr("Not a usable scenario: %1").arg(s.errorString()));
        return false;
    }
    m_loaded.append(*s);
    m_scenarios->addItem(s->title);
    return true;
}

void TrainerConsole::scenarioFromHistory()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("A scenario from the store's history"));
    auto* from = new QDateTimeEdit(&ask);
    auto* to = new QDateTimeEdit(&ask);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_live.clock().nowMs(), m_live.board().timeZone());
    from->setDateTime(QDateTime(now.date().addDays(-1), QTime(8, 0)));
    to->setDateTime(QDateTime(now.date().addDays(-1), QTime(16, 0)));
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QTimeZone zone = m_live.board().timeZone();
    const auto at = [&](const QDateTime& t) { return QDateTime(t.date(), t.time(), zone).toMSecsSinceEpoch(); };
    const Result<Scenario> s = ScenarioFromHistory::build(m_live.database().connection(), zone, at(from->dateTime()),
                                                          at(to->dateTime()));
    if (!s) {
        m_description->setText(s.errorString());
        return;
    }
    m_loaded.append(*s);
    m_scenarios->addItem(s->title);
    m_scenarios->setCurrentRow(m_scenarios->count() - 1);
}

bool TrainerConsole::start()
{
    const int row = m_scenarios->currentRow();
    if (row < 0 || row >= m_loaded.size())
        return false;
    // Each trainee signs in to the exercise with their own password, wherever they sit.
    QList<TrainingSession::Trainee> trainees;
    for (int i = 0; i < m_trainees->count(); ++i)
        if (m_trainees->item(i)->checkState() == Qt::Checked) {
            const Result<Trainee> t = TrainingStore::trainee(m_live.database(), m_trainees->item(i)->data(Qt::UserRole).toString());
            if (!t) {
                m_description->setText(tr("The exercise could not start: %1").arg(t.errorString()));
                return false;
            }
            trainees.append(*t);
        }
    const QString location = m_location->text().trimmed().isEmpty() ? m_dir : m_location->text().trimmed();
    const QString practice = m_practice->text().trimmed();
    const Result<TrainingSession*> s =
        TrainingSession::start(m_loaded[row], trainees, quint64(m_seed->value()), location, this, practice);
    if (!s) {
        m_description->setText(tr("The exercise could not start: %1").arg(s.errorString()));
        return false;
    }
    m_session = *s;
    QSettings().setValue(QStringLiteral("training/location"), location);
    QSettings().setValue(QStringLiteral("training/practice_switch"), practice);
    if (CtiListener* feed = m_session->practiceFeed()) {
        m_practiceState->show();
        connect(feed, &CtiListener::connectionsChanged, this, &TrainerConsole::refresh);
        connect(feed, &CtiListener::statsChanged, this, &TrainerConsole::refresh);
    } else {
        m_practiceState->hide();
    }
    if (m_session->isOnServer()) {
        QUrl address(m_session->storePath()); // never a password on the screen: each desk has its own
        address.setPassword(QString());
        m_join->setText(QStringLiteral("dispatcher --db '%1'").arg(address.toString(QUrl::FullyEncoded)));
        m_join->parentWidget()->show();
    }
    connect(m_session, &TrainingSession::advanced, this, &TrainerConsole::refresh);
    for (MainWindow* desk : m_session->desks())
        desk->show();
    m_pages->setCurrentIndex(1);
    refresh();
    return true;
}

void TrainerConsole::setSpeed(double speed)
{
    if (!m_session)
        return;
    m_session->setSpeed(speed);
    for (int i = 0; i < 5; ++i)
        m_speeds->button(i)->setChecked(kSpeeds[i] == speed);
    refresh();
}

void TrainerConsole::togglePause()
{
    if (!m_session)
        return;
    if (m_session->pace().isPaused())
        m_session->resume();
    else
        m_session->pause();
    refresh();
}

void TrainerConsole::jumpToNextEvent()
{
    if (m_session)
        m_session->jumpToNextEvent();
}

bool TrainerConsole::inject(const ScenarioEvent& event)
{
    if (!m_session)
        return false;
    m_session->inject(event);
    m_status->setText(tr("Injected at %1").arg(Labels::dateTime(m_session->clock().nowMs(), m_live.board().timeZone(),
                                                                  m_session->clock().nowMs())));
    return true;
}

AfterActionWindow* TrainerConsole::finish()
{
    if (!m_session)
        return nullptr;
    const AfterActionReport report = m_session->finish();
    // Kept in the trainees' record (a file beside the training stores, never the live store).
    QList<TrainingSessionRecord> history;
    if (auto records = TrainingRecords::open(QDir(m_dir).filePath(QStringLiteral("records.sqlite")))) {
        const QJsonObject json = report.toJson(m_live.board().timeZone());
        for (const TrainingSession::Trainee& t : m_session->trainees())
            (*records)->add({0, t.username, t.displayName, report.title, m_session->seed(), QDateTime::currentMSecsSinceEpoch(),
                             report.startMs, report.endMs, report.score, json, m_session->storePath()});
        history = (*records)->sessions(m_session->trainees().first().username);
    }
    for (MainWindow* desk : m_session->desks())
        desk->hide();
    m_after = new AfterActionWindow(report, history, m_live.board().timeZone(), m_live.board().centre().name, this);
    m_after->setAttribute(Qt::WA_DeleteOnClose);
    m_after->show();
    m_status->setText(tr("Ended. Score %1.").arg(report.score, 0, 'f', 1));
    return m_after;
}

AfterActionWindow* TrainerConsole::afterAction() const
{
    return m_after;
}

void TrainerConsole::refresh()
{
    if (!m_session)
        return;
    const qint64 now = m_session->clock().nowMs();
    const QTimeZone zone = m_live.board().timeZone();
    const SimulationPace& pace = m_session->pace();
    m_clock->setText(QDateTime::fromMSecsSinceEpoch(now, zone).toString(QStringLiteral("HH:mm:ss")));
    m_pause->setText(pace.isPaused() ? tr("▶ Resume (Space)") : tr("❚❚ Pause (Space)"));
    const Board& b = m_session->service().board();
    QList<QStringList> incidents;
    for (qint64 id : b.activeIncidentIds()) {
        const Incident* i = b.incident(id);
        QStringList units;
        for (qint64 u : b.unitIds())
            if (const Unit* unit = b.unit(u); unit && unit->incidentId == id && unit->isCommitted())
                units << unit->callsign;
        const QString clock = i->nextClock.deadlineMs
                                  ? (i->nextClock.deadlineMs < now ? tr("overdue by %1").arg(Labels::duration(now - i->nextClock.deadlineMs))
                                                                   : tr("%1 left").arg(Labels::duration(i->nextClock.deadlineMs - now)))
                                  : QString();
        incidents << QStringList{i->number, Labels::category(i->category), QString::number(i->priority),
                                 IncidentLifecycle::label(i->state), units.join(QStringLiteral(", ")), clock};
    }
    fill(m_incidents, incidents);
    QList<QStringList> units;
    for (qint64 id : b.unitIds())
        if (const Unit* u = b.unit(id); u && u->isOnDuty()) {
            const Incident* on = b.incident(u->incidentId);
            units << QStringList{u->callsign, UnitLifecycle::label(u->state), on ? on->number : QString()};
        }
    fill(m_units, units);
    QList<QStringList> ringing;
    const QList<TrainingCall> calls = TrainingRepository::ringing(m_session->service().database().connection(), now);
    for (const TrainingCall& c : calls)
        ringing << QStringList{Labels::duration(now - c.ringAtMs),
                               c.phone.isEmpty() ? c.ref : QStringLiteral("%1 · %2").arg(c.ref, c.phone), c.text};
    fill(m_ringing, ringing);
    const qint64 next = m_session->simulator().nextEventAt();
    // Who sits the exercise; on the server, whether each has joined from a desk yet.
    QStringList seated;
    const ReadList<DeskSession> desks = m_session->isOnServer() ? m_session->service().desks() : ReadList<DeskSession>{};
    for (const TrainingSession::Trainee& t : m_session->trainees()) {
        if (!m_session->isOnServer()) {
            seated << t.displayName;
            continue;
        }
        const auto at = std::find_if(desks.cbegin(), desks.cend(),
                                     [&](const DeskSession& d) { return d.signedIn && d.username == t.username; });
        seated << (at != desks.cend() ? tr("%1 (at %2)").arg(t.displayName, at->desk) : tr("%1 (not joined yet)").arg(t.displayName));
    }
    if (const CtiListener* feed = m_session->practiceFeed()) {
        const PracticeSwitch& sw = *m_session->practiceSwitch();
        const CtiStats& st = feed->stats();
        const QString calls = tr("%1 scripted and %2 unscripted call(s) rung, %3 line(s) not understood")
                                  .arg(sw.scriptedRung()).arg(sw.unscriptedRung()).arg(st.malformed + st.refused);
        const QString problem = !m_session->practiceProblem().isEmpty() ? m_session->practiceProblem() : st.lastProblem;
        m_practiceState->setText(
            (feed->connectionCount() ? tr("Practice telephone: connected (port %1)").arg(feed->port())
                                     : tr("Practice telephone: NOT CONNECTED (port %1)").arg(feed->port()))
            + QStringLiteral(" · ") + calls + (problem.isEmpty() ? QString() : QStringLiteral(" · ") + problem));
        m_practiceState->setStyleSheet(feed->connectionCount() && m_session->practiceProblem().isEmpty()
                                           ? QString()
                                           : QStringLiteral("color: #c62828; font-weight: bold;"));
    }
    m_status->setText(tr("Trainees: %1").arg(seated.join(QStringLiteral(", "))) + QStringLiteral(" · ") + tr("%1 · %2× · next event %3 · %n call(s) ringing · %4 incident(s) open · ends %5", nullptr, int(calls.size()))
                          .arg(pace.isPaused() ? tr("paused") : tr("running"))
                          .arg(pace.speed())
                          .arg(next ? QDateTime::fromMSecsSinceEpoch(next, zone).toString(QStringLiteral("HH:mm:ss")) : tr("none"))
                          .arg(incidents.size())
                          .arg(QDateTime::fromMSecsSinceEpoch(m_session->scenario().endMs(), zone).toString(QStringLiteral("HH:mm"))));
}

} // namespace dispatch::ui
