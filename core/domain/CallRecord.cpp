// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CallRecord.h"

namespace dispatch {

QString CallBackOutcomes::code(CallBackOutcome o)
{
    switch (o) {
    case CallBackOutcome::None: return {};
    case CallBackOutcome::NoEmergency: return QStringLiteral("no_emergency");
    case CallBackOutcome::Incident: return QStringLiteral("incident");
    case CallBackOutcome::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

std::optional<CallBackOutcome> CallBackOutcomes::fromCode(const QString& code)
{
    for (CallBackOutcome o : {CallBackOutcome::None, CallBackOutcome::NoEmergency, CallBackOutcome::Incident,
                              CallBackOutcome::Unreachable})
        if (CallBackOutcomes::code(o) == code)
            return o;
    return std::nullopt;
}

QString CallBackOutcomes::label(CallBackOutcome o)
{
    switch (o) {
    case CallBackOutcome::None: return tr("owed");
    case CallBackOutcome::NoEmergency: return tr("reached: no emergency");
    case CallBackOutcome::Incident: return tr("reached: taken as an incident");
    case CallBackOutcome::Unreachable: return tr("not reached");
    }
    return {};
}

} // namespace dispatch
