// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/IncidentQueueModel.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "common/UnitDrag.h"
#include "domain/WorkOrder.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <limits>
#include <QFont>
#include <QStringList>

namespace dispatch::ui {

ClockStatus IncidentQueueModel::clockStatus(const Incident& i, qint64 nowMs) const
{
    IncidentClock c;
    c.startedAtMs = i.nextClock.startedAtMs;
    c.deadlineMs = i.nextClock.deadlineMs;
    c.allowedMs = c.deadlineMs - c.startedAtMs;
    return c.status(nowMs, m_service.responsePolicy().warningShare());
}

QString IncidentQueueModel::deadlineText(const Incident& i, qint64 nowMs) const
{
    if (!i.nextClock.isSet())
        return tr("—");
    // Short, for a narrow column (the tooltip says it in full).
    const QString clock = ResponsePolicy::shortLabel(ResponsePolicy::kindFromCode(i.nextClock.clock).value_or(ClockKind::Closure));
    const qint64 remaining = i.nextClock.deadlineMs - nowMs;
    if (remaining < 0)
        return tr("%1 late %2").arg(clock, Labels::clock(-remaining));
    return tr("%1 in %2").arg(clock, Labels::clock(remaining));
}

IncidentQueueModel::IncidentQueueModel(DispatchService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_ids = m_service.board().activeIncidentIds();
    rebuildIndex();
    connect(&m_service, &DispatchService::incidentsAdded, this, &IncidentQueueModel::onAdded);
    connect(&m_service, &DispatchService::incidentsChanged, this, &IncidentQueueModel::onChanged);
    connect(&m_service, &DispatchService::incidentsRemoved, this, &IncidentQueueModel::onRemoved);
    connect(&m_service, &DispatchService::boardReset, this, &IncidentQueueModel::onReset);
    // A unit's status shows in the Units column of its incident.
    connect(&m_service, &DispatchService::unitsChanged, this, [this](const QList<qint64>&) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, Units), index(int(m_ids.size()) - 1, Units));
    });
}

int IncidentQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IncidentQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Board& board = m_service.board();
    const Incident* i = board.incident(m_ids[index.row()]);
    if (!i)
        return {};
    const qint64 now = m_service.clock().nowMs();

    switch (role) {
    case IncidentIdRole: return i->id;
    case PriorityRole: return i->priority;
    case ZoneIdRole: return i->zoneId;
    case StateRole: return IncidentLifecycle::code(i->state);
    case LineRole: return i->line;
    case CategoryRole: return i->category;
    case SearchRole:
        return QStringList{i->number, i->callerPhone, i->address, i->callerName, i->summary}.join(u'\n');
    case ClockStatusRole: return i->nextClock.isSet() ? int(clockStatus(*i, now)) : -1;
    default: break;
    }

    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Number:
            // Further callers merged into the incident show after its number.
            return sort || !i->extraCallers ? i->number : tr("%1 (+%2)").arg(i->number).arg(i->extraCallers);
        case Received: return sort ? QVariant(i->receivedAtMs) : Labels::dateTime(i->receivedAtMs, board.timeZone(), now);
        case Line: return sort ? i->line : Labels::line(i->line);
        case Category: return sort ? i->category : Labels::category(i->category);
        case Priority: return sort ? QVariant(i->priority ? i->priority : 9) : Labels::priority(i->priority);
        case Zone: {
            const auto* z = board.zone(i->zoneId);
            return z ? z->name : (sort ? QStringLiteral("\uffff") : tr("—"));
        }
        case Status:
            if (sort)
                return int(i->state);
            if (i->workOrder.id && i->state == IncidentState::Diverted)
                return tr("%1 · work order %2")
                    .arg(IncidentLifecycle::label(i->state),
                         WorkOrderLifecycle::label(
                             WorkOrderLifecycle::fromCode(i->workOrder.state).value_or(WorkOrderState::Sent)));
            return IncidentLifecycle::label(i->state);
        case Units: {
            // A diverted call is assigned to its agency; others to their units.
            if (i->state == IncidentState::Diverted && i->workOrder.id)
                return tr("→ %1").arg(Labels::agency(i->workOrder.agency));
            QStringList callsigns;
            for (qint64 uid : board.unitIds())
                if (const Unit* u = board.unit(uid); u && u->incidentId == i->id)
                    callsigns << u->callsign;
            return callsigns.join(QStringLiteral(", "));
        }
        // The deadline sorts on the absolute instant fixed when the clock started, never on the remaining time.
        case Deadline:
            if (sort)
                return i->nextClock.isSet() ? i->nextClock.deadlineMs : std::numeric_limits<qint64>::max();
            return deadlineText(*i, now);
        // Age sorts on the fixed receive time, never on the ticking value.
        case Age: return sort ? QVariant(i->receivedAtMs) : Labels::duration(now - i->receivedAtMs);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Priority)
            return QBrush(Labels::priorityColor(i->priority));
        if (index.column() == Status)
            return QBrush(Labels::incidentStateColor(i->state));
        if (index.column() == Deadline && i->nextClock.isSet()) {
            switch (clockStatus(*i, now)) {
            case ClockStatus::Breached: return QBrush(Palette::late());
            case ClockStatus::Warning: return QBrush(Palette::soon());
            default: return QBrush(Palette::onTime());
            }
        }
    }
    if (role == Qt::BackgroundRole && m_newUntil.value(i->id) > now)
        return QBrush(Palette::soonRow());
    if (role == Qt::BackgroundRole && i->priority == 1)
        return QBrush(Palette::lateRow());
    if (role == Qt::FontRole && (i->priority == 1 || index.column() == Number || index.column() == Deadline)) {
        QFont f;
        f.setBold(i->priority == 1
                  || (index.column() == Deadline && i->nextClock.isSet() && clockStatus(*i, now) != ClockStatus::Running));
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Deadline && i->nextClock.isSet()) {
        const QString clock = ResponsePolicy::label(ResponsePolicy::kindFromCode(i->nextClock.clock).value_or(ClockKind::Closure));
        const qint64 remaining = i->nextClock.deadlineMs - now;
        return remaining < 0 ? tr("%1: %2 late").arg(clock, Labels::duration(-remaining))
                             : tr("%1: %2 left").arg(clock, Labels::duration(remaining));
    }
    if (role == Qt::ToolTipRole)
        return TextInput::tooltip(i->address, i->summary);
    if (role == Qt::TextAlignmentRole && (index.column() == Age || index.column() == Received || index.column() == Deadline))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IncidentQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Received: return tr("Received");
    case Line: return tr("Line");
    case Category: return tr("Category");
    case Priority: return tr("Priority");
    case Zone: return tr("Zone");
    case Status: return tr("Status");
    case Units: return tr("Assigned");
    case Deadline: return tr("Next deadline");
    case Age: return tr("Age");
    default: return {};
    }
}

