// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/Statistics.h"
#include "training/AfterAction.h"
#include "training/Simulator.h"
#include "training/TrainingStore.h"

#include <QJsonObject>

namespace dispatch {

/// A whole exercise run headless (dispatchctl simulate, the tests, the benchmark): a new training store, the
/// simulator with the automatic dispatcher or not, run to the scenario's end; then the figures.
struct TrainingRunResult
{
    AfterActionReport report;
    Statistics statistics;     ///< over the exercise's incidents
    QString stateHash;
    qint64 events = 0;         ///< simulation events handled
    int refusals = 0;
    QString lastRefusal;
    qint64 incidents = 0;
    qint64 dispatched = 0;

    /// The documented metrics of `dispatchctl simulate --json`.
    QJsonObject toJson(const QTimeZone& zone, quint64 seed) const;
};

class TrainingRun
{
public:
    /// Starts the exercise at `storePath` as the trainer's console does (TrainingStore::start), with `trainees` as
    /// who sits it (none: nobody at the desk, or the automatic dispatcher), and runs it to the end.
    static Result<TrainingRunResult> run(const Scenario& scenario, const QString& storePath, const SimulationOptions& options,
                                         const QList<Trainee>& trainees = {});
};

} // namespace dispatch
