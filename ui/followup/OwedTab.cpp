// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/OwedTab.h"
#include "domain/TextLimits.h"
#include "common/TextInput.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QKeyEvent>

#include <algorithm>

namespace dispatch::ui {

OwedListModel::OwedListModel(DispatchService& service, QObject* parent) : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int OwedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OwedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OwedListModel::reload()
{
    beginResetModel();
    m_rows = m_service.owed();
    endResetModel();
}

void OwedListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Since), index(int(m_rows.size()) - 1, Deadline));
}

int OwedListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const OwedItem& o) { return o.overdue(now); }));
}

qint64 OwedListModel::idAt(int) const
{
    return 0; // items of several kinds: their ids may repeat
}

QVariant OwedListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OwedItem& o = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = o.overdue(now);
    if (role == Qt::ForegroundRole && index.column() == Deadline && o.deadlineMs)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow());
    if (role == Qt::ToolTipRole && index.column() == What)
        return TextInput::tooltip({}, o.what);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind: return o.kindLabel;
    case Number: return o.number;
    case What: return TextLimits::elide(o.what, 160);
    case Owner: return o.owner;
    case Since: return tr("%1 ago").arg(Labels::duration(std::max<qint64>(0, now - o.sinceMs)));
    case Deadline:
        if (!o.deadlineMs)
            return tr("no deadline");
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - o.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(o.deadlineMs - now));
    default: return {};
    }
}

QVariant OwedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Owed");
    case Number: return tr("Incident");
    case What: return tr("What");
    case Owner: return tr("By whom");
    case Since: return tr("Since");
    case Deadline: return tr("Deadline");
    default: return {};
    }
}

OwedTab::OwedTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, std::nullopt, QStringLiteral("owedView"), parent), m_model(new OwedListModel(service, this))
{
    setListModel(m_model, OwedListModel::What);
    setToolTip(tr("Everything owed, the overdue first. Enter: open the item in its list"));
}

QString OwedTab::title() const
{
    return countedTitle(tr("All owed"), openCount(), overdueCount());
}

void OwedTab::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        const OwedItem& o = m_model->itemAt(currentRow());
        Q_EMIT openRequested(o.kind, o.id);
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
