// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/IncidentClock.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of `incident_clocks`.
class ClockRepository
{
public:
    struct Start
    {
        ClockKind kind;
        qint64 startedAtMs = 0;
        qint64 allowedMs = 0;
    };
    /// Starts the incident's clocks, each unless the incident already has one of its kind (a clock starts once), in
    /// one statement. On a server the write goes with the transaction's next statement (sql::defer).
    static void start(const QSqlDatabase& db, qint64 incidentId, const QList<Start>& clocks);
    /// Starts the clocks of an incident made in this transaction, which has none yet: a plain INSERT, without the
    /// check for one of the kind that start() asks of every unique index.
    static void startFirst(const QSqlDatabase& db, qint64 incidentId, const QList<Start>& clocks);
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
