// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FeedbackTab.h"

#include "common/TextInput.h"
#include "domain/TextLimits.h"
#include "service/DispatchService.h"

#include <QKeyEvent>

namespace dispatch::ui {

FeedbackTab::FeedbackTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Incident, QStringLiteral("feedbackView"), parent),
      m_model(new FeedbackListModel(service, this))
{
    setListModel(m_model, FeedbackListModel::Feedback);
    setToolTip(tr("A: accept the feedback (closes the incident) · R: return it to the unit"));
    // Feedback is owed by incidents: their changes (here or on another desk) are applied row by row.
    connect(&service, &DispatchService::incidentsAdded, this, &FeedbackTab::apply);
    connect(&service, &DispatchService::incidentsChanged, this, &FeedbackTab::apply);
    connect(&service, &DispatchService::incidentsRemoved, this, &FeedbackTab::apply);
}

bool FeedbackTab::lists(const QString& code) const
{
    return FollowUpTab::lists(code) || code == QLatin1String("feedback_review");
}

QString FeedbackTab::title() const
{
    const int toReview = m_model->toReviewCount();
    return toReview ? tr("Feedback (%1 to review, %2 due)").arg(toReview).arg(openCount() - toReview)
                    : countedTitle(tr("Feedback"), openCount(), overdueCount());
}

QString FeedbackTab::summaryPart() const
{
    // The status bar counts only what waits for the desk: the feedback to review.
    const int toReview = m_model->toReviewCount();
    return toReview ? tr("%n feedback(s) to review", nullptr, toReview) : QString();
}

bool FeedbackTab::reviewFeedbackAt(int row, bool accept, const QString& reason)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->incidentAt(row);
    QString why = reason;
    if (!accept && why.isEmpty()) {
        bool ok = false;
        why = TextInput::getText(this, tr("Return the feedback"), tr("Why does it go back to the unit?"),
                                 TextLimits::kReason, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.reviewFeedback(id, accept, why);
    Q_EMIT message(!s ? s.errorString() : accept ? tr("Feedback accepted; the incident is closed") : tr("Feedback returned to the unit"));
    return bool(s);
}

void FeedbackTab::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_A || event->key() == Qt::Key_R)) {
        reviewFeedbackAt(currentRow(), event->key() == Qt::Key_A);
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
