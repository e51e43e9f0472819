// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// An instruction from higher command (上级指令). Urgent ones are forwarded at once (and analysed in parallel);
/// general ones are forwarded after a first analysis; repeated ones without risk may be answered directly by the
/// department that signed for them.
enum class InstructionClass { Urgent, General, RepeatedNoRisk };
enum class InstructionState { Received, SignedFor, Forwarded, Answered };

class InstructionCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::InstructionCodes)

public:
    static QString code(InstructionClass c);
    static std::optional<InstructionClass> classFromCode(const QString& code);
    static QString label(InstructionClass c);
    static QString code(InstructionState s);
    static QString label(InstructionState s);
};

struct Instruction
{
    qint64 id = 0;
    QString source;            ///< who issued it (e.g. 市局指挥中心)
    QString text;
    InstructionClass cls = InstructionClass::General;
    qint64 incidentId = 0;     ///< the incident it concerns, 0 if none
    qint64 receivedAtMs = 0;   ///< when it reached the centre (the clocks run from here)
    qint64 registeredAtMs = 0;
    QString registeredBy;
    qint64 signDeadlineMs = 0;
    qint64 signedAtMs = 0;
    QString signedBy;
    qint64 forwardedAtMs = 0;
    QStringList forwardedTo;   ///< units, stations or agencies it went to
    QString forwardedBy;
    qint64 replyDeadlineMs = 0;
    qint64 answeredAtMs = 0;
    QString answeredBy;
    QString answer;            ///< the reply to higher command
    qint64 signOverdueAtMs = 0; ///< when the missed sign-for was recorded (once)
    qint64 overdueAtMs = 0;     ///< when the missed reply deadline was recorded (once)

    InstructionState state() const
    {
        if (answeredAtMs)
            return InstructionState::Answered;
        if (forwardedAtMs)
            return InstructionState::Forwarded;
        if (signedAtMs)
            return InstructionState::SignedFor;
        return InstructionState::Received;
    }
    bool isOpen() const { return answeredAtMs == 0; }
    /// Answered by the signing department without forwarding (直接答复).
    bool answeredDirectly() const { return answeredAtMs && !forwardedAtMs; }
    /// The deadline the instruction is working against now: sign-for until signed, then the reply.
    qint64 currentDeadlineMs() const { return signedAtMs ? replyDeadlineMs : signDeadlineMs; }
};

} // namespace dispatch
