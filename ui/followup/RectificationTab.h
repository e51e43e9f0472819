// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpTab.h"
#include "followup/RectificationListModel.h"

namespace dispatch::ui {

/// Rectifications tab: what unsatisfied callers asked to be put right. Keys: Enter records what was done (asked)
/// and closes the selected one.
class RectificationTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationTab)

public:
    explicit RectificationTab(DispatchService& service, QWidget* parent = nullptr);

    RectificationListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// Asks what was done (unless given) and closes the rectification at `row`.
    bool completeRectificationAt(int row, const QString& result = {});

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    RectificationListModel* m_model;
};

} // namespace dispatch::ui
