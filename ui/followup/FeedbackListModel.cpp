// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FeedbackListModel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>

#include <algorithm>
#include <limits>
#include <tuple>

namespace dispatch::ui {

namespace {

/// The first-feedback deadline of an incident on scene, 0 when that clock is not the next one running.
qint64 feedbackDeadline(const Incident& i)
{
    return i.state == IncidentState::OnScene && i.nextClock.clock == QLatin1String("first_feedback") ? i.nextClock.deadlineMs : 0;
}

} // namespace

FeedbackListModel::FeedbackListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
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

bool FeedbackListModel::before(const Row& a, const Row& b)
{
    return std::tuple(!a.review, a.orderMs, a.id) < std::tuple(!b.review, b.orderMs, b.id);
}

std::optional<FeedbackListModel::Row> FeedbackListModel::rowFor(qint64 id)
{
    m_lastFeedback.remove(id);
    const Incident* i = m_service.board().incident(id);
    if (!i || (i->state != IncidentState::OnScene && i->state != IncidentState::FeedbackGiven))
        return std::nullopt;
    // Feedback already given: it waits for review, or (while on scene) it was returned to the unit.
    const QList<dispatch::Feedback> given = m_service.feedback(id);
    if (!given.isEmpty())
        m_lastFeedback.insert(id, given.last().result);
    const bool review = i->state == IncidentState::FeedbackGiven;
    const qint64 deadline = feedbackDeadline(*i);
    return Row{id, review, review ? i->stateSinceMs : deadline ? deadline : std::numeric_limits<qint64>::max()};
}

void FeedbackListModel::reload()
{
    QList<Row> rows;
    m_lastFeedback.clear();
    for (qint64 id : m_service.board().activeIncidentIds())
        if (std::optional<Row> row = rowFor(id))
            rows << *row;
    std::sort(rows.begin(), rows.end(), &FeedbackListModel::before);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void FeedbackListModel::apply(const QList<qint64>& ids)
{
    applyRows(m_rows, ids, [this](qint64 id) { return ReadOne<Row>(rowFor(id)); }, &FeedbackListModel::before);
}

void FeedbackListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Clock), index(int(m_rows.size()) - 1, Clock));
}

int FeedbackListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this, now](const Row& r) {
        const Incident* i = m_service.board().incident(r.id);
        return i && feedbackDeadline(*i) && now > feedbackDeadline(*i);
    }));
}

int FeedbackListModel::toReviewCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.review; }));
}

QVariant FeedbackListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const qint64 id = m_rows[index.row()].id;
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
        return QBrush(now > deadline ? Palette::late() : Palette::onTime());
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
