// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warnings/WarningPolicy.h"

#include <QHash>

namespace dispatch {

class Board;

/// The zone panel's other tint, the active load (the first is the four-colour warnings, ZoneWarnings):
/// the police incidents still open in the zone (diverted calls excluded), green up to 1, yellow 2–3,
/// orange 4–5, red 6 or more.
struct ZoneLoad
{
    static WarningLevel level(int activeIncidents)
    {
        if (activeIncidents >= 6)
            return WarningLevel::Red;
        if (activeIncidents >= 4)
            return WarningLevel::Orange;
        if (activeIncidents >= 2)
            return WarningLevel::Yellow;
        return WarningLevel::Green;
    }
    /// Active police incidents per zone id.
    static QHash<qint64, int> count(const Board& board);
};

} // namespace dispatch
