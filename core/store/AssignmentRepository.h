// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assignment.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `assignments` and `feedback` tables.
class AssignmentRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Assignment& a);
    /// Writes the step times and the release of an assignment.
    static void update(const QSqlDatabase& db, const Assignment& a);
    static std::optional<Assignment> openForUnit(const QSqlDatabase& db, qint64 unitId);
    /// Who made an assignment: the user and the desk on its dispatch event ("" when the log does not say).
    struct Sender
    {
        QString username;
        QString desk;
    };
    static Sender sentBy(const QSqlDatabase& db, const Assignment& a);
    static QList<Assignment> openForIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Every assignment of an incident, open or released, oldest first.
    static QList<Assignment> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Open assignments still unsigned past their sign-for deadline whose miss has not been stamped yet.
    static QList<Assignment> dueSignForBreaches(const QSqlDatabase& db, qint64 nowMs);
    static void markSignForBreached(const QSqlDatabase& db, qint64 assignmentId, qint64 atMs);
    /// Assignments released at or after `sinceMs`, oldest release first.
    static QList<Assignment> releasedSince(const QSqlDatabase& db, qint64 sinceMs);
    /// Every open assignment (for the board).
    static QList<Assignment> allOpen(const QSqlDatabase& db);

    static qint64 insertFeedback(const QSqlDatabase& db, const Feedback& f);
    static QList<Feedback> feedback(const QSqlDatabase& db, qint64 incidentId);
};

} // namespace dispatch