Qt::ItemFlags IncidentQueueModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDropEnabled : f;
}

QStringList IncidentQueueModel::mimeTypes() const
{
    return {UnitDrag::mimeType()};
}

bool IncidentQueueModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                         const QModelIndex& parent) const
{
    return parent.isValid() && !UnitDrag::decode(data).isEmpty();
}

bool IncidentQueueModel::dropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent)
{
    const QList<qint64> units = UnitDrag::decode(data);
    if (!parent.isValid() || units.isEmpty())
        return false;
    Q_EMIT unitsDropped(incidentId(parent.row()), units);
    return false; // nothing to remove at the source: the roster keeps its rows
}

void IncidentQueueModel::refreshTimeColumns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    // One signal per run of consecutive rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        // Deadline and Age are adjacent here and on screen (the queue keeps them side by side): one small region.
        if (rows[i] >= 0 && rows[j] < m_ids.size())
            Q_EMIT dataChanged(index(rows[i], Deadline), index(rows[j], Age),
                               {Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole});
        i = j + 1;
    }
}

void IncidentQueueModel::onAdded(const QList<qint64>& ids)
{
    QList<qint64> fresh;
    for (qint64 id : ids)
        if (!m_rows.contains(id))
            fresh.append(id);
    if (fresh.isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (qint64 id : std::as_const(fresh)) {
        m_rows.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
    endInsertRows();
}

void IncidentQueueModel::onChanged(const QList<qint64>& ids)
{
    if (ids.size() > m_ids.size() / 2 && !m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return;
    }
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void IncidentQueueModel::onRemoved(const QList<qint64>& ids)
{
    QList<int> rows;
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0)
            rows.append(r);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : std::as_const(rows)) {
        beginRemoveRows({}, r, r);
        m_ids.removeAt(r);
        endRemoveRows();
    }
    rebuildIndex();
}

void IncidentQueueModel::onReset()
{
    beginResetModel();
    m_ids = m_service.board().activeIncidentIds();
    rebuildIndex();
    endResetModel();
}

void IncidentQueueModel::rebuildIndex()
{
    m_rows.clear();
    for (int r = 0; r < m_ids.size(); ++r)
        m_rows.insert(m_ids[r], r);
}

void IncidentQueueModel::markNew(qint64 incidentId, qint64 untilMs)
{
    m_newUntil.insert(incidentId, untilMs);
    const int row = rowOf(incidentId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
}

void IncidentQueueModel::expireNew(qint64 nowMs)
{
    for (auto it = m_newUntil.begin(); it != m_newUntil.end();) {
        if (it.value() > nowMs) {
            ++it;
            continue;
        }
        const int row = rowOf(it.key());
        it = m_newUntil.erase(it);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

bool IncidentQueueModel::isMarkedNew(qint64 incidentId, qint64 nowMs) const
{
    return m_newUntil.value(incidentId) > nowMs;
}

} // namespace dispatch::ui
