// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "service/ChangeEvent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

class Board;
class ResponsePolicy;

/// One thing still owed after the call (三盯: sign-for, feedback, callback; and what follows): what it is, who owes
/// it, since when and by when. The follow-up overview and the shift handover read the same list.
struct OwedItem
{
    QString kind;           ///< the item's code: its follow-up kind's ("transfer"), or "feedback" / "feedback_review"
    QString kindLabel;      ///< that code on screen
    Entity entity = Entity::Incident; ///< what `id` names
    qint64 id = 0;          ///< the item in its own list (an incident id for feedback)
    qint64 incidentId = 0;  ///< the incident behind it, 0 if none
    QString number;         ///< that incident's number
    QString what;           ///< a line a leader reads
    QString owner;          ///< who owes it
    qint64 sinceMs = 0;     ///< since when it is owed
    qint64 deadlineMs = 0;  ///< by when (0: no deadline)

    bool overdue(qint64 nowMs) const { return deadlineMs && nowMs > deadlineMs; }
};

/// The owed items being gathered from every follow-up kind, with what the kinds need to describe them (the board,
/// the policy, the time, each incident read once).
class OwedList
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::OwedList)

public:
    OwedList(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs);

    const QSqlDatabase& db() const { return m_db; }
    const Board& board() const { return m_board; }
    const ResponsePolicy& policy() const { return m_policy; }
    qint64 now() const { return m_now; }
    /// An incident from the board, or from the store when no longer active (read once).
    const Incident& incident(qint64 id);
    /// A unit's callsign ("" when unknown).
    QString callsign(qint64 unitId) const;

    /// Adds an item; its incident's number is filled in.
    void add(OwedItem item);
    /// The items: the overdue first, then by deadline (items without one last).
    QList<OwedItem> take();

private:
    const QSqlDatabase& m_db;
    const Board& m_board;
    const ResponsePolicy& m_policy;
    qint64 m_now;
    QHash<qint64, Incident> m_incidents;
    QList<OwedItem> m_items;
};

class OwedItems
{
public:
    /// Every open item of every follow-up kind (see FollowUpKinds), as of `nowMs`.
    static QList<OwedItem> collect(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs);
};

} // namespace dispatch
