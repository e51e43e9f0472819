// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FeedbackListModel.h"

#include "common/Labels.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace dispatch::ui {

namespace {

/// The first-feedback deadline of an incident on scene, 0 when that clock is not the next one running.
qint64 feedbackDeadline(const Incident& i)
{
    return i.state == IncidentState::OnScene && i.nextClock.clock == QLatin1String("first_feedback") ? i.nextClock.deadlineMs : 0;
}

} // namespace

FeedbackListModel::FeedbackListModel(DispatchService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    reload();
}

int FeedbackListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FeedbackListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastFeedback.clear();
    const Board& board = m_service.board();
    for (qint64 id : board.activeIncidentIds()) {
        const Incident* i = board.incident(id);
        if (!i || (i->state != IncidentState::OnScene && i->state != IncidentState::FeedbackGiven))
            continue;
        m_rows << id;
        // Feedback already given while on scene: it was returned to the unit.
        const QList<dispatch::Feedback> given = m_service.feedback(id);
        if (!given.isEmpty())
            m_lastFeedback.insert(id, given.last().result);
    }
    // To review first (oldest first), then the feedback due, earliest deadline first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&board](qint64 a, qint64 b) {
        const Incident* x = board.incident(a);
        const Incident* y = board.incident(b);
        const bool rx = x->state == IncidentState::FeedbackGiven, ry = y->state == IncidentState::FeedbackGiven;
        if (rx != ry)
            return rx;
        if (rx)
            return x->stateSinceMs < y->stateSinceMs;
        const qint64 dx = feedbackDeadline(*x), dy = feedbackDeadline(*y);
        return (dx ? dx : std::numeric_limits<qint64>::max()) < (dy ? dy : std::numeric_limits<qint64>::max());
    });
    endResetModel();
}

void FeedbackListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Clock), index(int(m_rows.size()) - 1, Clock));
}

int FeedbackListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    int n = 0;
    for (qint64 id : m_rows)
        if (const Incident* i = m_service.board().incident(id); i && feedbackDeadline(*i) && now > feedbackDeadline(*i))
            ++n;
    return n;
}

int FeedbackListModel::toReviewCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](qint64 id) {
        const Incident* i = m_service.board().incident(id);
        return i && i->state == IncidentState::FeedbackGiven;
    }));
}

QVariant FeedbackListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const qint64 id = m_rows[index.row()];
    const Incident* i = m_service.board().incident(id);
    if (!i)
        return {};
    const bool review = i->state == IncidentState::FeedbackGiven;
    const qint64 now = m_service.clock().nowMs();
    const qint64 deadline = feedbackDeadline(*i);
    if (role == IncidentIdRole)
        return id;
    if (role == ToReviewRole)
        return review;
    if (role == Qt::ForegroundRole && index.column() == Clock && deadline)
        return QBrush(now > deadline ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return i->number;
    case Category: return Labels::category(i->category);
    case Status:
        return review ? tr("to review") : m_lastFeedback.contains(id) ? tr("returned, due again") : tr("feedback due");
    case Feedback: return m_lastFeedback.value(id);
    case Clock:
        if (review)
            return tr("given %1 ago").arg(Labels::duration(now - i->stateSinceMs));
        if (!deadline)
            return QStringLiteral("—");
        return now > deadline ? tr("overdue by %1").arg(Labels::duration(now - deadline))
                              : tr("%1 left").arg(Labels::duration(deadline - now));
    default: return {};
    }
}

QVariant FeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Incident");
    case Category: return tr("Category");
    case Status: return tr("Status");
    case Feedback: return tr("Feedback");
    case Clock: return tr("Clock");
    default: return {};
    }
}

} // namespace dispatch::ui
