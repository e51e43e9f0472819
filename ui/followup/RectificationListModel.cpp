// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/RectificationListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace dispatch::ui {

RectificationListModel::RectificationListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int RectificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RectificationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RectificationListModel::reload()
{
    ReadList<Rectification> rows = m_service.openRectifications();
    if (!rows.ok())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    m_numbers.clear();
    for (const Rectification& r : std::as_const(m_rows))
        rememberIncident(r.incidentId);
    endResetModel();
}

void RectificationListModel::rememberIncident(qint64 incidentId)
{
    if (m_numbers.contains(incidentId))
        return;
    if (const std::optional<Incident> i = m_service.findIncident(incidentId))
        m_numbers.insert(incidentId, i->number);
}

void RectificationListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids,
        [this](qint64 id) {
            ReadOne<Rectification> r = m_service.findRectification(id);
            if (r && r->isOpen())
                rememberIncident(r->incidentId);
            return r;
        },
        [](const Rectification& a, const Rectification& b) {
            return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id);
        });
}

void RectificationListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int RectificationListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const Rectification& r) { return now > r.deadlineMs; }));
}

QVariant RectificationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Rectification& r = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > r.deadlineMs;
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return m_numbers.value(r.incidentId);
    case Unit: {
        const dispatch::Unit* u = m_service.board().unit(r.unitId);
        return u ? u->callsign : tr("no unit sent");
    }
    case Issue: return r.issue;
    case Deadline:
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - r.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(r.deadlineMs - now));
    default: return {};
    }
}

QVariant RectificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Incident");
    case Unit: return tr("Responsible unit");
    case Issue: return tr("What the caller said");
    case Deadline: return tr("Deadline");
    default: return {};
    }
}

} // namespace dispatch::ui
