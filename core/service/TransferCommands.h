// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;

/// Transfers to police stations (移交): "先处置、后移交" — the incident, handled first by a patrol, goes to a
/// station with a reason; the station signs for it by the response policy's `transfer_sign_for_seconds`; a
/// missed deadline is recorded once, with the late seconds, and the transfer stays listed until signed for.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TransferCommands)

public:
    /// Moves the incident to Transferred (its units are released) and opens the transfer.
    static qint64 transfer(CommandContext& ctx, qint64 incidentId, qint64 stationId, const QString& reason);
    /// The station has signed for it: who signed, at the desk's time; late seconds kept in the event.
    static void accept(CommandContext& ctx, qint64 transferId, const QString& signedBy);
    /// Records each transfer newly past its deadline (once); returns their ids.
    static QList<qint64> sweepOverdue(CommandContext& ctx);
};

} // namespace dispatch
