// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace dispatch {

/// One item of a declared follow-up list (see FollowUpDeclaration): about an incident, owed by an assignee by a
/// deadline, with the list's own fields, closed with an outcome and a result.
struct FollowUpItem
{
    qint64 id = 0;
    QString kind;               ///< the declared list's code
    qint64 incidentId = 0;
    QString number;             ///< that incident's number (read with the item)
    QString assignee;
    QMap<QString, QString> fields; ///< the list's declared fields, by code
    qint64 openedAtMs = 0;
    QString openedBy;
    qint64 deadlineMs = 0;
    qint64 overdueAtMs = 0;     ///< when it was stamped overdue (0: not)
    qint64 closedAtMs = 0;
    QString closedBy;
    QString outcome;            ///< one of the list's outcome codes once closed
    QString result;
    QString lastNote;           ///< the newest progress note (read with the item)

    bool isOpen() const { return closedAtMs == 0; }
};

struct FollowUpNote
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 atMs = 0;
    QString by;
    QString text;
};

} // namespace dispatch
