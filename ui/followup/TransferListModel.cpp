// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/TransferListModel.h"

#include "common/Labels.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace dispatch::ui {

TransferListModel::TransferListModel(DispatchService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    reload();
}

int TransferListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TransferListModel::reload()
{
    beginResetModel();
    m_rows = m_service.openTransfers();
    m_incidentText.clear();
    for (const Transfer& t : std::as_const(m_rows))
        if (const std::optional<Incident> i = m_service.findIncident(t.incidentId))
            m_incidentText.insert(t.incidentId, {i->number, Labels::category(i->category)});
    endResetModel();
}

void TransferListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int TransferListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const Transfer& t) { return now > t.deadlineMs; }));
}

QVariant TransferListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Transfer& t = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > t.deadlineMs;
    if (role == TransferIdRole)
        return t.id;
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    if (role != Qt::DisplayRole)
        return {};
    const dispatch::Station* station = m_service.board().station(t.stationId);
    switch (index.column()) {
    case Number: return m_incidentText.value(t.incidentId).first;
    case Category: return m_incidentText.value(t.incidentId).second;
    case Station: return station ? station->name : QString();
    case Reason: return t.reason;
    case Transferred: return Labels::dateTime(t.transferredAtMs, m_service.board().timeZone(), now);
    case Deadline:
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - t.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(t.deadlineMs - now));
    default: return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Incident");
    case Category: return tr("Category");
    case Station: return tr("Station");
    case Reason: return tr("Reason");
    case Transferred: return tr("Transferred");
    case Deadline: return tr("Sign-for");
    default: return {};
    }
}

} // namespace dispatch::ui
