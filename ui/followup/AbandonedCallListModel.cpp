// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/AbandonedCallListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>

namespace dispatch::ui {

namespace {

bool earlier(const CallRecord& a, const CallRecord& b)
{
    return std::pair(a.callBackDueMs, a.id) < std::pair(b.callBackDueMs, b.id);
}

} // namespace

AbandonedCallListModel::AbandonedCallListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int AbandonedCallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AbandonedCallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AbandonedCallListModel::reload()
{
    ReadList<CallRecord> rows = m_service.owedCallBacks();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AbandonedCallListModel::apply(const QList<qint64>& ids)
{
    applyRows(m_rows, ids, [this](qint64 id) { return m_service.findPhoneCall(id); }, earlier);
}

void AbandonedCallListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Due), index(int(m_rows.size()) - 1, Due));
}

int AbandonedCallListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const CallRecord& c) { return now > c.callBackDueMs; }));
}

QVariant AbandonedCallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallRecord& c = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    if (role == Qt::ForegroundRole && index.column() == Due)
        return QBrush(now > c.callBackDueMs ? Palette::late() : Palette::onTime());
    if (role == Qt::ToolTipRole) {
        // The whole call in every cell's tooltip (a narrow view hides columns).
        QStringList lines{tr("%1 on %2").arg(c.number.isEmpty() ? tr("withheld") : c.number, Labels::line(c.line))};
        if (!c.callerName.isEmpty())
            lines << c.callerName;
        lines << tr("Network's place: %1").arg(data(index.siblingAtColumn(Place), Qt::DisplayRole).toString());
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line: return Labels::line(c.line);
    case Number: return c.number.isEmpty() ? tr("withheld") : c.number;
    case Rang: return Labels::dateTime(c.rangMs ? c.rangMs : c.endedMs, m_service.board().timeZone(), now);
    case Waited:
        return c.rangMs && c.endedMs >= c.rangMs ? Labels::duration(c.endedMs - c.rangMs) : QStringLiteral("–");
    case Place:
        if (!c.lat || !c.lon)
            return tr("not given");
        return c.radiusM ? tr("%1, %2 (± %3)").arg(*c.lat, 0, 'f', 5).arg(*c.lon, 0, 'f', 5).arg(Labels::distance(c.radiusM))
                         : QStringLiteral("%1, %2").arg(*c.lat, 0, 'f', 5).arg(*c.lon, 0, 'f', 5);
    case Tries: return tr("%1 of %2").arg(c.callBackTries).arg(m_service.responsePolicy().callbackAttempts());
    case Due:
        return now > c.callBackDueMs ? tr("overdue by %1").arg(Labels::duration(now - c.callBackDueMs))
                                     : tr("%1 left").arg(Labels::duration(c.callBackDueMs - now));
    default: return {};
    }
}

QVariant AbandonedCallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Number: return tr("Number");
    case Rang: return tr("Rang");
    case Waited: return tr("Rang for");
    case Place: return tr("Network's place");
    case Tries: return tr("Tries");
    case Due: return tr("Call back");
    default: return {};
    }
}

} // namespace dispatch::ui
