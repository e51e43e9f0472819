// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/AfterAction.h"
#include "training/SimulationPace.h"
#include "training/Simulator.h"
#include "training/TrainingStore.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;

namespace dispatch {
class CtiListener;
class Database;
class DispatchService;
class ManualClock;
class PracticeSwitch;
class RingingCalls;
}

namespace dispatch::ui {

class MainWindow;

/// One exercise on the trainer's workstation: a new training store (never the live one), the simulation clock that
/// every desk of the exercise reads, the simulator on its own connection, and the trainees' desks. Held in a file on
/// this PC, each trainee gets a desk window here — the normal workstation in exercise mode, signed in as the
/// trainee; held on the server, the trainees join from their own desks (`dispatcher --db <address>`, their own
/// passwords) and the pace is kept in the store for them. Simulated time follows the pace (paused, 1× to 60×) on a
/// timer; the trainer can jump to the next event and inject events.
class TrainingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSession)

public:
    using Trainee = dispatch::Trainee;

    /// Starts the exercise on a new store in the folder or training database `location` (TrainingStore::start),
    /// opens the trainees' desks here when it is a folder (hidden until shown) and leaves time paused; when a desk
    /// cannot open, the store is removed again.
    /// `practiceSwitch` (HOST:PORT, empty: none): where the console listens for a practice telephone switch
    /// (PracticeSwitch); the exercise does not start when it cannot listen there.
    static Result<TrainingSession*> start(const Scenario& scenario, const QList<Trainee>& trainees, quint64 seed,
                                          const QString& location, QObject* parent = nullptr,
                                          const QString& practiceSwitch = {});
    ~TrainingSession() override;

    const Scenario& scenario() const { return m_sim->scenario(); }
    const QList<Trainee>& trainees() const { return m_trainees; }
    quint64 seed() const { return m_seed; }
    const QString& storePath() const { return m_path; }
    /// Held on the server: the trainees join from their own desks.
    bool isOnServer() const;
    DispatchService& service() const { return *m_service; }
    ManualClock& clock() const { return *m_clock; }
    Simulator& simulator() const { return *m_sim; }
    const SimulationPace& pace() const { return m_pace; }
    const QList<MainWindow*>& desks() const { return m_desks; }
    /// The practice switch's feed, or null when the exercise has none.
    CtiListener* practiceFeed() const { return m_feed; }
    PracticeSwitch* practiceSwitch() const { return m_switch.get(); }
    /// The last event of the practice switch the exercise could not take (empty: none).
    const QString& practiceProblem() const { return m_practiceProblem; }

    void resume();
    void pause();
    void setSpeed(double speed);
    /// Simulated time moves on to the next pending event at once.
    void jumpToNextEvent();
    void inject(const ScenarioEvent& event);
    /// Advances simulated time to what the pace says for this wall time (the timer calls it; tests give the time).
    void advance(qint64 wallMs);
    qint64 wallMs() const { return m_wall.elapsed(); }
    /// Stops time and builds the after-action report as of now.
    AfterActionReport finish();

Q_SIGNALS:
    void advanced();

private:
    TrainingSession(QObject* parent);
    /// Writes the pace into the store, for the desks that joined from other PCs.
    void publishPace();

    QList<Trainee> m_trainees;
    quint64 m_seed = 0;
    QString m_path;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DispatchService> m_service;
    std::unique_ptr<Simulator> m_sim;
    SimulationPace m_pace{0};
    QElapsedTimer m_wall;
    QTimer* m_timer = nullptr;
    struct Desk
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<DispatchService> service;
    };
    std::vector<Desk> m_deskStores;
    std::unique_ptr<RingingCalls> m_switchCalls;
    std::unique_ptr<PracticeSwitch> m_switch;
    CtiListener* m_feed = nullptr;
    QString m_practiceProblem;
    QList<MainWindow*> m_desks;
};

} // namespace dispatch::ui
