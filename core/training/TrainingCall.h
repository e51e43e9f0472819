// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"

#include <QString>

#include <optional>

namespace dispatch {

/// A scenario call as the training store keeps it: when it rings, what the caller says, what it should become,
/// and what the desk made of it.
struct TrainingCall
{
    qint64 id = 0;
    QString ref;              ///< the scenario's call id; incidents and merged callers carry "SIM:<ref>"
    qint64 ringAtMs = 0;
    QString line, caller, phone, address, text;
    std::optional<GeoPoint> position;
    QString sameEventAs;      ///< ref of the earlier call of the same event
    bool escalation = false;
    ScenarioTruth truth;      ///< what the event should be (for a further caller: the event's truth at that call)
    QString recommended;      ///< the callsign ranked first when the incident was first seen
    qint64 incidentId = 0;    ///< the incident it became, or was merged into
    bool merged = false;
    qint64 handledAtMs = 0;
    QString takenBy;          ///< the trainee who answered it (user name), before and after it was saved
    QString takenAtDesk;
    qint64 takenAtMs = 0;
    qint64 abandonedAtMs = 0; ///< the caller hung up before anyone answered (a practice switch's call)

    QString sourceRef() const { return QStringLiteral("SIM:") + ref; }
    bool isAnswered() const { return incidentId != 0; }
};

} // namespace dispatch
