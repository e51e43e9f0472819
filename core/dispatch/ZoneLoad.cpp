// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch/ZoneLoad.h"

#include "service/Board.h"

namespace dispatch {

QHash<qint64, int> ZoneLoad::count(const Board& board)
{
    QHash<qint64, int> out;
    for (qint64 id : board.activeIncidentIds())
        if (const Incident* i = board.incident(id); i && i->zoneId && i->state != IncidentState::Diverted)
            ++out[i->zoneId];
    return out;
}

} // namespace dispatch
