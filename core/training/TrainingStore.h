// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/PasswordHash.h"
#include "training/Scenario.h"
#include "training/Simulator.h"
#include "training/TrainingCall.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace dispatch {

class Database;
class DispatchService;

/// Who sits an exercise: a user of the live store, added to the training store as a dispatcher (unless the demo
/// district already has a user of that name). With the live store's password hash, the trainee signs in to the
/// exercise at any desk with their own password (otherwise the demo rule: the user name followed by 110, and
/// "-exercise" after it when that is too short a password).
struct Trainee
{
    QString username;
    QString displayName;
    std::optional<PasswordHash> password = {};
};

/// An exercise held in the centre's training database, as an administrator lists them.
struct HeldExercise
{
    QString address;     ///< what a desk opens (`dispatcher --db`)
    QString schema;
    QString title;
    QString trainees;    ///< user names, comma-separated (as the training meta says)
    qint64 startMs = 0;  ///< the scenario's start
    qint64 nowMs = 0;    ///< where its time stands (by the pace, at the store's clock)
    bool paused = true;
    qint64 incidents = 0;
};

/// A training store (演练库): a store of its own for one exercise — never the live one —, marked as such (every
/// incident in it is an exercise), seeded with the demo district (the scenario's zones and roster when it has
/// them) and the scenario's calls. Commits are not synced (a scratch store). It is a file on the trainer's PC, or a
/// schema in the centre's training database on the server (ExerciseSchemas), which trainees at other PCs join.
class TrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TrainingStore)

public:
    /// Where a new exercise started at `when` is held: a new file in the folder `dirOrServer`, or a new exercise's
    /// address in the training database when `dirOrServer` is a server URI.
    static Result<QString> newLocation(const QString& dirOrServer, const QDateTime& when);
    /// The user `username` of the live store as a trainee: name and password hash.
    static Result<Trainee> trainee(const Database& live, const QString& username);

    /// Starts an exercise, from the trainer's console or headless: creates the store at `path` (a file or an
    /// exercise's address on the server, which must not hold a store yet) at the scenario's start time, with the trainees as users, and records the scenario, its calls,
    /// who sits it (the trainees, or the automatic dispatcher) and the seed of `options`. The record is written in
    /// one transaction; when any step fails, the new file (or schema) is removed again and nothing is left of the exercise.
    static Result<std::unique_ptr<Database>> start(const QString& path, const Scenario& scenario,
                                                   const QList<Trainee>& trainees, const SimulationOptions& options);
    /// Opens a training store (another desk, the trainer console); refuses a store that is not one.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// The exercises held in the training database `trainingUri`, newest first.
    static Result<QList<HeldExercise>> held(const QString& trainingUri);
    /// Whether an opened store is a training store (a desk that opens one joins the exercise).
    static bool isExercise(const Database& db);
    /// Removes a training store that did not start (its file and SQLite's files beside it, or its schema).
    static void discard(const QString& path);

    /// The trainee signed in at `desk` answers the ringing call `ref`: it is theirs alone from now on (the store
    /// decides between two trainees reaching for it at once). Refused, naming who, when another trainee took it
    /// first, or when it was answered already.
    static Result<TrainingCall> answer(DispatchService& desk, const QString& ref);

    /// The call that rings at `ringAtMs` for a scenario's call or escalation (or one the trainer injects):
    /// `sameEventAs` names the first call of its event (empty for a first call), `truth` what the trainee should
    /// reach for it.
    /// What the trainee should reach for the scenario's call `e`: its own truth, or for a further caller the event's
    /// as it stands at that call (the first call's, or the last escalation's before it).
    static ScenarioTruth truthAt(const Scenario& scenario, const ScenarioEvent& e);
    static TrainingCall callOf(const ScenarioEvent& event, qint64 ringAtMs, const QString& sameEventAs,
                               const ScenarioTruth& truth);
};

} // namespace dispatch
