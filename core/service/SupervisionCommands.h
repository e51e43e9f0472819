// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Supervision.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;

/// Supervision (督办): shift leaders put an incident, a rectification, a callback or a transfer under
/// supervision with an owner, a method and a deadline; anyone on the desk adds progress notes; a leader closes it
/// with the result. A rectification past its deadline goes under supervision by itself. A missed deadline is
/// recorded once.
class SupervisionCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SupervisionCommands)

public:
    static qint64 open(CommandContext& ctx, SupervisionSubject subject, qint64 subjectId, const QString& owner,
                       SupervisionMethod method, qint64 deadlineMs, const QString& title = {});
    static void addNote(CommandContext& ctx, qint64 supervisionId, const QString& text);
    static void close(CommandContext& ctx, qint64 supervisionId, const QString& result);
    /// A rectification not done by its deadline: under supervision of the shift leader on duty.
    static void escalateRectification(CommandContext& ctx, qint64 rectificationId);
    static QList<qint64> sweepOverdue(CommandContext& ctx);
};

} // namespace dispatch
