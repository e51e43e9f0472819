// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/UnitRosterProxy.h"

#include "domain/UnitState.h"
#include "roster/UnitRosterModel.h"

namespace dispatch::ui {

using M = UnitRosterModel;

UnitRosterProxy::UnitRosterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(M::SortRole);
    setDynamicSortFilter(true);
}

void UnitRosterProxy::setStatusGroup(StatusGroup group)
{
    m_group = group;
    invalidateRowsFilter();
}

void UnitRosterProxy::setType(const QString& type)
{
    m_type = type;
    invalidateRowsFilter();
}

void UnitRosterProxy::setStation(qint64 stationId)
{
    m_station = stationId;
    invalidateRowsFilter();
}

bool UnitRosterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && idx.data(M::TypeRole).toString() != m_type)
        return false;
    if (m_station && idx.data(M::StationRole).toLongLong() != m_station)
        return false;
    const auto state = UnitLifecycle::fromCode(idx.data(M::StateRole).toString());
    if (!state)
        return false;
    switch (m_group) {
    case AllUnits: return true;
    case OnDuty: return UnitLifecycle::isOnDuty(*state);
    case Available: return UnitLifecycle::isAvailable(*state);
    case Committed: return UnitLifecycle::isCommitted(*state);
    case Busy: return *state == UnitState::Busy;
    case OffDuty: return *state == UnitState::OffDuty;
    }
    return true;
}

} // namespace dispatch::ui
