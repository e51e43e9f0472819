// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "handover/HandoverReport.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// The reads the handover report is built from (HandoverBuilder): the store over a period [from, to), or as it stood
/// at a moment `t` (what happened before t counts; what was done at t or later was still open at t).
class HandoverQueries
{
public:
    // The period's figures.

    struct Call
    {
        QString line, category;
        int priority = 0;
    };
    /// Live calls received in [from, to).
    static QList<Call> liveCalls(const QSqlDatabase& db, qint64 from, qint64 to);
    /// Live incidents whose first unit was sent in [from, to).
    static int liveFirstDispatches(const QSqlDatabase& db, qint64 from, qint64 to);
    /// Events of one kind recorded in [from, to).
    static int eventCount(const QSqlDatabase& db, const QString& kind, qint64 from, qint64 to);

    struct EventRow
    {
        qint64 atMs = 0;
        QString kind;
        qint64 entityId = 0;
        QByteArray payload; ///< JSON
        QString username;
    };
    /// Events of the given kinds recorded in [from, to), by time.
    static QList<EventRow> events(const QSqlDatabase& db, const QStringList& kinds, qint64 from, qint64 to);

    struct ClockDecision
    {
        QString kind; ///< clock kind code
        bool met = false;
    };
    /// Clocks decided in [from, to): met when stopped in time, breached when the miss was stamped (or, without a
    /// stamp, when it stopped late).
    static QList<ClockDecision> clocksDecided(const QSqlDatabase& db, qint64 from, qint64 to);

    /// A breach stamped (or a clock stopped late) in [from, to); the caller works out how late it is.
    struct BreachRow
    {
        HandoverBreach breach; ///< incident, number, clock, deadline, when it was breached, the unit's callsign
        qint64 stoppedAtMs = 0; ///< 0 while the clock runs
    };
    /// The incidents' clocks, but their sign-for (a unit's own sign-for is listed per unit).
    static QList<BreachRow> incidentClockBreaches(const QSqlDatabase& db, qint64 from, qint64 to);
    /// Each unit's own sign-for: it stops when the unit signs for, or when it leaves the incident unsigned.
    static QList<BreachRow> unitSignForBreaches(const QSqlDatabase& db, qint64 from, qint64 to);

    // The state at a moment.

    struct Event
    {
        QString kind;
        QByteArray payload; ///< JSON
    };
    /// The last event of an entity recorded before t among `kinds` (any kind when empty).
    static std::optional<Event> lastEventBefore(const QSqlDatabase& db, const QString& entity, qint64 id, qint64 t,
                                                const QStringList& kinds = {});
    /// The first event of a kind of an entity recorded at t or later.
    static std::optional<Event> firstEventFrom(const QSqlDatabase& db, const QString& entity, qint64 id,
                                               const QString& kind, qint64 t);
    /// Events of a kind of an entity recorded before t.
    static int eventCountBefore(const QSqlDatabase& db, const QString& entity, qint64 id, const QString& kind, qint64 t);

    struct IncidentRow
    {
        qint64 id = 0;
        QString number, summary;
        qint64 receivedMs = 0;
        QString category;
    };
    /// Live incidents received in [since, t) whose row does not say they were closed, merged or cancelled before t
    /// (their events tell their state at t), by received time.
    static QList<IncidentRow> liveIncidentsOpenAt(const QSqlDatabase& db, qint64 t, qint64 since);
    /// Live priority-1 and mass incidents received in [from, to), by received time.
    static QList<IncidentRow> liveNotableIncidents(const QSqlDatabase& db, qint64 from, qint64 to);

    struct WorkOrderRow
    {
        qint64 id = 0;
        QString agency;
        qint64 createdMs = 0;
    };
    /// The incident's last work order sent before t.
    static std::optional<WorkOrderRow> lastWorkOrderBefore(const QSqlDatabase& db, qint64 incidentId, qint64 t);
    /// The units on an incident at t, in the order they were sent.
    static QList<qint64> unitsOnIncidentAt(const QSqlDatabase& db, qint64 incidentId, qint64 t);

    struct ClockRow
    {
        QString kind;
        qint64 deadlineMs = 0;
    };
    /// The incident's clock running at t whose deadline comes first (the closure clock left out).
    static std::optional<ClockRow> clockDueFirstAt(const QSqlDatabase& db, qint64 incidentId, qint64 t);

    struct UnitIncident
    {
        qint64 incidentId = 0;
        QString number;
    };
    /// The incident a unit was on at t.
    static std::optional<UnitIncident> incidentOfUnitAt(const QSqlDatabase& db, qint64 unitId, qint64 t);

    // The follow-up items open at a moment, by deadline (instructions by received time).

    struct OpenItem
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        qint64 ownerId = 0; ///< the station of a transfer, the unit of a rectification or mediation (0: none)
        QString text;       ///< a transfer's reason, a rectification's issue, a mediated incident's summary, a title
        QString owner;      ///< a supervision's owner
        qint64 sinceMs = 0;
        qint64 deadlineMs = 0;
    };
    static QList<OpenItem> transfersOpenAt(const QSqlDatabase& db, qint64 t);
    static QList<OpenItem> rectificationsOpenAt(const QSqlDatabase& db, qint64 t);
    static QList<OpenItem> mediationsOpenAt(const QSqlDatabase& db, qint64 t);
    static QList<OpenItem> supervisionsOpenAt(const QSqlDatabase& db, qint64 t);

    struct CallbackRow
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        QString callerPhone, summary;
        qint64 dueMs = 0;
        qint64 openedMs = 0; ///< when it was opened (its event), 0 if unknown
    };
    /// Callbacks not done before t (some may have been opened after t: see openedMs).
    static QList<CallbackRow> callbacksNotDoneAt(const QSqlDatabase& db, qint64 t);

    struct InstructionRow
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        QString source, text, cls;
        qint64 receivedMs = 0, signDeadlineMs = 0, replyDeadlineMs = 0;
        std::optional<qint64> signedAtMs, forwardedAtMs;
        QString forwardedTo; ///< one recipient a line
    };
    static QList<InstructionRow> instructionsOpenAt(const QSqlDatabase& db, qint64 t);

    /// Ledger entries open at t that changed in [from, t) (opened, marked again or worked), by deadline, each with
    /// its marks before t (markCount).
    static QList<LedgerEntry> ledgerChanged(const QSqlDatabase& db, qint64 from, qint64 t);
};

} // namespace dispatch
