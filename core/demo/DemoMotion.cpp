// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoMotion.h"

#include "clocks/ResponsePolicy.h"
#include "dispatch/Recommender.h"
#include "service/Board.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dispatch {

namespace {

/// `from` moved `metres` towards `to` (not past it).
GeoPoint toward(const GeoPoint& from, const GeoPoint& to, double metres)
{
    const double d = geo::distanceMetres(from, to);
    if (d <= metres || d <= 0.0)
        return to;
    const double f = metres / d;
    return {from.lat + (to.lat - from.lat) * f, from.lon + (to.lon - from.lon) * f};
}

std::optional<GeoPoint> homeOf(const Board& board, const Unit& u)
{
    if (const StagingPoint* p = board.stagingPoint(u.stagingPointId))
        return p->position;
    if (const Station* s = board.station(u.stationId))
        return s->position;
    return u.position;
}

} // namespace

GeoPoint DemoMotion::patrolPoint(qint64 unitId, const GeoPoint& home, qint64 nowMs)
{
    // A 600 × 400 m loop with the home at one corner, turned by a unit's own angle, run at patrol speed from a unit's
    // own starting point.
    constexpr double kLong = 600.0, kShort = 400.0, kPerimeter = 2 * (kLong + kShort);
    const double angle = double((unitId * 53) % 360) * std::numbers::pi / 180.0;
    double along = std::fmod(double(nowMs) / 1000.0 * kPatrolSpeedMs + double(unitId) * 377.0, kPerimeter);
    double x = 0, y = 0; // metres east and north of the home, before turning
    if (along < kLong) {
        x = along;
    } else if ((along -= kLong) < kShort) {
        x = kLong, y = along;
    } else if ((along -= kShort) < kLong) {
        x = kLong - along, y = kShort;
    } else {
        y = kShort - (along - kLong);
    }
    const double east = x * std::cos(angle) - y * std::sin(angle);
    const double north = x * std::sin(angle) + y * std::cos(angle);
    return geo::offsetMetres(home, north, east);
}

QList<PositionFix> DemoMotion::fixes(const Board& board, const ResponsePolicy& policy, const QHash<qint64, Trip>& open,
                                     const QHash<qint64, Trip>& released, qint64 nowMs)
{
    const qint64 at = nowMs - nowMs % kStepMs;
    QList<PositionFix> out;
    for (qint64 id : board.unitIds()) {
        const Unit* u = board.unit(id);
        if (!u || !u->isOnDuty())
            continue;
        const std::optional<GeoPoint> home = homeOf(board, *u);
        std::optional<GeoPoint> p;
        switch (u->state) {
        case UnitState::AvailablePatrol: {
            if (!home)
                break;
            const GeoPoint loop = patrolPoint(u->id, *home, at);
            p = loop;
            // Back from a job: from the scene towards the loop, at patrol speed.
            if (const auto r = released.constFind(u->id); r != released.cend() && r->incident) {
                const double covered = double(at - r->assignment.releasedAtMs) / 1000.0 * kPatrolSpeedMs;
                if (covered >= 0 && geo::distanceMetres(*r->incident, loop) > covered)
                    p = toward(*r->incident, loop, covered);
            }
            break;
        }
        case UnitState::AvailableStaging:
            if (const StagingPoint* sp = board.stagingPoint(u->stagingPointId))
                p = sp->position;
            break;
        case UnitState::Dispatched:
        case UnitState::Acknowledged:
        case UnitState::EnRoute: {
            const auto t = open.constFind(u->id);
            if (t == open.cend() || !t->incident)
                break;
            const GeoPoint from = t->assignment.from ? *t->assignment.from : u->position.value_or(*t->incident);
            const double distance = geo::distanceMetres(from, *t->incident);
            const double travelMs = t->assignment.etaSeconds > 0
                                        ? t->assignment.etaSeconds * 1000.0
                                        : Recommender::etaSeconds(policy, u->type, distance) * 1000.0;
            const double progress =
                travelMs > 0 ? std::clamp(double(at - t->assignment.dispatchedAtMs - kPrepareMs) / travelMs, 0.0, 1.0) : 1.0;
            p = toward(from, *t->incident, distance * progress);
            break;
        }
        case UnitState::OnScene:
            if (const auto t = open.constFind(u->id); t != open.cend() && t->incident)
                p = t->incident;
            break;
        default:
            p = u->position; // busy: standing where it is, still reporting
        }
        if (p)
            out.append({u->id, *p, at});
    }
    return out;
}

} // namespace dispatch
