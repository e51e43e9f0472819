// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingRun.h"

#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

namespace dispatch {

Result<TrainingRunResult> TrainingRun::run(const Scenario& scenario, const QString& storePath, const SimulationOptions& options,
                                           const QList<Trainee>& trainees)
{
    auto db = TrainingStore::start(storePath, scenario, trainees, options);
    if (!db)
        return db.error();
    ManualClock clock(scenario.startMs);
    DispatchService svc(**db, clock, QStringLiteral("simulation"));
    svc.actAsSystem(QStringLiteral("simulator"));
    Simulator sim(svc, clock, scenario, options);
    try {
        // Nobody else reads a headless run's store while it runs: the whole exercise is one transaction.
        (*db)->beginBatch();
        sim.runToEnd();
        (*db)->commitBatch();
    } catch (const DispatchError& e) {
        return e.error();
    }

    TrainingRunResult r;
    r.events = sim.eventsProcessed();
    r.refusals = sim.refusals();
    r.lastRefusal = sim.lastError();
    try {
        const QSqlDatabase& c = (*db)->connection();
        r.report = AfterActionReport::build(c, svc.responsePolicy(), scenario, clock.nowMs());
        r.stateHash = TrainingRepository::stateHash(c);
        r.incidents = TrainingRepository::incidentCount(c);
        r.dispatched = TrainingRepository::dispatchedCount(c);
    } catch (const DispatchError& e) {
        return e.error();
    }
    StatsQuery q;
    q.origins = {QStringLiteral("exercise")};
    Result<Statistics> st = svc.statistics(q);
    if (!st)
        return st.error();
    r.statistics = std::move(st).value();
    return r;
}

QJsonObject TrainingRunResult::toJson(const QTimeZone& zone, quint64 seed) const
{
    const QJsonObject stats = statistics.toJson(zone);
    return {{QStringLiteral("scenario"), report.title},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("incidents"), incidents},
            {QStringLiteral("dispatched"), dispatched},
            {QStringLiteral("calls"), report.answered.n + report.merged.n},
            {QStringLiteral("compliance"), stats.value(QStringLiteral("compliance"))},
            {QStringLiteral("intervals"), stats.value(QStringLiteral("intervals"))},
            {QStringLiteral("events"), events},
            {QStringLiteral("refusals"), refusals},
            {QStringLiteral("score"), report.score},
            {QStringLiteral("after_action"), report.toJson(zone)},
            {QStringLiteral("state_hash"), stateHash}};
}

} // namespace dispatch
