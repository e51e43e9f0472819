// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Instruction.h"

namespace dispatch {

QString InstructionCodes::code(InstructionClass c)
{
    switch (c) {
    case InstructionClass::Urgent: return QStringLiteral("urgent");
    case InstructionClass::General: return QStringLiteral("general");
    case InstructionClass::RepeatedNoRisk: return QStringLiteral("repeated");
    }
    return {};
}

std::optional<InstructionClass> InstructionCodes::classFromCode(const QString& code)
{
    for (auto c : {InstructionClass::Urgent, InstructionClass::General, InstructionClass::RepeatedNoRisk})
        if (InstructionCodes::code(c) == code)
            return c;
    return std::nullopt;
}

QString InstructionCodes::label(InstructionClass c)
{
    switch (c) {
    case InstructionClass::Urgent: return tr("urgent");
    case InstructionClass::General: return tr("general");
    case InstructionClass::RepeatedNoRisk: return tr("repeated, no risk");
    }
    return {};
}

QString InstructionCodes::code(InstructionState s)
{
    switch (s) {
    case InstructionState::Received: return QStringLiteral("received");
    case InstructionState::SignedFor: return QStringLiteral("signed_for");
    case InstructionState::Forwarded: return QStringLiteral("forwarded");
    case InstructionState::Answered: return QStringLiteral("answered");
    }
    return {};
}

QString InstructionCodes::label(InstructionState s)
{
    switch (s) {
    case InstructionState::Received: return tr("to sign for");
    case InstructionState::SignedFor: return tr("signed for");
    case InstructionState::Forwarded: return tr("forwarded");
    case InstructionState::Answered: return tr("answered");
    }
    return {};
}

} // namespace dispatch
