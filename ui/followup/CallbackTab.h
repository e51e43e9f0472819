// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Callback.h"
#include "followup/CallbackListModel.h"
#include "followup/FollowUpTab.h"

namespace dispatch::ui {

/// Callbacks tab: the callbacks still to be made. Keys: S satisfied, B basically satisfied, U unsatisfied (the
/// caller's words asked; a rectification opens), N not reached.
class CallbackTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackTab)

public:
    explicit CallbackTab(DispatchService& service, QWidget* parent = nullptr);

    CallbackListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// One callback try for the row; an unsatisfied caller's words are asked unless given.
    bool recordCallbackAt(int row, bool reached, Satisfaction satisfaction, const QString& words = {});

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    CallbackListModel* m_model;
};

} // namespace dispatch::ui
