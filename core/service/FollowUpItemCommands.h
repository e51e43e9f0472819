// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace dispatch {

class CommandContext;
struct FollowUpDeclaration;

/// The one life of every declared follow-up list (FollowUpDeclaration): an item is opened about an incident for an
/// assignee with the list's fields and a deadline, gathers progress notes, is closed once with one of the list's
/// outcomes and the result's words, and is stamped overdue once when its deadline passes open. Each step is an
/// event (`followup.opened`, `.note`, `.closed`, `.overdue`, the list's code in the payload) and touches
/// Entity::FollowUp.
class FollowUpItemCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::FollowUpItemCommands)

public:
    static qint64 open(CommandContext& ctx, const QString& kind, qint64 incidentId, const QString& assignee,
                       const QMap<QString, QString>& fields, qint64 deadlineMs);
    static void addNote(CommandContext& ctx, qint64 itemId, const QString& text);
    static void close(CommandContext& ctx, qint64 itemId, const QString& outcome, const QString& result);
    /// Stamps the list's items newly past their deadline; their ids.
    static QList<qint64> sweepOverdue(CommandContext& ctx, const QString& kind);

    /// The declaration of the list `kind`; refused with a sentence when no declared list has that code.
    static const FollowUpDeclaration& declaration(const QString& kind);
};

} // namespace dispatch
