// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch/Recommender.h"

#include "map/RoadGraph.h"

#include "clocks/ResponsePolicy.h"
#include "domain/Incident.h"
#include "domain/Unit.h"
#include "service/Board.h"

#include <algorithm>
#include <cmath>

namespace dispatch {

namespace {

const QString kMediator = QStringLiteral("mediator");

bool suitable(const RecommendQuery& q, const QString& type)
{
    if (q.mediation && type == kMediator)
        return true;
    if (q.unitTypes.isEmpty())
        return type != kMediator;
    return q.unitTypes.contains(type);
}

} // namespace

RecommendQuery RecommendQuery::forIncident(const Incident& i)
{
    RecommendQuery q;
    q.position = i.position.value_or(GeoPoint{});
    q.tier = i.tier;
    q.priority = i.priority;
    q.category = i.category;
    q.unitTypes = i.unitTypes;
    q.mediation = i.mediation;
    q.incidentId = i.id;
    return q;
}

QString Exclusion::code() const
{
    switch (reason) {
    case Reason::OffDuty: return QStringLiteral("off_duty");
    case Reason::Busy: return QStringLiteral("busy");
    case Reason::Committed: return QStringLiteral("committed");
    case Reason::AlreadyAssigned: return QStringLiteral("already_assigned");
    case Reason::UnsuitableType: return QStringLiteral("unsuitable_type");
    case Reason::NoPosition: return QStringLiteral("no_position");
    case Reason::NoValidCertificate: return QStringLiteral("no_valid_certificate");
    }
    return {};
}

QString Exclusion::text() const
{
    switch (reason) {
    case Reason::OffDuty: return Recommender::tr("off duty");
    case Reason::Busy: return Recommender::tr("busy");
    case Reason::Committed: return Recommender::tr("committed to another incident");
    case Reason::AlreadyAssigned: return Recommender::tr("already assigned to this incident");
    case Reason::UnsuitableType: return Recommender::tr("unit type not asked for");
    case Reason::NoPosition: return Recommender::tr("no position fix and no home station");
    case Reason::NoValidCertificate:
        return detail ? Recommender::tr("mediator's certificate expired") : Recommender::tr("no mediator's certificate");
    }
    return {};
}

QString Candidate::sourceCode() const
{
    switch (source) {
    case Source::Fix: return QStringLiteral("fix");
    case Source::StagingPoint: return QStringLiteral("staging_point");
    case Source::StaleFix: return QStringLiteral("stale_fix");
    case Source::Station: return QStringLiteral("station");
    }
    return {};
}

QList<Candidate> Recommendation::toSend() const
{
    QList<Candidate> out;
    const int wanted = std::max(1, unitsNeeded - alreadyAssigned);
    for (const Candidate& c : candidates)
        if (out.size() < wanted && !c.committed && !c.lowConfidence() && c.meetsTarget)
            out.append(c);
    for (const Candidate& c : candidates)
        if (out.size() < wanted && !c.committed
            && std::none_of(out.cbegin(), out.cend(), [&c](const Candidate& o) { return o.unitId == c.unitId; }))
            out.append(c);
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.etaSeconds < b.etaSeconds; });
    return out;
}

int Recommender::etaSeconds(const ResponsePolicy& policy, const QString& unitType, double distanceM)
{
    const double metresPerSecond = policy.speedKmh(unitType) / 3.6;
    return int(std::ceil(distanceM * policy.detourFactor() / metresPerSecond));
}

double Recommender::reachMetres(const ResponsePolicy& policy, const QString& unitType, int seconds)
{
    const double metresPerSecond = policy.speedKmh(unitType) / 3.6;
    double metres = metresPerSecond * seconds / policy.detourFactor();
    // Rounding can leave the product a hair past the ETA's whole second; step back to the farthest distance that
    // the ETA still gives as `seconds`, so that the two never disagree.
    while (metres > 0 && etaSeconds(policy, unitType, metres) > seconds)
        metres = std::nextafter(metres, 0.0);
    return metres;
}

