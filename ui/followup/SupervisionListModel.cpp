// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/SupervisionListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace dispatch::ui {

SupervisionListModel::SupervisionListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int SupervisionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupervisionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SupervisionListModel::reload()
{
    ReadList<Supervision> rows = m_service.openSupervisions();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    m_lastNote.clear();
    for (const Supervision& s : std::as_const(m_rows))
        rememberNote(s.id);
    endResetModel();
}

void SupervisionListModel::rememberNote(qint64 supervisionId)
{
    const QList<SupervisionNote> notes = m_service.supervisionNotes(supervisionId);
    if (!notes.isEmpty())
        m_lastNote.insert(supervisionId, notes.last().text);
}

void SupervisionListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids,
        [this](qint64 id) {
            ReadOne<Supervision> s = m_service.findSupervision(id);
            if (s && s->isOpen())
                rememberNote(id);
            return s;
        },
        [](const Supervision& a, const Supervision& b) { return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id); });
}

void SupervisionListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int SupervisionListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const Supervision& s) { return now > s.deadlineMs; }));
}

QVariant SupervisionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Supervision& s = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > s.deadlineMs;
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow()); // overdue items stand out
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return s.title;
    case Owner: return s.owner;
    case Method: return SupervisionCodes::label(s.method);
    case Deadline:
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - s.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(s.deadlineMs - now));
    case Progress: return m_lastNote.value(s.id, tr("no progress noted yet"));
    default: return {};
    }
}

QVariant SupervisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Under supervision");
    case Owner: return tr("Answers for it");
    case Method: return tr("Method");
    case Deadline: return tr("Deadline");
    case Progress: return tr("Latest progress");
    default: return {};
    }
}

} // namespace dispatch::ui
