// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WorkOrder.h"

namespace dispatch {

using S = WorkOrderState;

QString WorkOrderLifecycle::code(WorkOrderState s)
{
    switch (s) {
    case S::Sent: return QStringLiteral("sent");
    case S::Accepted: return QStringLiteral("accepted");
    case S::Completed: return QStringLiteral("completed");
    case S::Returned: return QStringLiteral("returned");
    }
    return {};
}

std::optional<WorkOrderState> WorkOrderLifecycle::fromCode(const QString& code)
{
    for (S s : {S::Sent, S::Accepted, S::Completed, S::Returned})
        if (WorkOrderLifecycle::code(s) == code)
            return s;
    return std::nullopt;
}

QString WorkOrderLifecycle::label(WorkOrderState s)
{
    switch (s) {
    case S::Sent: return tr("sent");
    case S::Accepted: return tr("accepted");
    case S::Completed: return tr("completed");
    case S::Returned: return tr("returned");
    }
    return {};
}

QList<WorkOrderState> WorkOrderLifecycle::allowedFrom(WorkOrderState from)
{
    switch (from) {
    case S::Sent: return {S::Accepted, S::Returned}; // the agency accepts before it can complete
    case S::Accepted: return {S::Completed, S::Returned};
    case S::Completed:
    case S::Returned: return {};
    }
    return {};
}

QString WorkOrderLifecycle::refusal(WorkOrderState from, WorkOrderState to)
{
    if (allowedFrom(from).contains(to))
        return {};
    if (from == to)
        return tr("the work order is already \"%1\"").arg(label(from));
    if (!isOpen(from))
        return tr("the work order is \"%1\" and can no longer change").arg(label(from));
    if (from == WorkOrderState::Sent && to == WorkOrderState::Completed)
        return tr("the agency has not taken the work order on yet: mark it \"%1\" first").arg(label(WorkOrderState::Accepted));
    return tr("a work order cannot go from \"%1\" to \"%2\"").arg(label(from), label(to));
}

} // namespace dispatch
