// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

class Board;
struct RoadNetwork;
class ResponsePolicy;
struct Incident;
struct Unit;

/// Where an incident is and what it needs, as the recommendation sees it.
struct RecommendQuery
{
    GeoPoint position;
    int tier = 0;                ///< response-circle tier of the place (0 = unknown: the least demanding)
    int priority = 0;            ///< 1..4 (0 = unknown)
    QString category;
    QStringList unitTypes;       ///< suitable unit types; empty = every police type (not mediators)
    bool mediation = false;      ///< mediators are suitable too
    qint64 incidentId = 0;       ///< units already assigned to it are listed as such

    static RecommendQuery forIncident(const Incident& incident);
};

/// One unit that can go, ranked.
struct Candidate
{
    /// Where its position comes from. A stale fix or a home station ranks the unit with lower confidence: it is
    /// listed, marked with the age, and left to the dispatcher rather than chosen by one-key dispatch.
    enum class Source { Fix, StagingPoint, StaleFix, Station };

    qint64 unitId = 0;
    QString callsign;
    QString type;
    double distanceM = 0;        ///< straight line, or by road when byRoad
    int etaSeconds = 0;          ///< by the map's roads (byRoad), else distance × detour factor ÷ the type's speed
    bool byRoad = false;         ///< timed over the map's roads (false: the straight-line model)
    bool meetsTarget = false;    ///< ETA within the arrival time allowed
    bool committed = false;      ///< taken from another incident (offered for urgent incidents only)
    qint64 committedTo = 0;      ///< that incident
    Source source = Source::Fix; ///< where its position comes from
    qint64 fixAgeMs = 0;         ///< age of the last fix (0 when it has none)

    bool lowConfidence() const { return source == Source::StaleFix || source == Source::Station; }
    /// "fix", "staging_point", "stale_fix" or "station".
    QString sourceCode() const;
};

/// One unit that cannot go, and why.
struct Exclusion
{
    enum class Reason { OffDuty, Busy, Committed, AlreadyAssigned, UnsuitableType, NoPosition, NoValidCertificate };

    qint64 unitId = 0;
    QString callsign;
    Reason reason = Reason::OffDuty;
    qint64 detail = 0;           ///< the incident it is committed to, or when a mediator's certificate expired
                                 ///< (0: none held)
    QString type;

    QString code() const;
    /// The reason in words, in the current language.
    QString text() const;
};

struct Recommendation
{
    QList<Candidate> candidates; ///< free units by ETA (a known position before a low-confidence one at the same
                                 ///< ETA), then committed units (marked) by ETA
    QList<Exclusion> excluded;
    qint64 arrivalAllowedMs = 0; ///< the arrival target of the place and priority
    int unitsNeeded = 1;         ///< the policy's units for this priority
    int alreadyAssigned = 0;
    bool roadsUsed = false;      ///< the map's roads timed the units (a unit off them is timed by the straight line)
    /// The free candidates one-key dispatch sends, up to the units still needed (at least one): those with a known
    /// position that meet the arrival target, by ETA; then, if still short, the other free ones by ETA (a unit placed
    /// from a stale fix is chosen only when no unit with a known position can make the target).
    QList<Candidate> toSend() const;
};

/// Ranks the units of the board for an incident (就近处警). Pure: reads the board, the policy and `nowMs`.
/// Documented in resources/policy/README.md: suitability by type, staleness, the ETA model, the order.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Recommender)

public:
    /// With `roads` (the centre's map), the units are timed by road, all in one search per way of moving; a unit
    /// (or an incident) farther than 500 m from the roads keeps the straight-line model, and is marked.
    static Recommendation rank(const Board& board, const ResponsePolicy& policy, const RecommendQuery& query,
                               qint64 nowMs, const RoadNetwork* roads = nullptr);
    /// The ETA model alone: seconds to cover `distanceM` for a unit of this type.
    static int etaSeconds(const ResponsePolicy& policy, const QString& unitType, double distanceM);
    /// The ETA model inverted: how far (straight line, metres) a unit of this type gets on the road in `seconds`,
    /// i.e. the type's speed × time ÷ the detour factor. A unit that far away has an ETA of exactly `seconds`.
    static double reachMetres(const ResponsePolicy& policy, const QString& unitType, int seconds);
};

} // namespace dispatch
