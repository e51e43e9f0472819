// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/DeclaredListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "followup/DeclaredFollowUp.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace dispatch::ui {

namespace {
// The columns before the declared fields: the incident and the assignee.
constexpr int kFirstField = 2;
}

DeclaredListModel::DeclaredListModel(DispatchService& service, const DeclaredFollowUpKind& kind, QObject* parent)
    : FollowUpListModel(parent), m_service(service), m_kind(kind)
{
    reload();
}

int DeclaredListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeclaredListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : progressColumn() + 1;
}

int DeclaredListModel::deadlineColumn() const
{
    return kFirstField + int(m_kind.declaration()->fields.size());
}

int DeclaredListModel::progressColumn() const
{
    return deadlineColumn() + 1;
}

void DeclaredListModel::reload()
{
    ReadList<FollowUpItem> rows = m_service.openFollowUps(m_kind.code());
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DeclaredListModel::apply(const QList<qint64>& ids)
{
    const QString code = m_kind.code();
    applyRows(
        m_rows, ids,
        [this, &code](qint64 id) {
            ReadOne<FollowUpItem> f = m_service.findFollowUp(id);
            // An item of another declared list (they share one entity) is never one of these rows.
            if (f && f->kind != code)
                return ReadOne<FollowUpItem>(std::nullopt);
            return f;
        },
        [](const FollowUpItem& a, const FollowUpItem& b) { return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id); });
}

void DeclaredListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, deadlineColumn()), index(int(m_rows.size()) - 1, deadlineColumn()));
}

int DeclaredListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const FollowUpItem& f) { return now > f.deadlineMs; }));
}

QVariant DeclaredListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FollowUpItem& f = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > f.deadlineMs;
    const int column = index.column();
    if (role == Qt::ForegroundRole && column == deadlineColumn())
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow()); // overdue items stand out
    if (role == Qt::ToolTipRole && column == progressColumn())
        return f.lastNote;
    if (role != Qt::DisplayRole)
        return {};
    if (column == 0)
        return f.number;
    if (column == 1)
        return f.assignee;
    if (column == deadlineColumn())
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - f.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(f.deadlineMs - now));
    if (column == progressColumn())
        return f.lastNote.isEmpty() ? tr("no progress noted yet") : f.lastNote;
    const FollowUpField& field = m_kind.declaration()->fields.at(column - kFirstField);
    return m_kind.fieldText(field, f.fields.value(field.code));
}

QVariant DeclaredListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Incident");
    if (section == 1)
        return declaredText(m_kind.declaration()->assigneeLabel);
    if (section == deadlineColumn())
        return tr("Deadline");
    if (section == progressColumn())
        return tr("Latest progress");
    if (section - kFirstField < m_kind.declaration()->fields.size())
        return declaredText(m_kind.declaration()->fields.at(section - kFirstField).label);
    return {};
}

} // namespace dispatch::ui
