// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/HandoverReport.h"

#include <QSqlDatabase>

namespace dispatch {

class Board;
class ResponsePolicy;

/// Builds the handover report of a shift from the store as it stood at a moment (`asOfMs`, the shift's end or
/// earlier while it runs), so that the report of any past shift can be made again: figures from the period's
/// incidents, clocks and events; open items from the rows' own times (opened before the moment, not yet done at
/// it); incident, work-order and unit states by replaying their events up to the moment.
class HandoverBuilder
{
public:
    /// `asOfMs` is an exclusive bound: what happened before it counts (pass now + 1 ms for "as of now").
    static HandoverReport build(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy,
                                const ShiftInstance& shift, qint64 asOfMs);
    /// The figures of the live work in [fromMs, toMs): the one definition of "this shift's figures", used by the
    /// handover and by the desk's dashboard alike (imported or generated history never counts).
    static HandoverFigures figures(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);

    /// Incidents older than this when the report's moment comes are not looked for among the open ones: a live
    /// incident open longer than 90 days is not something a shift carries over by hand.
    static constexpr qint64 kOpenHorizonMs = 90LL * 24 * 3600 * 1000;
};

} // namespace dispatch
