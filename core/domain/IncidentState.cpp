// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IncidentState.h"

namespace dispatch {

using S = IncidentState;

const QList<IncidentState>& IncidentLifecycle::allStates()
{
    static const QList<IncidentState> all{S::Received, S::Triaged,     S::Dispatched, S::Acknowledged,
                                          S::EnRoute,  S::OnScene,     S::FeedbackGiven, S::Closed,
                                          S::Diverted, S::Transferred, S::Merged,     S::Cancelled};
    return all;
}

QString IncidentLifecycle::code(IncidentState s)
{
    switch (s) {
    case S::Received: return QStringLiteral("received");
    case S::Triaged: return QStringLiteral("triaged");
    case S::Dispatched: return QStringLiteral("dispatched");
    case S::Acknowledged: return QStringLiteral("acknowledged");
    case S::EnRoute: return QStringLiteral("en_route");
    case S::OnScene: return QStringLiteral("on_scene");
    case S::FeedbackGiven: return QStringLiteral("feedback_given");
    case S::Closed: return QStringLiteral("closed");
    case S::Diverted: return QStringLiteral("diverted");
    case S::Transferred: return QStringLiteral("transferred");
    case S::Merged: return QStringLiteral("merged");
    case S::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<IncidentState> IncidentLifecycle::fromCode(const QString& c)
{
    for (IncidentState s : allStates())
        if (code(s) == c)
            return s;
    return std::nullopt;
}

QString IncidentLifecycle::label(IncidentState s)
{
    switch (s) {
    case S::Received: return tr("Received");
    case S::Triaged: return tr("Triaged");
    case S::Dispatched: return tr("Dispatched");
    case S::Acknowledged: return tr("Signed for");
    case S::EnRoute: return tr("En route");
    case S::OnScene: return tr("On scene");
    case S::FeedbackGiven: return tr("Feedback given");
    case S::Closed: return tr("Closed");
    case S::Diverted: return tr("Diverted");
    case S::Transferred: return tr("Transferred");
    case S::Merged: return tr("Merged as duplicate");
    case S::Cancelled: return tr("Cancelled");
    }
    return {};
}

bool IncidentLifecycle::isTerminal(IncidentState s)
{
    return s == S::Closed || s == S::Merged || s == S::Cancelled;
}

bool IncidentLifecycle::takesUnits(IncidentState s)
{
    switch (s) {
    case IncidentState::Received:
    case IncidentState::Triaged:
    case IncidentState::Dispatched:
    case IncidentState::Acknowledged:
    case IncidentState::EnRoute:
    case IncidentState::OnScene: return true;
    default: return false;
    }
}

bool IncidentLifecycle::isManualTarget(IncidentState s)
{
    switch (s) {
    case IncidentState::Triaged:
    case IncidentState::Closed:
    case IncidentState::Transferred:
    case IncidentState::Cancelled: return true;
    default: return false;
    }
}

QList<IncidentState> IncidentLifecycle::allowedFrom(IncidentState from)
{
    switch (from) {
    case S::Received:
        return {S::Triaged, S::Dispatched, S::Diverted, S::Merged, S::Cancelled, S::Closed};
    case S::Triaged:
        return {S::Dispatched, S::Diverted, S::Transferred, S::Merged, S::Cancelled, S::Closed};
    case S::Dispatched:
        // Triaged again when every unit is recalled: the incident goes back to the queue.
        return {S::Acknowledged, S::EnRoute, S::OnScene, S::Triaged, S::Merged, S::Cancelled};
    case S::Acknowledged:
        // Dispatched again when the unit that signed for is withdrawn and another is still on its way.
        return {S::EnRoute, S::OnScene, S::Dispatched, S::Triaged, S::Merged, S::Cancelled};
    case S::EnRoute:
        return {S::OnScene, S::Dispatched, S::Acknowledged, S::Triaged, S::Merged, S::Cancelled};
    case S::OnScene:
        return {S::FeedbackGiven, S::Transferred};
    case S::FeedbackGiven:
        // OnScene again when the reviewer returns the feedback to the unit.
        return {S::Closed, S::OnScene, S::Transferred};
    case S::Diverted:
        // Triaged again when the agency returns the work order as a police matter.
        return {S::Triaged, S::Closed};
    case S::Transferred:
        return {S::Closed};
    case S::Closed:
    case S::Merged:
    case S::Cancelled:
        return {};
    }
    return {};
}

bool IncidentLifecycle::canTransition(IncidentState from, IncidentState to)
{
    return allowedFrom(from).contains(to);
}

QString IncidentLifecycle::refusal(IncidentState from, IncidentState to)
{
    if (canTransition(from, to))
        return {};
    if (from == to)
        return tr("the incident is already \"%1\"").arg(label(from));
    if (isTerminal(from))
        return tr("the incident is \"%1\" and can no longer change").arg(label(from));
    return tr("an incident cannot go from \"%1\" to \"%2\"").arg(label(from), label(to));
}

} // namespace dispatch
