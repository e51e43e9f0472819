// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "followup/AbandonedCallListModel.h"
#include "followup/FollowUpTab.h"

namespace dispatch::ui {

/// Abandoned calls tab (回拨): the calls that rang and were not answered, owed a call back. Keys: N not reached
/// (a try counted; after the policy's tries it is closed as not reached), R reached, no emergency (what the caller
/// said is asked), Enter reached, an emergency: the intake form opens with the call's line, number and place, and the
/// call back is closed when the incident is saved.
class AbandonedCallTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AbandonedCallTab)

public:
    explicit AbandonedCallTab(DispatchService& service, QWidget* parent = nullptr);

    AbandonedCallListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// A try that did not reach the caller, for the row.
    bool notReachedAt(int row, const QString& note = {});
    /// The caller reached, no emergency; `note` (what they said) is asked when empty.
    bool noEmergencyAt(int row, const QString& note = {});
    /// The caller reached with an emergency: emits takeCall with the call's draft.
    bool takeCallAt(int row);

    /// The intake draft of an abandoned call called back (received at its first ring; its source closes the call back when saved).
    static IncidentDraft draftOf(const CallRecord& call);

Q_SIGNALS:
    void takeCall(const dispatch::IncidentDraft& draft);

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    AbandonedCallListModel* m_model;
};

} // namespace dispatch::ui
