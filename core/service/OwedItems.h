// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
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
    enum class Kind { Feedback, FeedbackReview, Transfer, Callback, Rectification, Mediation, Instruction, Supervision, Ledger };

    Kind kind = Kind::Feedback;
    qint64 id = 0;          ///< the item in its own list (an incident id for feedback)
    qint64 incidentId = 0;  ///< the incident behind it, 0 if none
    QString number;         ///< that incident's number
    QString what;           ///< a line a leader reads
    QString owner;          ///< who owes it
    qint64 sinceMs = 0;     ///< since when it is owed
    qint64 deadlineMs = 0;  ///< by when (0: no deadline)

    bool overdue(qint64 nowMs) const { return deadlineMs && nowMs > deadlineMs; }
};

class OwedItems
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::OwedItems)

public:
    static QString code(OwedItem::Kind kind);
    static QString label(OwedItem::Kind kind);
    /// Every open item of every follow-up list: the overdue first, then by deadline (items without one last).
    static QList<OwedItem> collect(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs);
};

} // namespace dispatch
