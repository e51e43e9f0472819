// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dispatch {

/// What a unit is doing now.
enum class UnitState {
    AvailablePatrol,  ///< 巡逻待警: on patrol, free
    AvailableStaging, ///< 屯警点待警: at its staging point, free
    Dispatched,       ///< 已派: sent, not yet signed for
    Acknowledged,     ///< 已签收
    EnRoute,          ///< 出警途中
    OnScene,          ///< 到达现场
    Busy,             ///< 忙碌: not available (paperwork, refuelling, escort…)
    OffDuty,          ///< 下勤
};

/// The unit state machine: codes, labels and the allowed transitions.
class UnitLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::UnitLifecycle)

public:
    static const QList<UnitState>& allStates();
    static QString code(UnitState s);
    static std::optional<UnitState> fromCode(const QString& code);
    static QString label(UnitState s);

    static bool isAvailable(UnitState s) { return s == UnitState::AvailablePatrol || s == UnitState::AvailableStaging; }
    /// Committed to an incident (dispatched up to on scene).
    static bool isCommitted(UnitState s);
    static bool isOnDuty(UnitState s) { return s != UnitState::OffDuty; }

    static QList<UnitState> allowedFrom(UnitState from);
    static bool canTransition(UnitState from, UnitState to);
    static QString refusal(UnitState from, UnitState to);
};

} // namespace dispatch
