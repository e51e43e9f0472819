// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/CarriedList.h"

#include "service/Board.h"
#include "store/HandoverQueries.h"
#include "store/IncidentRepository.h"

namespace dispatch {

CarriedList::CarriedList(const QSqlDatabase& db, const Board& board, qint64 shiftStartMs, qint64 asOfMs,
                         QList<CarriedItem>& out)
    : m_db(db)
    , m_board(board)
    , m_from(shiftStartMs)
    , m_asOf(asOfMs)
    , m_out(out)
{
}

QString CarriedList::callsign(qint64 unitId) const
{
    const Unit* u = m_board.unit(unitId);
    return u ? u->callsign : QString();
}

int CarriedList::eventsBefore(const QString& entity, qint64 id, const QString& kind) const
{
    return HandoverQueries::eventCountBefore(m_db, entity, id, kind, m_asOf);
}

void CarriedList::add(CarriedItem item)
{
    if (item.incidentId && item.number.isEmpty())
        item.number = IncidentRepository::number(m_db, item.incidentId);
    m_out.append(std::move(item));
}

} // namespace dispatch
