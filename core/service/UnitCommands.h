// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace dispatch {

class CommandContext;

/// Commands on units that do not involve an incident: availability, busy, on and off duty.
class UnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::UnitCommands)

public:
    /// Units coming on and going off duty together at a shift change.
    struct DutyChange
    {
        QList<qint64> onDuty;  ///< off-duty units that start the shift (at their staging point if they have one)
        QList<qint64> offDuty; ///< free or busy units that end it
        QString shift;         ///< the shift's name, recorded with the change
    };

    static void changeState(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason);

    /// The whole change or nothing: a unit on an incident cannot go off duty (clear it first) and a unit
    /// listed twice or already where it is asked to go is refused, each error naming the callsign. One
    /// "unit.state_changed" per unit and one "units.duty_changed" for the change.
    static void changeDuty(CommandContext& ctx, const DutyChange& change);

    static Unit load(CommandContext& ctx, qint64 unitId);
    /// Refuses when the unit's row has changed since the desk's screen showed it at row version `seen` (a position fix
    /// is no change), naming who changed it and when; nothing when `seen` is empty.
    static void requireAsSeen(CommandContext& ctx, qint64 unitId, std::optional<qint64> seen);
    /// Moves the unit to `to` (checked by the state machine), records "unit.state_changed".
    static void applyTransition(CommandContext& ctx, Unit& unit, UnitState to, const QString& reason,
                                QJsonObject extra = {});
};

} // namespace dispatch
