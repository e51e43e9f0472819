// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgencyNotification.h"
#include "domain/IncidentState.h"
#include "geo/GeoPoint.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// Where an incident record came from. Reports of live work never count imported history or exercises.
enum class IncidentOrigin { Live, Imported, Exercise };

QString originCode(IncidentOrigin o);
std::optional<IncidentOrigin> originFromCode(const QString& code);

/// The open (or last) work order of a diverted incident, as the queue shows it.
struct WorkOrderSummary
{
    qint64 id = 0;
    QString agency;  ///< agency code
    QString state;   ///< sent / accepted / completed / returned
};

/// The running clock of an incident whose deadline comes first, as the queue shows and sorts it.
struct NextDeadline
{
    QString clock;         ///< clock kind code (call_to_dispatch, sign_for, arrival, first_feedback, closure)
    qint64 startedAtMs = 0;
    qint64 deadlineMs = 0; ///< 0 when no clock runs

    bool isSet() const { return deadlineMs != 0; }
};

/// One incident (警情) as the store holds it now. Its history is in the event log.
struct Incident
{
    qint64 id = 0;
    QString number;          ///< 警情编号, e.g. 20261122-00007 (centre-local date + daily sequence)
    QString line;            ///< source line code (taxonomy "lines")
    QString callerName;
    QString callerPhone;
    QString address;
    std::optional<GeoPoint> position;
    qint64 zoneId = 0;       ///< 0 when the position is unknown or outside every zone
    int tier = 0;            ///< response-circle tier of the zone, 0 when unknown
    QString summary;         ///< what happened, as told
    QString category;        ///< category code, empty until triaged
    int priority = 0;        ///< 1..4, 0 until triaged
    IncidentState state = IncidentState::Received;
    qint64 stateSinceMs = 0;
    qint64 receivedAtMs = 0; ///< stamped when the call was taken (form opened), UTC ms
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 createdBy = 0;    ///< user id
    QString desk;
    qint64 mergedInto = 0;
    IncidentOrigin origin = IncidentOrigin::Live;
    QString sourceRef;       ///< for imported history: the source and its own incident id
    QString divertTo;        ///< agency code when the call was diverted (分流)
    bool mediation = false;  ///< offered to a mediator (调解)
    QStringList unitTypes;   ///< unit types the triage asks for
    QStringList triageRules; ///< ids of the triage rules behind the proposal
    qint64 rowVersion = 0;   ///< raised by every change of the stored row (IncidentRepository::update)

    // Derived when read (not stored in the incidents row).
    int extraCallers = 0;    ///< callers merged into this incident after the first
    WorkOrderSummary workOrder;
    NextDeadline nextClock;  ///< the running clock due first

    bool isActive() const { return IncidentLifecycle::isActive(state); }
};

/// What triage proposed or the call-taker chose: compared to record an override.
struct TriageChoice
{
    QString category;
    int priority = 0;
    QString divertTo;
    bool mediation = false;
    QStringList unitTypes;
    QStringList rules;

    bool sameAs(const TriageChoice& o) const
    {
        return category == o.category && priority == o.priority && divertTo == o.divertTo && mediation == o.mediation;
    }
};

/// What the call-taker gives to create an incident.
struct IncidentDraft
{
    QString line = QStringLiteral("110");
    QString callerName;
    QString callerPhone;
    QString address;
    std::optional<GeoPoint> position;
    QString summary;
    QString category;
    int priority = 0;
    qint64 receivedAtMs = 0; ///< 0 = now
    QString divertTo;        ///< agency code: the call becomes a work order to that agency
    bool mediation = false;
    QStringList unitTypes;
    std::optional<TriageChoice> proposed; ///< what triage proposed; a different choice is an override
    QList<qint64> linkTo;    ///< incidents the call-taker linked this one to (related, not the same event)
    QString sourceRef;       ///< where the call came from outside the desk (a training call: "SIM:<id>")
    QStringList notify;      ///< linked agencies to notify as well as sending the police (120, 119, 122 …)
    QList<CallAnswer> answers; ///< the caller's answers to the call-taker's questions
};

} // namespace dispatch
