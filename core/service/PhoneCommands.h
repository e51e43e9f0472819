// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/RingingCalls.h"
#include "domain/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

class CommandContext;

/// The calls the switch reported, kept for the whole centre, and the call backs of abandoned ones (回拨). Every desk
/// records what its feed says of a call; the first write of each fact stays, so twenty desks hearing one switch
/// make one row, and the change that matters — a call abandoned, owed a call back within the policy's
/// `abandoned_call_back_seconds` — is recorded (with its event) by the one desk whose write made it. A try that does
/// not reach the caller counts; after `callback_attempts` of them the call back is closed as not reached; a reached
/// caller ends it with no emergency, or as an incident (the call taken on the intake form, closed when it is saved).
class PhoneCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::PhoneCommands)

public:
    /// Records one event of the feed, with the call as the desk holds it after the event (its times resolved).
    static void record(CommandContext& ctx, CtiEventType type, const PhoneCall& call);
    /// A call back tried without reaching the caller; `expectedVersion` is the row version the desk showed.
    static void notReached(CommandContext& ctx, qint64 id, qint64 expectedVersion, const QString& note);
    /// The caller reached and there is no emergency (what they said in `note`, required).
    static void reachedNoEmergency(CommandContext& ctx, qint64 id, qint64 expectedVersion, const QString& note);
    /// An incident saved from a call (its source reference sourceRef(callId)): the call is linked to it, and a call
    /// back still owed is closed as taken into the incident.
    static void incidentTaken(CommandContext& ctx, const QString& sourceRef, qint64 incidentId, const QString& number);
    /// Owed call backs newly past their deadline, stamped once with an event.
    static QList<qint64> sweepOverdue(CommandContext& ctx);

    /// An incident's source reference for a call of the switch ("CTI:<call id>"), and back ("" when not one).
    static QString sourceRef(const QString& callId) { return QStringLiteral("CTI:") + callId; }
    static QString callIdOf(const QString& sourceRef);

private:
    /// The row to change: refused with who changed it when it is no longer as the desk showed it.
    static CallRecord loadOwed(CommandContext& ctx, qint64 id, qint64 expectedVersion);
    static void write(CommandContext& ctx, const CallRecord& c);
};

} // namespace dispatch
