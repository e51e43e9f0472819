// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/IncidentQueueProxy.h"

#include "queue/IncidentQueueModel.h"

namespace dispatch::ui {

using M = IncidentQueueModel;

IncidentQueueProxy::IncidentQueueProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(M::SortRole);
    setDynamicSortFilter(true);
}

void IncidentQueueProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void IncidentQueueProxy::setZone(qint64 zoneId)
{
    m_zone = zoneId;
    invalidateRowsFilter();
}

void IncidentQueueProxy::setStates(const QSet<QString>& states)
{
    m_states = states;
    invalidateRowsFilter();
}

void IncidentQueueProxy::setMaxPriority(int level)
{
    m_maxPriority = level;
    invalidateRowsFilter();
}

void IncidentQueueProxy::setLine(const QString& line)
{
    m_line = line;
    invalidateRowsFilter();
}

void IncidentQueueProxy::setCategory(const QString& category)
{
    m_category = category;
    invalidateRowsFilter();
}

bool IncidentQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    ++m_filterCalls;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_zone && idx.data(M::ZoneIdRole).toLongLong() != m_zone)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(idx.data(M::StateRole).toString()))
        return false;
    if (m_maxPriority) {
        const int p = idx.data(M::PriorityRole).toInt();
        if (p == 0 || p > m_maxPriority)
            return false;
    }
    if (!m_line.isEmpty() && idx.data(M::LineRole).toString() != m_line)
        return false;
    if (!m_category.isEmpty() && idx.data(M::CategoryRole).toString() != m_category)
        return false;
    if (!m_search.isEmpty() && !idx.data(M::SearchRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace dispatch::ui
