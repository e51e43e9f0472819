// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dispatch {

class CommandContext;

/// Commands on units that do not involve an incident: availability, busy, on and off duty.
class UnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::UnitCommands)

public:
    static void changeState(CommandContext& ctx, qint64 unitId, UnitState to, const QString& reason);

    static Unit load(CommandContext& ctx, qint64 unitId);
    /// Moves the unit to `to` (checked by the state machine), records "unit.state_changed".
    static void applyTransition(CommandContext& ctx, Unit& unit, UnitState to, const QString& reason,
                                QJsonObject extra = {});
};

} // namespace dispatch
