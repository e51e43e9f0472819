// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/TransferListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QDateTime>

namespace dispatch::ui {

TransferListModel::TransferListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
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
    ReadList<Transfer> rows = m_service.openTransfers();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    m_incidentText.clear();
    for (const Transfer& t : std::as_const(m_rows))
        rememberIncident(t.incidentId);
    endResetModel();
}

void TransferListModel::rememberIncident(qint64 incidentId)
{
    if (m_incidentText.contains(incidentId))
        return;
    if (const std::optional<Incident> i = m_service.findIncident(incidentId))
        m_incidentText.insert(incidentId, {i->number, Labels::category(i->category)});
}

void TransferListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids,
        [this](qint64 id) {
            ReadOne<Transfer> t = m_service.findTransfer(id);
            if (t && t->isOpen())
                rememberIncident(t->incidentId);
            return t;
        },
        [](const Transfer& a, const Transfer& b) { return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id); });
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
        return QBrush(overdue ? Palette::late() : Palette::onTime());
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
