// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Callback.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;
struct Incident;

/// Callbacks (回访, "一警一回访") and rectifications (整改): every valid live incident that is closed enters the
/// callback list, due by the policy's `callback_due_seconds`; a try that does not reach the caller counts, and
/// after `callback_attempts` tries the callback is closed as unreachable; a reached caller gives the satisfaction
/// and their words; an unsatisfied one opens a rectification for the first unit sent, due by
/// `rectification_seconds`. Missed due times are recorded once.
class CallbackCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CallbackCommands)

public:
    /// Called when an incident is closed: opens its callback unless it is not one to call back (history,
    /// diverted or invalid calls, non-police matters) or already has one.
    static void openFor(CommandContext& ctx, const Incident& incident);
    /// One try: reached with the satisfaction and the caller's words, or not reached.
    static void recordAttempt(CommandContext& ctx, qint64 callbackId, bool reached, Satisfaction satisfaction,
                              const QString& words);
    static void completeRectification(CommandContext& ctx, qint64 rectificationId, const QString& result);

    /// Callbacks newly past their due time, stamped once with an event.
    static QList<qint64> sweepOverdueCallbacks(CommandContext& ctx);
    /// Rectifications newly past their deadline, stamped once and put under supervision.
    static QList<qint64> sweepOverdueRectifications(CommandContext& ctx);
};

} // namespace dispatch
