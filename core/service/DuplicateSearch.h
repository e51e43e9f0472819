// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "triage/TriageRules.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Why an earlier incident is offered while a call is being taken.
enum class DuplicateKind {
    SameEvent,    ///< open, close by, recent, same or related category: likely the same event (同类事件反复报警)
    SamePhone,    ///< the same number called recently
    Recurred,     ///< same place, closed recently: it happened again after handling (处置后再发)
    FrequentPlace ///< same place, several incidents in the window: a place of repeated incidents (反复多发)
};

struct DuplicateCandidate
{
    qint64 incidentId = 0;
    QString number;
    QList<DuplicateKind> kinds;
    QString category;
    IncidentState state = IncidentState::Received;
    qint64 receivedAtMs = 0;
    qint64 stateSinceMs = 0;
    double distanceMetres = -1; ///< -1 when either position is unknown
    QString address;
    QString summary;

    bool isOpen() const { return IncidentLifecycle::isActive(state); }
    bool has(DuplicateKind k) const { return kinds.contains(k); }
};

/// What the call-taker has so far.
struct DuplicateQuery
{
    QString phone;
    std::optional<GeoPoint> position;
    QString address;
    QString category;
    QString text;
    qint64 atMs = 0;
};

struct DuplicateReport
{
    QList<DuplicateCandidate> candidates; ///< open ones first, then nearest, then newest
    int placeCount = 0;                   ///< incidents at the same place in the frequent window
    bool frequent = false;                ///< placeCount reaches the policy's minimum
    QString repeatClass;                  ///< gambling / drunk / noise / venue / other
};

/// Duplicate and repeat detection at intake over the store (R*Tree for places, index for phones).
class DuplicateSearch
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DuplicateSearch)

public:
    static DuplicateReport run(const QSqlDatabase& db, const TriageRuleSet& rules, const DuplicateQuery& query);
    static QString repeatClass(const TriageRuleSet& rules, const QString& text);
    static QString kindLabel(DuplicateKind k);
    static QString kindCode(DuplicateKind k);
};

} // namespace dispatch
