// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/CallbackListModel.h"

#include "common/TextInput.h"
#include "domain/TextLimits.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace dispatch::ui {

namespace {

QString clockText(qint64 deadline, qint64 now)
{
    return now > deadline ? CallbackListModel::tr("overdue by %1").arg(Labels::duration(now - deadline))
                          : CallbackListModel::tr("%1 left").arg(Labels::duration(deadline - now));
}

QBrush clockBrush(qint64 deadline, qint64 now)
{
    return QBrush(now > deadline ? Palette::late() : Palette::onTime());
}

} // namespace

CallbackListModel::CallbackListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int CallbackListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CallbackListModel::reload()
{
    ReadList<Callback> rows = m_service.openCallbacks();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    m_incidents.clear();
    for (const Callback& c : std::as_const(m_rows))
        rememberIncident(c.incidentId);
    endResetModel();
}

void CallbackListModel::rememberIncident(qint64 incidentId)
{
    if (m_incidents.contains(incidentId))
        return;
    if (const std::optional<Incident> i = m_service.findIncident(incidentId))
        m_incidents.insert(incidentId, {i->number, i->callerPhone, i->summary, i->stateSinceMs});
}

void CallbackListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids,
        [this](qint64 id) {
            ReadOne<Callback> c = m_service.findCallback(id);
            if (c && c->isOpen())
                rememberIncident(c->incidentId);
            return c;
        },
        [](const Callback& a, const Callback& b) { return std::pair(a.dueMs, a.id) < std::pair(b.dueMs, b.id); });
}

void CallbackListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Due), index(int(m_rows.size()) - 1, Due));
}

int CallbackListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const Callback& c) { return now > c.dueMs; }));
}

QVariant CallbackListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Callback& c = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    if (role == Qt::ForegroundRole && index.column() == Due)
        return clockBrush(c.dueMs, now);
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return TextInput::tooltip({}, m_incidents.value(c.incidentId).summary);
    if (role != Qt::DisplayRole)
        return {};
    const IncidentText t = m_incidents.value(c.incidentId);
    switch (index.column()) {
    case Number: return t.number;
    case Phone: return t.phone.isEmpty() ? tr("no number") : t.phone;
    case Summary: return TextLimits::elide(t.summary, 120);
    case Closed: return Labels::dateTime(t.closedAtMs, m_service.board().timeZone(), now);
    case Attempts: return tr("%1 of %2").arg(c.attempts).arg(m_service.responsePolicy().callbackAttempts());
    case Due: return clockText(c.dueMs, now);
    default: return {};
    }
}

QVariant CallbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Incident");
    case Phone: return tr("Caller's phone");
    case Summary: return tr("Summary");
    case Closed: return tr("Closed");
    case Attempts: return tr("Tries");
    case Due: return tr("Due");
    default: return {};
    }
}

} // namespace dispatch::ui
