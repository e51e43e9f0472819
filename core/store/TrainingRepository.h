// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingCall.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

class Database;

/// Rows of a training store's own tables (`training_meta`, `training_calls`, and its mark in `meta`); what the
/// simulator, the after-action report and a headless run read of the exercise's incidents, callers, assignments and
/// clocks; and the stored history a scenario is made from.
///
/// Every write of the training tables runs inside a Transaction of the store (a write outside one throws), so that
/// an exercise's record is never half-written.
class TrainingRepository
{
public:
    /// An incident or a merged caller the simulator has not seen yet.
    struct NewIncident
    {
        qint64 id = 0;
        QString sourceRef;       ///< "SIM:<ref>" when it answers a scenario call
        qint64 createdAtMs = 0;
    };
    struct NewCaller
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        QString sourceRef;
        qint64 addedAtMs = 0;
    };
    struct NewAssignment
    {
        qint64 id = 0;
        qint64 dispatchedAtMs = 0;
    };
    /// The newest incident, caller and assignment: what the simulator has seen when it starts.
    struct LastIds
    {
        qint64 incident = 0, caller = 0, assignment = 0;
    };
    /// A unit's assignment as the simulator plays it.
    struct Assigned
    {
        qint64 unitId = 0;
        qint64 incidentId = 0;
        bool released = false;   ///< recalled, reassigned or cleared
    };
    /// What the after-action report reads of an exercise incident.
    struct Outcome
    {
        QString number, category, divertTo;
        int priority = 0;
        qint64 savedAtMs = 0, dispatchedAtMs = 0, signedForAtMs = 0, onSceneAtMs = 0, feedbackAtMs = 0, closedAtMs = 0;
        QString firstUnit;       ///< the callsign of the first unit sent
    };
    /// A sign-for or arrival clock of an exercise incident.
    struct UnitClock
    {
        bool signFor = false;    ///< otherwise arrival
        QString outcome;
        qint64 deadlineMs = 0;
        bool running = false;
    };
    /// An incident of the stored history, and a caller merged into it.
    struct HistoryIncident
    {
        qint64 id = 0;
        QString number, line, callerName, callerPhone, address;
        std::optional<GeoPoint> position;
        QString summary, category;
        int priority = 0;
        QString divertTo;
        bool mediation = false;
        qint64 receivedAtMs = 0;
    };
    struct HistoryCaller
    {
        qint64 id = 0;
        QString line, name, phone, address, summary;
        qint64 receivedAtMs = 0;
    };

    /// The training tables (kept when they are there).
    static void createTables(Database& db);
    /// Whether the store is marked as a training store.
    static bool isTrainingStore(const QSqlDatabase& db);

    static QString meta(const QSqlDatabase& db, const QString& key);
    static void setMeta(Database& db, const QString& key, const QString& value);

    static QList<TrainingCall> calls(const QSqlDatabase& db);
    static std::optional<TrainingCall> call(const QSqlDatabase& db, const QString& ref);
    /// Calls that rang by `nowMs` and are not answered yet, oldest first; a call another trainee took is left out
    /// when `username` is given (one a trainee took and has not saved yet stays on that trainee's list).
    static QList<TrainingCall> ringing(const QSqlDatabase& db, qint64 nowMs, const QString& username = {});
    /// `username` at `desk` takes a ringing call at `atMs`, unless someone took it or it was answered first: the
    /// call as it stands after (whoever took it), or nothing when there is no such call.
    static std::optional<TrainingCall> take(Database& db, const QString& ref, const QString& username, const QString& desk,
                                            qint64 atMs);
    /// The store's own clock (the server's, or the machine's that holds the file): what the exercise's pace is
    /// anchored on, so that desks on other PCs keep one simulated time.
    static qint64 storeTimeMs(const QSqlDatabase& db);
    /// Adds a call (its ref, ring time, what the caller says, its event and truth; not what the desk made of it).
    static void insertCall(Database& db, const TrainingCall& call);
    /// The call became `incidentId` (or was merged into it) at `atMs`; a call already answered keeps its answer.
    /// A later fix of a call still ringing (no one has answered it): false when it no longer rings.
    static bool moveCall(Database& db, const QString& ref, const GeoPoint& position);
    /// The caller hung up before anyone answered: the call stops ringing (false when someone had answered it).
    static bool abandon(Database& db, const QString& ref, qint64 atMs);
    static void link(Database& db, const QString& ref, qint64 incidentId, bool merged, qint64 atMs);
    /// The unit ranked first when the call's incident was first seen; a call keeps its first recommendation.
    static void setRecommended(Database& db, const QString& ref, const QString& callsign);

    static LastIds lastIds(const QSqlDatabase& db);
    static QList<NewIncident> incidentsAfter(const QSqlDatabase& db, qint64 incidentId);
    static QList<NewCaller> callersAfter(const QSqlDatabase& db, qint64 callerId);
    static QList<NewAssignment> assignmentsAfter(const QSqlDatabase& db, qint64 assignmentId);
    static std::optional<Assigned> assigned(const QSqlDatabase& db, qint64 assignmentId);

    static std::optional<Outcome> outcome(const QSqlDatabase& db, qint64 incidentId);
    /// The sign-for and arrival clocks of the exercise's incidents started by `nowMs`.
    static QList<UnitClock> unitClocks(const QSqlDatabase& db, qint64 nowMs);
    static qint64 incidentCount(const QSqlDatabase& db);
    static qint64 dispatchedCount(const QSqlDatabase& db);
    /// The SHA-256 of the store's final state (incidents, callers, units, assignments, clocks, feedback,
    /// instructions, the calls' outcomes), in a canonical text: two runs of a scenario with one seed give one hash.
    static QString stateHash(const QSqlDatabase& db);

    /// Incidents received in [fromMs, toMs), not exercises, by receive time; at most `limit`.
    static QList<HistoryIncident> historyIncidents(const QSqlDatabase& db, qint64 fromMs, qint64 toMs, int limit);
    static QList<HistoryCaller> historyCallers(const QSqlDatabase& db, qint64 incidentId);
};

} // namespace dispatch
