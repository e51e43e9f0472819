// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"
#include "training/SimRandom.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <set>

namespace dispatch {

class Database;
class DispatchService;
class ManualClock;

struct SimulationOptions
{
    quint64 seed = 1;
    bool autoDispatch = false;  ///< an automatic dispatcher takes every call (triage's proposal, the top unit)
    int positionSeconds = 0;    ///< units report their position this often (0: on arrival, and before each decision)
    /// A practice switch is connected (PracticeSwitch): the scenario's practice-line calls wait for the role-player
    /// to call instead of ringing at their time (the automatic dispatcher never takes them).
    bool practiceSwitch = false;
};

/// The training simulator (模拟演练): a discrete-event engine over a training store. It rings the scenario's calls
/// (the training store's table the trainee answers from), plays the units — sign-for delay, travel at their type's
/// speed along the straight line with the recommendation's detour factor, time on scene by category, feedback —,
/// the breakdowns, lost AVL and late arrivals, and the instructions from higher command; with `autoDispatch` it
/// also plays the dispatcher. Every action goes through its own facade (as the tool "simulator", or
/// "auto-dispatcher"); the clock stands at each event's time while it is handled. A seed gives the same run.
class Simulator
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Simulator)

public:
    Simulator(DispatchService& service, ManualClock& clock, Scenario scenario, SimulationOptions options);

    const Scenario& scenario() const { return m_scenario; }
    const SimulationOptions& options() const { return m_options; }
    /// Handles every event due by `untilMs`, then sets the clock there.
    void advanceTo(qint64 untilMs);
    /// The time of the next pending event that matters to the trainer — a call, a unit's step, a scenario event —
    /// leaving out the simulator's own housekeeping (0: none); "jump to the next event".
    qint64 nextEventAt() const;
    /// Runs the whole scenario at once (headless).
    void runToEnd();
    /// An event added by the trainer, due now (a call's id is made unique if needed).
    void inject(ScenarioEvent event);
    qint64 eventsProcessed() const { return m_processed; }
    /// Refusals the facade gave the simulator (a step the trainee's choices made impossible): counted, not errors.
    int refusals() const { return m_refusals; }
    /// The last refusal or store error met (empty when none).
    const QString& lastError() const { return m_lastError; }

private:
    enum class Kind {
        Scenario, Sweep, Heartbeat, AutoTake, AutoDispatch, AutoReview, AutoInstruction,
        SignFor, EnRoute, Move, OnScene, Feedback, UnitBack, AvlBack
    };
    struct Event
    {
        qint64 at = 0;
        quint64 seq = 0;
        Kind kind = Kind::Scenario;
        qint64 a = 0, b = 0;  ///< ids: assignment, unit, incident, instruction; or a step number
        QString ref;          ///< a call's ref
        int index = -1;       ///< scenario or injected event
    };
    struct Earlier
    {
        bool operator()(const Event& x, const Event& y) const { return x.at != y.at ? x.at < y.at : x.seq < y.seq; }
    };
    struct Trip
    {
        GeoPoint from, to;
        qint64 departMs = 0, arriveMs = 0;
    };

    void schedule(Kind kind, qint64 at, qint64 a = 0, qint64 b = 0, const QString& ref = {}, int index = -1);
    void handle(const Event& e);
    void poll();
    void scenarioEvent(const ScenarioEvent& e);
    void autoTake(const QString& ref);
    void autoDispatch(qint64 incidentId, const QString& ref);
    void autoReview(qint64 incidentId);
    void autoInstruction(qint64 instructionId);
    void unitStep(const Event& e);
    void act(const QString& tool);
    /// A write of the training store's own tables, in a transaction of its own.
    void record(const std::function<void(Database&)>& write);
    template<typename T>
    void count(const Result<T>& r)
    {
        if (!r)
            refused(r.error());
    }
    void refused(const Error& e);
    QString topCandidate(qint64 incidentId);
    /// The AVL of every unit not lost: positions fixed again, as a real feed keeps them fresh.
    void heartbeat();

    DispatchService& m_svc;
    ManualClock& m_clock;
    Scenario m_scenario;
    SimulationOptions m_options;
    SimRandom m_random;
    std::set<Event, Earlier> m_queue;
    quint64 m_seq = 0;
    qint64 m_processed = 0;
    int m_refusals = 0;
    QString m_lastError;
    qint64 m_lastHeartbeat = 0;
    qint64 m_lastAssignment = 0, m_lastIncident = 0, m_lastCaller = 0, m_lastInstruction = 0;
    QHash<qint64, Trip> m_trips;          ///< assignment → its journey
    QSet<qint64> m_avlLost;               ///< units whose positions are not reported
    QHash<qint64, int> m_lateMinutes;     ///< unit → minutes its next arrival is late
    QList<ScenarioEvent> m_injected;
};

} // namespace dispatch
