// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dispatch {

/// Where an incident is in its life (接警 → 派警 → 出警 → 处警 → 反馈 → 结案), plus the side exits.
enum class IncidentState {
    Received,      ///< 已接警: recorded, not yet triaged
    Triaged,       ///< 已研判: category and priority set, waiting for a unit
    Dispatched,    ///< 已派警: a unit has been sent
    Acknowledged,  ///< 已签收: the unit signed for the dispatch
    EnRoute,       ///< 出警途中
    OnScene,       ///< 到达现场
    FeedbackGiven, ///< 已反馈: result and disposition reported
    Closed,        ///< 已结案
    Diverted,      ///< 已分流: handed to a linked agency by work order
    Transferred,   ///< 已移交: handed to a police station or department
    Merged,        ///< 已合并: a duplicate of another incident
    Cancelled,     ///< 已撤销
};

/// The incident state machine: codes, labels and the allowed transitions.
class IncidentLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::IncidentLifecycle)

public:
    static const QList<IncidentState>& allStates();
    static QString code(IncidentState s);
    static std::optional<IncidentState> fromCode(const QString& code);
    static QString label(IncidentState s);

    /// Terminal states never change again; the queue shows only non-terminal incidents.
    static bool isTerminal(IncidentState s);
    /// Still owed work by the centre (everything but the terminal states).
    static bool isActive(IncidentState s) { return !isTerminal(s); }

    /// Whether units may still be sent to an incident in this state (before feedback; not diverted, transferred
    /// or ended). The dispatch command refuses any other state; screens offer no candidates for it.
    static bool takesUnits(IncidentState s);
    /// Whether a dispatcher may set this state by hand (triaged again, closed, transferred, cancelled). The others
    /// follow the units, the feedback or the intake, so that an incident's state never disagrees with them; the
    /// change-state command refuses them and the desk offers only these.
    static bool isManualTarget(IncidentState s);

    static QList<IncidentState> allowedFrom(IncidentState from);
    static bool canTransition(IncidentState from, IncidentState to);
    /// Empty when allowed, otherwise the reason in words.
    static QString refusal(IncidentState from, IncidentState to);
};

} // namespace dispatch
