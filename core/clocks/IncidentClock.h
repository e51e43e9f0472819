// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ResponsePolicy.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// What a clock shows now.
enum class ClockStatus {
    Running,  ///< started, less than the warning share of its time used
    Warning,  ///< the warning share used, deadline not yet passed
    Breached, ///< still running past its deadline
    Met,      ///< stopped at or before its deadline
    Late,     ///< stopped after its deadline (a breach that has ended)
    Void      ///< stopped because it no longer applies (cancelled, merged, diverted)
};

/// One clock of one incident, as stored: its absolute deadline was fixed when it started.
struct IncidentClock
{
    qint64 id = 0;
    qint64 incidentId = 0;
    ClockKind kind = ClockKind::CallToDispatch;
    qint64 startedAtMs = 0;
    qint64 allowedMs = 0;
    qint64 deadlineMs = 0;
    qint64 stoppedAtMs = 0; ///< 0 while running
    QString outcome;        ///< met / breached / void once stopped
    qint64 breachedAtMs = 0;
    qint64 lateMs = 0;

    bool isRunning() const { return stoppedAtMs == 0; }
    qint64 remainingMs(qint64 nowMs) const { return deadlineMs - nowMs; }
    ClockStatus status(qint64 nowMs, double warningShare) const;
};

/// The clocks table.
class ClockRepository
{
public:
    /// Starts a clock unless this incident already has one of this kind (a clock starts once).
    static bool start(const QSqlDatabase& db, qint64 incidentId, ClockKind kind, qint64 startedAtMs, qint64 allowedMs);
    /// Stops a running clock at `atMs`: met, breached (late) or void. Returns the stopped clock, if one ran.
    static std::optional<IncidentClock> stop(const QSqlDatabase& db, qint64 incidentId, ClockKind kind, qint64 atMs,
                                             bool voided = false);
    static QList<IncidentClock> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Running clocks past their deadline whose breach has not been stamped yet.
    static QList<IncidentClock> dueBreaches(const QSqlDatabase& db, qint64 nowMs);
    static void markBreached(const QSqlDatabase& db, qint64 clockId, qint64 atMs);
    /// Every running clock of the given incidents (for the board).
    static QList<IncidentClock> running(const QSqlDatabase& db);
};

} // namespace dispatch
