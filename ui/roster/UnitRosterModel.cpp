// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/UnitRosterModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "common/UnitDrag.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QMimeData>

namespace dispatch::ui {

UnitRosterModel::UnitRosterModel(DispatchService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    onReset();
    connect(&m_service, &DispatchService::unitsChanged, this, &UnitRosterModel::onUnitsChanged);
    connect(&m_service, &DispatchService::boardReset, this, &UnitRosterModel::onReset);
    connect(&m_service, &DispatchService::referenceChanged, this, &UnitRosterModel::onReset);
    // The Incident column shows the incident number, which changes with incidents.
    connect(&m_service, &DispatchService::incidentsChanged, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, Incident), index(int(m_ids.size()) - 1, Incident));
    });
}

int UnitRosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int UnitRosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitRosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Board& board = m_service.board();
    const Unit* u = board.unit(m_ids[index.row()]);
    if (!u)
        return {};
    const qint64 now = m_service.clock().nowMs();
    switch (role) {
    case UnitIdRole: return u->id;
    case StateRole: return UnitLifecycle::code(u->state);
    case TypeRole: return u->type;
    case StationRole: return u->stationId;
    default: break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Callsign: return u->callsign;
        case Type: return sort ? u->type : Labels::unitType(u->type);
        case Crew: return sort ? QVariant(u->officers * 100 + u->auxiliaries) : tr("%1 + %2").arg(u->officers).arg(u->auxiliaries);
        case Base: {
            if (const auto* sp = board.stagingPoint(u->stagingPointId))
                return sp->name;
            if (const auto* st = board.station(u->stationId))
                return st->name;
            return QString();
        }
        case Status:
            if (sort)
                return int(u->state);
            if (u->signForOverdue(now))
                return tr("%1 · sign-for late %2").arg(UnitLifecycle::label(u->state),
                                                       Labels::duration(now - u->signForDeadlineMs));
            return UnitLifecycle::label(u->state);
        case InStatus: return sort ? QVariant(u->stateSinceMs) : Labels::duration(now - u->stateSinceMs);
        case Incident: {
            const auto* i = board.incident(u->incidentId);
            return i ? i->number : QString();
        }
        case FixAge:
            if (!u->fixAtMs)
                return sort ? QVariant(qint64(0)) : tr("no fix");
            if (sort)
                return u->fixAtMs;
            return m_service.isPositionStale(*u) ? tr("%1 · stale").arg(Labels::duration(now - u->fixAtMs))
                                                 : Labels::duration(now - u->fixAtMs);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(u->signForOverdue(now) ? Palette::late() : Labels::unitStateColor(u->state));
    if (role == Qt::ForegroundRole && index.column() == FixAge && u->isOnDuty() && m_service.isPositionStale(*u))
        return QBrush(Palette::soon());
    if (role == Qt::ForegroundRole && u->state == UnitState::OffDuty)
        return QBrush(Palette::muted());
    if (role == Qt::DecorationRole && index.column() == Callsign)
        return Labels::unitStateColor(u->state);
    return {};
}

QVariant UnitRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Crew)
        return tr("Officers + auxiliaries on this shift");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Callsign: return tr("Callsign");
    case Type: return tr("Type");
    case Crew: return tr("Crew");
    case Base: return tr("Base");
    case Status: return tr("Status");
    case InStatus: return tr("In status");
    case Incident: return tr("Incident");
    case FixAge: return tr("Position age");
    default: return {};
    }
}

Qt::ItemFlags UnitRosterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList UnitRosterModel::mimeTypes() const
{
    return {UnitDrag::mimeType()};
}

QMimeData* UnitRosterModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& i : indexes)
        if (const qint64 id = unitId(i.row()); id && !ids.contains(id))
            ids.append(id);
    auto* mime = new QMimeData;
    UnitDrag::encode(mime, ids);
    return mime;
}

void UnitRosterModel::refreshTimeColumns(int firstRow, int lastRow)
{
    firstRow = qMax(0, firstRow);
    lastRow = qMin(lastRow, int(m_ids.size()) - 1);
    if (firstRow > lastRow)
        return;
    // Status shows a sign-for running late, the position age turns stale: both move with the clock.
    Q_EMIT dataChanged(index(firstRow, Status), index(lastRow, FixAge), {Qt::DisplayRole, Qt::ForegroundRole});
}

void UnitRosterModel::onUnitsChanged(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (m_service.board().unit(id)) {
            beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
            m_rows.insert(id, int(m_ids.size()));
            m_ids.append(id);
            endInsertRows();
        }
    }
}

void UnitRosterModel::onReset()
{
    beginResetModel();
    m_ids = m_service.board().unitIds();
    m_rows.clear();
    for (int r = 0; r < m_ids.size(); ++r)
        m_rows.insert(m_ids[r], r);
    endResetModel();
}

} // namespace dispatch::ui
