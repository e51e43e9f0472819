// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UnitState.h"

namespace dispatch {

using U = UnitState;

const QList<UnitState>& UnitLifecycle::allStates()
{
    static const QList<UnitState> all{U::AvailablePatrol, U::AvailableStaging, U::Dispatched, U::Acknowledged,
                                      U::EnRoute,         U::OnScene,          U::Busy,       U::OffDuty};
    return all;
}

QString UnitLifecycle::code(UnitState s)
{
    switch (s) {
    case U::AvailablePatrol: return QStringLiteral("available_patrol");
    case U::AvailableStaging: return QStringLiteral("available_staging");
    case U::Dispatched: return QStringLiteral("dispatched");
    case U::Acknowledged: return QStringLiteral("acknowledged");
    case U::EnRoute: return QStringLiteral("en_route");
    case U::OnScene: return QStringLiteral("on_scene");
    case U::Busy: return QStringLiteral("busy");
    case U::OffDuty: return QStringLiteral("off_duty");
    }
    return {};
}

std::optional<UnitState> UnitLifecycle::fromCode(const QString& c)
{
    for (UnitState s : allStates())
        if (code(s) == c)
            return s;
    return std::nullopt;
}

QString UnitLifecycle::label(UnitState s)
{
    switch (s) {
    case U::AvailablePatrol: return tr("On patrol");
    case U::AvailableStaging: return tr("At staging point");
    case U::Dispatched: return tr("Dispatched");
    case U::Acknowledged: return tr("Signed for");
    case U::EnRoute: return tr("En route");
    case U::OnScene: return tr("On scene");
    case U::Busy: return tr("Busy");
    case U::OffDuty: return tr("Off duty");
    }
    return {};
}

bool UnitLifecycle::isCommitted(UnitState s)
{
    return s == U::Dispatched || s == U::Acknowledged || s == U::EnRoute || s == U::OnScene;
}

QList<UnitState> UnitLifecycle::allowedFrom(UnitState from)
{
    switch (from) {
    case U::AvailablePatrol:
        return {U::AvailableStaging, U::Dispatched, U::Busy, U::OffDuty};
    case U::AvailableStaging:
        return {U::AvailablePatrol, U::Dispatched, U::Busy, U::OffDuty};
    case U::Dispatched:
        // Dispatched again = reassigned to another incident.
        // Available or busy again = recalled before arrival.
        return {U::Acknowledged, U::EnRoute, U::OnScene, U::Dispatched, U::AvailablePatrol, U::AvailableStaging, U::Busy};
    case U::Acknowledged:
        return {U::EnRoute, U::OnScene, U::Dispatched, U::AvailablePatrol, U::AvailableStaging, U::Busy};
    case U::EnRoute:
        return {U::OnScene, U::Dispatched, U::AvailablePatrol, U::AvailableStaging, U::Busy};
    case U::OnScene:
        return {U::AvailablePatrol, U::AvailableStaging, U::Busy, U::Dispatched};
    case U::Busy:
        return {U::AvailablePatrol, U::AvailableStaging, U::Dispatched, U::OffDuty};
    case U::OffDuty:
        return {U::AvailablePatrol, U::AvailableStaging};
    }
    return {};
}

bool UnitLifecycle::canTransition(UnitState from, UnitState to)
{
    return allowedFrom(from).contains(to);
}

QString UnitLifecycle::refusal(UnitState from, UnitState to)
{
    if (canTransition(from, to))
        return {};
    if (from == to)
        return tr("the unit is already \"%1\"").arg(label(from));
    return tr("a unit cannot go from \"%1\" to \"%2\"").arg(label(from), label(to));
}

} // namespace dispatch
