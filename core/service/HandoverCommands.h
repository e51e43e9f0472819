// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ShiftPattern.h"
#include "handover/Handover.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;

/// Shift handover (交接班): the outgoing shift leader prepares the report of the shift (built from the store as of now,
/// or the shift's end), writes notes per section and signs — signing builds the report again so that nothing opened
/// since is missing; the incoming leader, another shift leader, accepts it (it is then frozen: its hash goes into the
/// event chain) or rejects it with comments (back to the outgoing leader). Where the roster names the leaders of the
/// two shifts, only they sign. Shift leaders also flag what the handover must mention, keep the shift pattern and the
/// duty roster.
class HandoverCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::HandoverCommands)

public:
    /// Creates the shift's handover, or builds a draft or rejected one again (its notes kept). Returns its id.
    static qint64 prepare(CommandContext& ctx, const ShiftInstance& shift);
    static void setNotes(CommandContext& ctx, qint64 handoverId, const QString& section, const QString& text);
    static void sign(CommandContext& ctx, qint64 handoverId);
    static void accept(CommandContext& ctx, qint64 handoverId, const QString& comment);
    static void reject(CommandContext& ctx, qint64 handoverId, const QString& comment);
    /// Marks something for the handover's notable events (an incident, or free text).
    static void flag(CommandContext& ctx, const QString& text, qint64 incidentId);

    static void setShiftPattern(CommandContext& ctx, const ShiftPattern& pattern);
    static void setRoster(CommandContext& ctx, const ShiftInstance& shift, const QList<RosterEntry>& entries);
};

} // namespace dispatch