namespace {

/// Times the candidates over the map's roads: one search from the incident over the reversed graph per way of moving
/// (driven, walked), stopping once every unit of that way is settled. A unit the roads do not reach keeps its
/// straight-line time.
void timeByRoad(const RoadNetwork& roads, const GeoPoint& incident,
                const QList<GeoPoint>& starts, Recommendation& r)
{
    for (const RoadGraph* graph : {&roads.car, &roads.foot}) {
        QList<qsizetype> which;
        QList<GeoPoint> from;
        for (qsizetype i = 0; i < r.candidates.size(); ++i)
            if (&roads.forUnitType(r.candidates.at(i).type) == graph) {
                which.append(i);
                from.append(starts.at(i));
            }
        if (which.isEmpty() || graph->isEmpty())
            continue;
        const QList<std::optional<RoadTime>> times = graph->timesTo(incident, from);
        for (qsizetype k = 0; k < which.size(); ++k) {
            if (!times.at(k))
                continue;
            Candidate& c = r.candidates[which.at(k)];
            c.byRoad = true;
            c.distanceM = times.at(k)->metres;
            c.etaSeconds = int(std::ceil(times.at(k)->seconds));
            c.meetsTarget = qint64(c.etaSeconds) * 1000 <= r.arrivalAllowedMs;
            r.roadsUsed = true;
        }
    }
}

} // namespace

Recommendation Recommender::rank(const Board& board, const ResponsePolicy& policy, const RecommendQuery& q,
                                 qint64 nowMs, const RoadNetwork* roads)
{
    Recommendation r;
    QList<GeoPoint> starts; ///< where each candidate leaves from, in the candidates' order
    r.arrivalAllowedMs = policy.allowedMs(ClockKind::Arrival, q.priority, q.tier);
    r.unitsNeeded = policy.unitsNeeded(q.priority);
    const bool offerCommitted = q.priority >= 1 && q.priority <= policy.offerCommittedUpToPriority();
    const qsizetype total = board.unitIds().size();
    r.candidates.reserve(total);

    for (qint64 id : board.unitIds()) {
        const Unit* u = board.unit(id);
        if (!u)
            continue;
        auto exclude = [&](Exclusion::Reason why, qint64 detail = 0) {
            r.excluded.append(Exclusion{u->id, u->callsign, why, detail, u->type});
        };
        if (!u->isOnDuty()) {
            exclude(Exclusion::Reason::OffDuty);
            continue;
        }
        if (q.incidentId && u->incidentId == q.incidentId && u->isCommitted()) {
            ++r.alreadyAssigned;
            exclude(Exclusion::Reason::AlreadyAssigned);
            continue;
        }
        if (!suitable(q, u->type)) {
            exclude(Exclusion::Reason::UnsuitableType);
            continue;
        }
        if (u->type == kMediator && !u->hasValidCertificate(nowMs)) {
            exclude(Exclusion::Reason::NoValidCertificate, u->certificateNo.isEmpty() ? 0 : u->certificateExpiresMs);
            continue;
        }
        if (u->state == UnitState::Busy) {
            exclude(Exclusion::Reason::Busy);
            continue;
        }
        const bool committed = u->isCommitted();
        if (committed && !offerCommitted) {
            exclude(Exclusion::Reason::Committed, u->incidentId);
            continue;
        }

        // An available unit is never dropped for an old position: it is ranked from its last known place, marked.
        Candidate c;
        const bool fresh = u->position && !policy.isStale(u->fixAtMs, nowMs);
        const Station* home = board.station(u->stationId);
        GeoPoint from;
        if (fresh) {
            from = *u->position;
            c.source = Candidate::Source::Fix;
        } else if (u->state == UnitState::AvailableStaging && board.stagingPoint(u->stagingPointId)) {
            // Declared at its staging point: the point's position is known without a fix.
            from = board.stagingPoint(u->stagingPointId)->position;
            c.source = Candidate::Source::StagingPoint;
        } else if (u->position) {
            from = *u->position;
            c.source = Candidate::Source::StaleFix;
        } else if (home) {
            from = home->position;
            c.source = Candidate::Source::Station;
        } else {
            exclude(Exclusion::Reason::NoPosition);
            continue;
        }
        c.unitId = u->id;
        c.callsign = u->callsign;
        c.type = u->type;
        c.distanceM = geo::distanceMetres(from, q.position);
        c.etaSeconds = etaSeconds(policy, u->type, c.distanceM);
        c.meetsTarget = qint64(c.etaSeconds) * 1000 <= r.arrivalAllowedMs;
        c.committed = committed;
        c.committedTo = committed ? u->incidentId : 0;
        c.fixAgeMs = u->fixAtMs ? nowMs - u->fixAtMs : 0;
        r.candidates.append(c);
        starts.append(from);
    }
    if (roads && !roads->isEmpty())
        timeByRoad(*roads, q.position, starts, r);
    std::sort(r.candidates.begin(), r.candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.committed != b.committed)
            return !a.committed;
        if (a.etaSeconds != b.etaSeconds)
            return a.etaSeconds < b.etaSeconds;
        if (a.lowConfidence() != b.lowConfidence())
            return !a.lowConfidence();
        return a.callsign < b.callsign;
    });
    return r;
}

} // namespace dispatch
