// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assignment.h"
#include "domain/Unit.h"

#include <QHash>
#include <QList>

namespace dispatch {

class Board;
class ResponsePolicy;

/// The demo district's units move as a shift's would, so that a demo desk looks alive without an AVL feed: units on
/// patrol drive a loop around their staging point or station (有警接警、无警巡逻); units at a staging point stand there;
/// a unit sent leaves from where it was after a short preparation and drives to the incident in its ETA; on scene it
/// is at the incident; cleared, it drives back to its loop. Every position is a function of the stored state and of
/// the time alone, so that two desks on one demo store report the same fixes.
class DemoMotion
{
public:
    static constexpr qint64 kStepMs = 5000;       ///< one fix per unit this often
    static constexpr qint64 kPrepareMs = 20000;   ///< from dispatch to rolling
    static constexpr double kPatrolSpeedMs = 6.0; ///< metres per second on patrol and on the way back
    static constexpr qint64 kReturnWindowMs = 30 * 60 * 1000;

    /// What the trip of an open or recent assignment needs: where the incident is.
    struct Trip
    {
        Assignment assignment;
        std::optional<GeoPoint> incident;
    };

    /// The fixes of every on-duty unit at `nowMs` (rounded down to a step): `open` by unit, `released` the latest
    /// finished trip of each unit within the return window.
    static QList<PositionFix> fixes(const Board& board, const ResponsePolicy& policy, const QHash<qint64, Trip>& open,
                                    const QHash<qint64, Trip>& released, qint64 nowMs);
    /// Where a unit on patrol is at `nowMs` on its loop around `home`.
    static GeoPoint patrolPoint(qint64 unitId, const GeoPoint& home, qint64 nowMs);
};

} // namespace dispatch
