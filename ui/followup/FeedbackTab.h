// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FeedbackListModel.h"
#include "followup/FollowUpTab.h"

namespace dispatch::ui {

/// Feedback tab: the feedback to review, then the feedback due. Keys: A accepts the feedback (closes the incident),
/// R returns it to the unit (the reason asked). Its items are incidents: it follows the incidents' changes, and
/// lists the owed items of both codes, "feedback" (due) and "feedback_review".
class FeedbackTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackTab)

public:
    explicit FeedbackTab(DispatchService& service, QWidget* parent = nullptr);

    FeedbackListModel* listModel() const { return m_model; }
    bool lists(const QString& code) const override;
    QString title() const override;
    QString summaryPart() const override;

    /// Accepts the feedback at `row`, or returns it (the reason asked unless given).
    bool reviewFeedbackAt(int row, bool accept, const QString& reason = {});

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    FeedbackListModel* m_model;
};

} // namespace dispatch::ui
