// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FollowUpItem.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace dispatch {

/// Rows of `follow_up_items` and `follow_up_notes`: the items of every declared follow-up list, by the list's code.
class FollowUpItemRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const FollowUpItem& item);
    /// Closes an open item; false when it was closed already (nothing written).
    static bool close(const QSqlDatabase& db, qint64 id, qint64 atMs, const QString& by, const QString& outcome,
                      const QString& result);
    static void stampOverdue(const QSqlDatabase& db, qint64 id, qint64 atMs);
    static std::optional<FollowUpItem> find(const QSqlDatabase& db, qint64 id);
    /// The open item of list `kind` about `incidentId` owed by `assignee`, if any.
    static std::optional<FollowUpItem> openFor(const QSqlDatabase& db, const QString& kind, qint64 incidentId,
                                               const QString& assignee);
    /// The list's open items, earliest deadline first.
    static QList<FollowUpItem> open(const QSqlDatabase& db, const QString& kind);
    /// Open, past their deadline and not yet stamped overdue.
    static QList<FollowUpItem> dueOverdue(const QSqlDatabase& db, const QString& kind, qint64 nowMs);
    /// Open just before `t` (opened before it, not closed before it), as they stood then.
    static QList<FollowUpItem> openAt(const QSqlDatabase& db, const QString& kind, qint64 t);
    /// Every declared list's items about `incidentId`, open or closed, oldest first.
    static QList<qint64> idsOfIncident(const QSqlDatabase& db, qint64 incidentId);
    /// The list's assignees, the most used first (for the desk's suggestions).
    static QStringList assignees(const QSqlDatabase& db, const QString& kind, int limit);
    static qint64 insertNote(const QSqlDatabase& db, const FollowUpNote& note);
    /// Oldest first.
    static QList<FollowUpNote> notes(const QSqlDatabase& db, qint64 itemId);
};

} // namespace dispatch
