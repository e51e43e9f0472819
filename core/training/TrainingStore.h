// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"
#include "training/Simulator.h"
#include "training/TrainingCall.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace dispatch {

class Database;

/// Who sits an exercise: a user of the live store, added to the training store as a dispatcher (unless the demo
/// district already has a user of that name).
struct Trainee
{
    QString username;
    QString displayName;
};

/// A training store (演练库): a store of its own for one exercise — never the live one —, marked as such (every
/// incident in it is an exercise), seeded with the demo district (the scenario's zones and roster when it has
/// them) and the scenario's calls. Commits are not synced (a scratch store).
class TrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TrainingStore)

public:
    /// Starts an exercise, from the trainer's console or headless: creates the store at `path` (which must not hold
    /// a store yet) at the scenario's start time, with the trainees as users, and records the scenario, its calls,
    /// who sits it (the trainees, or the automatic dispatcher) and the seed of `options`. The record is written in
    /// one transaction; when any step fails, the new file is removed again and nothing is left of the exercise.
    static Result<std::unique_ptr<Database>> start(const QString& path, const Scenario& scenario,
                                                   const QList<Trainee>& trainees, const SimulationOptions& options);
    /// Opens a training store (another desk, the trainer console); refuses a store that is not one.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// Removes a training store that did not start (its file and SQLite's files beside it).
    static void discard(const QString& path);

    /// The call that rings at `ringAtMs` for a scenario's call or escalation (or one the trainer injects):
    /// `sameEventAs` names the first call of its event (empty for a first call), `truth` what the trainee should
    /// reach for it.
    static TrainingCall callOf(const ScenarioEvent& event, qint64 ringAtMs, const QString& sameEventAs,
                               const ScenarioTruth& truth);
};

} // namespace dispatch
