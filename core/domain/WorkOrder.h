// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dispatch {

/// A diverted call's work order (工单) to a linked agency: sent → accepted → completed (never completed unaccepted),
/// or returned by the agency as a police matter after all (from sent or accepted).
enum class WorkOrderState { Sent, Accepted, Completed, Returned };

class WorkOrderLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::WorkOrderLifecycle)

public:
    static QString code(WorkOrderState s);
    static std::optional<WorkOrderState> fromCode(const QString& code);
    static QString label(WorkOrderState s);
    static bool isOpen(WorkOrderState s) { return s == WorkOrderState::Sent || s == WorkOrderState::Accepted; }
    static QList<WorkOrderState> allowedFrom(WorkOrderState from);
    /// Empty when allowed; otherwise why not.
    static QString refusal(WorkOrderState from, WorkOrderState to);
};

/// One work order as stored.
struct WorkOrder
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString agency;
    WorkOrderState state = WorkOrderState::Sent;
    QString note;
    qint64 createdAtMs = 0;
    qint64 stateSinceMs = 0;
};

} // namespace dispatch
