// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Callback.h"

namespace dispatch {

QString CallbackCodes::code(CallbackState s)
{
    switch (s) {
    case CallbackState::Due: return QStringLiteral("due");
    case CallbackState::Reached: return QStringLiteral("reached");
    case CallbackState::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

std::optional<CallbackState> CallbackCodes::stateFromCode(const QString& code)
{
    for (CallbackState s : {CallbackState::Due, CallbackState::Reached, CallbackState::Unreachable})
        if (CallbackCodes::code(s) == code)
            return s;
    return std::nullopt;
}

QString CallbackCodes::label(CallbackState s)
{
    switch (s) {
    case CallbackState::Due: return tr("due");
    case CallbackState::Reached: return tr("reached");
    case CallbackState::Unreachable: return tr("unreachable");
    }
    return {};
}

QString CallbackCodes::code(Satisfaction s)
{
    switch (s) {
    case Satisfaction::None: return {};
    case Satisfaction::Satisfied: return QStringLiteral("satisfied");
    case Satisfaction::BasicallySatisfied: return QStringLiteral("basically_satisfied");
    case Satisfaction::Unsatisfied: return QStringLiteral("unsatisfied");
    }
    return {};
}

std::optional<Satisfaction> CallbackCodes::satisfactionFromCode(const QString& code)
{
    for (Satisfaction s : {Satisfaction::None, Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Unsatisfied})
        if (CallbackCodes::code(s) == code)
            return s;
    return std::nullopt;
}

QString CallbackCodes::label(Satisfaction s)
{
    switch (s) {
    case Satisfaction::None: return QString();
    case Satisfaction::Satisfied: return tr("satisfied");
    case Satisfaction::BasicallySatisfied: return tr("basically satisfied");
    case Satisfaction::Unsatisfied: return tr("unsatisfied");
    }
    return {};
}

} // namespace dispatch
