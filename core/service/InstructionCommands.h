// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Instruction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

class CommandContext;

/// What the desk registers of an instruction from higher command.
struct InstructionDraft
{
    QString source;
    QString text;
    InstructionClass cls = InstructionClass::General;
    qint64 receivedAtMs = 0; ///< 0: now; never in the future
    qint64 incidentId = 0;   ///< the incident it concerns, 0 if none
};

/// Instructions from higher command (上级指令): registered with their class; signed for within the policy's
/// `instruction_sign_for_seconds` of reception; urgent ones are forwarded in the same step ("urgent: forward at
/// once"); general ones are forwarded after a first analysis or answered directly; repeated ones without risk are
/// answered directly by the department that signed for them. Every instruction is answered to higher command by
/// its class's `instruction_reply_seconds`. A missed sign-for and a missed reply are each recorded once.
class InstructionCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::InstructionCommands)

public:
    static qint64 registerInstruction(CommandContext& ctx, const InstructionDraft& draft);
    /// Signs for it; an urgent one needs `forwardTo` and is forwarded in the same step.
    static void signFor(CommandContext& ctx, qint64 instructionId, const QStringList& forwardTo = {});
    /// Sends it on to units, stations or agencies (names as the board knows them).
    static void forward(CommandContext& ctx, qint64 instructionId, const QStringList& to);
    /// The reply to higher command: after forwarding, or directly (not for urgent ones).
    static void answer(CommandContext& ctx, qint64 instructionId, const QString& answer);
    /// Instructions whose sign-for or reply deadline newly passed.
    static QList<qint64> sweepOverdue(CommandContext& ctx);
};

} // namespace dispatch
