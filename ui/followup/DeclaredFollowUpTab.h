// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/DeclaredListModel.h"
#include "followup/FollowUpTab.h"

namespace dispatch {
class DeclaredFollowUpKind;
}

namespace dispatch::ui {

/// The tab of a declared follow-up list, built from its declaration (the workspace makes one per declared list).
/// Keys: Enter adds a progress note, C closes the selected item with one of the list's outcomes and what the
/// assignee answered; both asked.
class DeclaredFollowUpTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclaredFollowUpTab)

public:
    DeclaredFollowUpTab(DispatchService& service, const DeclaredFollowUpKind& kind, QWidget* parent = nullptr);

    DeclaredListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// Asks for the progress note (unless given) and adds it to the item at `row`.
    bool addNoteAt(int row, const QString& text = {});
    /// Asks for the outcome and the result (unless given) and closes the item at `row`.
    bool closeAt(int row, const QString& outcome = {}, const QString& result = {});

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    const DeclaredFollowUpKind& m_declared;
    DeclaredListModel* m_model;
};

} // namespace dispatch::ui
