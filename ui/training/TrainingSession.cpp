// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingSession.h"

#include "avl/AvlListener.h"
#include "cti/CtiListener.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "training/ExerciseClock.h"
#include "training/PracticeSwitch.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace dispatch::ui {

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {}

TrainingSession::~TrainingSession()
{
    // The switch's feed stops before what it writes to goes.
    delete m_feed;
    m_feed = nullptr;
    // The desks go before the services they show, and those before their stores.
    qDeleteAll(m_desks);
    m_desks.clear();
    m_deskStores.clear();
}

Result<TrainingSession*> TrainingSession::start(const Scenario& scenario, const QList<Trainee>& trainees, quint64 seed,
                                                const QString& location, QObject* parent, const QString& practiceSwitch)
{
    if (trainees.isEmpty())
        return Error{tr("choose at least one trainee")};
    std::optional<std::pair<QHostAddress, quint16>> switchAddress;
    if (!practiceSwitch.trimmed().isEmpty()) {
        const auto address = AvlListener::parseAddress(practiceSwitch.trimmed());
        if (!address)
            return Error{tr("the practice telephone's address: %1").arg(address.errorString())};
        switchAddress = *address;
    }
    const Result<QString> where = TrainingStore::newLocation(location, QDateTime::currentDateTimeUtc());
    if (!where)
        return where.error();
    const QString path = *where;
    SimulationOptions options;
    options.seed = seed;
    options.positionSeconds = 10; // the desks' zone panels show the units moving
    options.practiceSwitch = switchAddress.has_value();
    auto db = TrainingStore::start(path, scenario, trainees, options);
    if (!db)
        return db.error();
    // Whatever fails from here on, the exercise did not start: its store goes with the session.
    const auto failed = [&path](std::unique_ptr<TrainingSession>& session, const Error& e) -> Result<TrainingSession*> {
        session.reset();
        TrainingStore::discard(path);
        return e;
    };

    std::unique_ptr<TrainingSession> s(new TrainingSession(parent));
    s->m_trainees = trainees;
    s->m_seed = seed;
    s->m_path = path;
    s->m_clock = std::make_unique<ManualClock>(scenario.startMs);
    s->m_db = std::move(db).value();
    // A facade reads its board from the store as it is made: a store it cannot read (a failing disk) is said, and the
    // exercise does not start.
    try {
        s->m_service = std::make_unique<DispatchService>(*s->m_db, *s->m_clock, QStringLiteral("simulation"));
        s->m_service->actAsSystem(QStringLiteral("simulator"));
        s->m_sim = std::make_unique<Simulator>(*s->m_service, *s->m_clock, scenario, options);
        s->m_pace = SimulationPace(scenario.startMs);

        // On the server the trainees sit at their own desks.
        for (const Trainee& t : Database::isServerAddress(path) ? QList<Trainee>() : trainees) {
            auto deskDb = TrainingStore::open(path);
            if (!deskDb)
                return failed(s, deskDb.error());
            Desk d;
            d.db = std::move(deskDb).value();
            d.service = std::make_unique<DispatchService>(*d.db, *s->m_clock, QStringLiteral("exercise-") + t.username);
            const auto in = d.service->signInForExercise(t.username);
            s->m_deskStores.push_back(std::move(d));
            if (!in)
                return failed(s, in.error());
            s->m_desks.append(new MainWindow(*s->m_deskStores.back().service));
        }
    } catch (const DispatchError& e) {
        return failed(s, e.error());
    }
    if (switchAddress) {
        // The switch's calls, on the exercise's time; no desk is named "practice-switch", so every answer is a desk's.
        s->m_switchCalls = std::make_unique<RingingCalls>(QStringLiteral("practice-switch"));
        s->m_switch = std::make_unique<PracticeSwitch>(*s->m_service, s->m_sim->scenario());
        s->m_feed = new CtiListener(*s->m_switchCalls, *s->m_clock);
        s->m_feed->setOwnTimeOnly(true);
        if (const Status listening = s->m_feed->listen(switchAddress->first, switchAddress->second); !listening)
            return failed(s, Error{tr("the practice telephone: %1").arg(listening.errorString())});
        connect(s->m_feed, &CtiListener::applied, s.get(), [session = s.get()](CtiEventType type, const PhoneCall& call) {
            const Status taken = session->m_switch->apply(type, call);
            session->m_practiceProblem = taken ? QString() : taken.errorString();
            Q_EMIT session->advanced();
        });
    }
    s->m_wall.start();
    s->m_timer = new QTimer(s.get());
    s->m_timer->setInterval(200);
    connect(s->m_timer, &QTimer::timeout, s.get(), [session = s.get()] { session->advance(session->wallMs()); });
    s->m_timer->start();
    return s.release();
}

bool TrainingSession::isOnServer() const
{
    return m_db->isServer();
}

void TrainingSession::publishPace()
{
    ExercisePace p;
    p.simMs = std::max(m_pace.simAt(wallMs()), m_clock->nowMs());
    p.speed = m_pace.speed();
    p.paused = m_pace.isPaused();
    p.endMs = scenario().endMs();
    if (const Status s = p.publish(*m_db); !s)
        qWarning("dispatch: the exercise's pace was not written: %s", qPrintable(s.errorString()));
}

void TrainingSession::resume()
{
    m_pace.resume(wallMs());
    publishPace();
}

void TrainingSession::pause()
{
    m_pace.pause(wallMs());
    publishPace();
}

void TrainingSession::setSpeed(double speed)
{
    m_pace.setSpeed(speed, wallMs());
    publishPace();
}

void TrainingSession::jumpToNextEvent()
{
    const qint64 next = m_sim->nextEventAt();
    if (next)
        m_pace.jumpTo(next, wallMs());
    advance(wallMs());
    publishPace();
}

void TrainingSession::inject(const ScenarioEvent& event)
{
    m_sim->inject(event);
    advance(wallMs());
}

void TrainingSession::advance(qint64 wall)
{
    // Never past the scenario's end; the desks' own changes (a call answered, a unit sent) are picked up even while
    // time stands still.
    const qint64 target = std::min(m_pace.simAt(wall), std::max(m_clock->nowMs(), scenario().endMs()));
    m_sim->advanceTo(std::max(target, m_clock->nowMs()));
    if (m_switchCalls)
        m_switchCalls->forgetEnded(m_clock->nowMs(), 10 * 60 * 1000);
    Q_EMIT advanced();
}

AfterActionReport TrainingSession::finish()
{
    pause();
    m_timer->stop();
    return AfterActionReport::build(m_db->connection(), m_service->responsePolicy(), scenario(), m_clock->nowMs());
}

} // namespace dispatch::ui
