// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IncidentState.h"
#include "geo/GeoPoint.h"

#include <QString>

#include <optional>

namespace dispatch {

/// Where an incident record came from. Reports of live work never count imported history or exercises.
enum class IncidentOrigin { Live, Imported, Exercise };

QString originCode(IncidentOrigin o);
std::optional<IncidentOrigin> originFromCode(const QString& code);

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

    bool isActive() const { return IncidentLifecycle::isActive(state); }
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
};

} // namespace dispatch
