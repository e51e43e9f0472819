// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Eido.h"

#include <QCoreApplication>

namespace dispatch {

class CommandContext;

/// Incidents handed in from another centre (EIDO): each becomes a live incident on a hand-in line, keeping the
/// sender's id as its source and the document whole in its `incident.handed_in` event.
class HandInCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::HandInCommands)

public:
    /// Takes one in on `line` ("instruction" or "12345"). Refused: this centre's own incident, one already taken in
    /// (the sentence says when and by whom), and whatever creating the incident refuses.
    static qint64 take(CommandContext& ctx, const EidoHandIn& handIn, const QString& line);
};

} // namespace dispatch
