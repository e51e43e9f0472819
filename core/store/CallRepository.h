// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// The calls the switch reported (`phone_calls`). Every desk hearing the feed writes each call; the writes are
/// idempotent (the first desk's values stay, a later desk's fill only what is missing), and the changes that are
/// the centre's business (a call abandoned, its call back) are made by exactly one desk: the one whose UPDATE changed
/// the row.
class CallRepository
{
public:
    /// The call's row, made empty when no desk wrote it yet; its id.
    static qint64 ensure(const QSqlDatabase& db, const QString& callId);
    /// What the ring told: line, number, name, when it rang and the network's place, each written only where the row
    /// lacks it (the first desk's values stay).
    static void rang(const QSqlDatabase& db, const CallRecord& call);
    /// Where the network says the caller is (a later or better fix replaces it).
    static void located(const QSqlDatabase& db, const QString& callId, double lat, double lon, int radiusM,
                        const QString& source);
    /// Answered at a desk: true when this write recorded it (the first).
    static bool answered(const QSqlDatabase& db, const QString& callId, qint64 atMs, const QString& desk);
    /// Ended: an answered call's end is kept once.
    static void ended(const QSqlDatabase& db, const QString& callId, qint64 atMs);
    /// Ended unanswered: owed a call back by `dueMs`. True when this write made it so (not answered, not already
    /// abandoned): that desk records the event.
    static bool abandon(const QSqlDatabase& db, const QString& callId, qint64 atMs, qint64 dueMs);

    static std::optional<CallRecord> find(const QSqlDatabase& db, qint64 id);
    static std::optional<CallRecord> findByCallId(const QSqlDatabase& db, const QString& callId);
    /// Abandoned calls still owed a call back, the earliest deadline first.
    static QList<CallRecord> owed(const QSqlDatabase& db);
    /// Owed call backs past their deadline at `nowMs` and not yet stamped overdue.
    static QList<CallRecord> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
    /// Calls abandoned before `t` whose call back was not closed before `t` (a handover's list of what is carried).
    static QList<CallRecord> owedAt(const QSqlDatabase& db, qint64 t);

    /// Writes the call back's fields if the row is still at `c.rowVersion` (raising it): false when another desk
    /// changed the row since it was read.
    static bool updateCallBack(const QSqlDatabase& db, const CallRecord& c);
    /// The incident the call became (an answered call, or a call back that reached an emergency), kept once.
    static void linkIncident(const QSqlDatabase& db, const QString& callId, qint64 incidentId);
};

} // namespace dispatch
