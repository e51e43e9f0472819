// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OwedItems.h"

#include "followup/FollowUpKind.h"
#include "service/Board.h"
#include "store/IncidentRepository.h"

#include <algorithm>
#include <limits>

namespace dispatch {

OwedList::OwedList(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs)
    : m_db(db), m_board(board), m_policy(policy), m_now(nowMs)
{
}

const Incident& OwedList::incident(qint64 id)
{
    auto it = m_incidents.find(id);
    if (it == m_incidents.end()) {
        Incident i;
        if (const Incident* live = m_board.incident(id))
            i = *live;
        else if (auto stored = IncidentRepository::find(m_db, id))
            i = *stored;
        it = m_incidents.insert(id, i);
    }
    return *it;
}

QString OwedList::callsign(qint64 unitId) const
{
    const Unit* u = m_board.unit(unitId);
    return u ? u->callsign : QString();
}

void OwedList::add(OwedItem item)
{
    if (item.incidentId)
        item.number = incident(item.incidentId).number;
    m_items.append(std::move(item));
}

QList<OwedItem> OwedList::take()
{
    const qint64 now = m_now;
    std::stable_sort(m_items.begin(), m_items.end(), [now](const OwedItem& a, const OwedItem& b) {
        if (a.overdue(now) != b.overdue(now))
            return a.overdue(now);
        const qint64 da = a.deadlineMs ? a.deadlineMs : std::numeric_limits<qint64>::max();
        const qint64 dbl = b.deadlineMs ? b.deadlineMs : std::numeric_limits<qint64>::max();
        return da < dbl;
    });
    return std::move(m_items);
}

QList<OwedItem> OwedItems::collect(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs)
{
    OwedList list(db, board, policy, nowMs);
    for (const FollowUpKind* kind : FollowUpKinds::all())
        kind->owed(list);
    return list.take();
}

} // namespace dispatch
