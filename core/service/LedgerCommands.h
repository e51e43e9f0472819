// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;
struct RepeatMark;

/// The repeat-incident ledger (重复警情台账): every repeat mark stored at intake joins the open entry of its class at
/// its place (the same address, or within `kSamePlaceMetres`), or opens one owned by the station nearest the place,
/// due by the policy's `ledger_seconds`. Anyone on the desk notes actions ("日推进"); a shift leader may hand it to
/// another owner and closes it with the result ("销号") once an action is noted. A missed deadline is recorded once.
class LedgerCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::LedgerCommands)

public:
    static constexpr double kSamePlaceMetres = 50.0;

    /// Files a repeat mark just stored; returns the entry.
    static qint64 attachMark(CommandContext& ctx, const RepeatMark& mark);
    static qint64 addAction(CommandContext& ctx, qint64 entryId, const QString& text);
    static void assign(CommandContext& ctx, qint64 entryId, const QString& owner);
    static void close(CommandContext& ctx, qint64 entryId, const QString& result);
    static QList<qint64> sweepOverdue(CommandContext& ctx);
};

} // namespace dispatch
