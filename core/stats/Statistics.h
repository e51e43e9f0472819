// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace dispatch {

class Database;
class ResponsePolicy;

/// Which incidents a statistic covers: received in [fromMs, toMs), of the given origins and zones.
struct StatsQuery
{
    qint64 fromMs = 0; ///< 0: from the first
    qint64 toMs = 0;   ///< 0: to the last (exclusive bound otherwise)
    QList<qint64> zoneIds;            ///< empty: every zone (and none)
    QStringList categories;           ///< empty: every category
    QStringList origins{QStringLiteral("live"), QStringLiteral("imported")}; ///< exercises only when asked
};

/// An interval over the incidents that have both ends, in seconds (nearest-rank percentiles).
struct IntervalStats
{
    int n = 0;
    double p50 = 0, p90 = 0, p95 = 0;
    double shareWithin60s = 0, shareWithin180s = 0, shareWithin300s = 0; ///< fractions 0..1 of n
    int negative = 0; ///< pairs whose end precedes their start: left out, counted
};

/// The figures of a period. Everything derives from the store (SQL and one pass over the period's rows).
struct Statistics
{
    qint64 fromMs = 0, toMs = 0; ///< the period as asked, or the data's extent when open
    int incidents = 0;
    QMap<QString, int> byLine, byCategory, byState;
    QMap<int, int> byPriority;  ///< 0 = not set
    QMap<qint64, int> byZone;   ///< 0 = outside every zone
    std::array<int, 24> byHour{};    ///< hour of day in the centre's time zone
    std::array<int, 7> byWeekday{};  ///< Monday = 0
    QList<QPair<QDate, int>> daily;  ///< every day of the period, in the centre's time zone
    double dailyAverage = 0;
    double trendPerDay = 0;          ///< least-squares slope of the daily counts

    // Intervals to the FIRST unit.
    IntervalStats receivedToDispatched, dispatchedToSignedFor, dispatchedToOnScene, receivedToOnScene;
    // Compliance.
    int signForN = 0, signForWithin30s = 0;          ///< dispatched → signed for within 30 s
    int callToDispatchN = 0, callToDispatchMet = 0;  ///< against the policy's call → dispatch by priority
    int arrivalN = 0, arrivalMet = 0;                ///< dispatch → on scene against each incident's own tier
    QMap<int, QPair<int, int>> arrivalByTier;        ///< tier → (n, met)
    QMap<qint64, QPair<int, int>> arrivalByZone;     ///< zone id → (n, met), same measure
    /// Dispatched → first on scene in 30-second bins: [0, 30 s), [30 s, 60 s), …; the last bin holds 10 min and more.
    static constexpr int kHistogramBinSeconds = 30;
    std::array<int, 21> arrivalHistogram{};

    // Outcomes.
    int diverted = 0, transferred = 0, merged = 0, cancelled = 0, closed = 0;
    QMap<QString, QPair<int, int>> resolvedOnSceneByCategory; ///< category → (feedback given, resolved on scene)
    /// Incidents handed to a station, per category; the rest of a category was closed on scene (seed 003's
    /// "on-scene closure": disputes 84.8 %, assistance 94.1 %).
    QMap<QString, int> transferredByCategory;
    double closedOnSceneShare(const QString& category) const
    {
        const int n = byCategory.value(category);
        return share(n - transferredByCategory.value(category), n);
    }
    int repeatMarks = 0;
    // Callbacks (回访) of the period's incidents: opened, reached, given up, and the reached callers' answers.
    int callbacks = 0, callbacksReached = 0, callbacksUnreachable = 0;
    int satisfied = 0, basicallySatisfied = 0, unsatisfied = 0;
    /// Reached ÷ callbacks to make; (satisfied + basically satisfied) ÷ reached.
    double callbackRate() const { return share(callbacksReached, callbacks); }
    double satisfactionRate() const { return share(satisfied + basicallySatisfied, callbacksReached); }

    // Mediations (调解) of the period's incidents: those with an outcome, and how they ended.
    int mediationsOpen = 0, mediationsSettled = 0, mediationsNotSettled = 0, mediationsReferred = 0;
    int mediationsEnded() const { return mediationsSettled + mediationsNotSettled + mediationsReferred; }
    /// Settled ÷ mediations with an outcome (seed 001: 95 %).
    double mediationSuccessRate() const { return share(mediationsSettled, mediationsEnded()); }

    // Instructions from higher command received in the period (centre-wide: counted for live work without a zone
    // or category filter): answered after forwarding or directly (直接答复, seed 001: 23.48 %).
    int instructions = 0, instructionsAnswered = 0, instructionsAnsweredDirectly = 0;
    double instructionsDirectShare() const { return share(instructionsAnsweredDirectly, instructionsAnswered); }

    // Telephone (the switch's calls, centre-wide for live work without a zone or category filter): answered within
    // 10 / 15 / 20 s of the ring (NFPA 1225: 90 % in 10 s; NENA: 90 % in 15 s), abandoned, and called back.
    int phoneCalls = 0, phoneAnswered = 0, phoneAnswerTimed = 0;
    int answeredWithin10s = 0, answeredWithin15s = 0, answeredWithin20s = 0;
    int abandonedCalls = 0, abandonedCalledBack = 0, abandonedCalledBackInTime = 0, abandonedReached = 0;
    int abandonedBecameIncidents = 0, abandonedUnreachable = 0, abandonedOwed = 0;

    static double share(int part, int whole) { return whole ? double(part) / double(whole) : 0.0; }
    /// The documented structure (README "Statistics"), as printed by `dispatchctl stats --json`.
    QJsonObject toJson(const QTimeZone& zone) const;
};

/// Computes statistics over the store.
class StatisticsQuery
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StatisticsQuery)

public:
    static Result<Statistics> compute(Database& db, const ResponsePolicy& policy, const QTimeZone& zone,
                                      const StatsQuery& query);
};

} // namespace dispatch
