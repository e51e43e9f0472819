// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/HandoverReport.h"

#include <QList>

namespace dispatch {

/// Two handovers side by side (an earlier one `a`, a later one `b`): what stayed open across them, what was dealt
/// with in between, and what is new in the later one. Items are matched by kind and id.
struct HandoverComparison
{
    QList<CarriedItem> stillOpen;     ///< carried in both (as `b` has it)
    QList<CarriedItem> closedBetween; ///< carried in `a`, no longer in `b`
    QList<CarriedItem> newInLater;    ///< carried in `b`, not in `a`

    static HandoverComparison compare(const HandoverReport& a, const HandoverReport& b);
};

} // namespace dispatch
