// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpTab.h"
#include "followup/SupervisionListModel.h"

namespace dispatch::ui {

/// Supervision tab: the items under supervision. Keys: Enter adds a progress note, C closes the selected one with
/// the result (shift leaders); both asked.
class SupervisionTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionTab)

public:
    explicit SupervisionTab(DispatchService& service, QWidget* parent = nullptr);

    SupervisionListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// Asks for the progress note (unless given) and adds it to the supervision at `row`.
    bool addNoteAt(int row, const QString& text = {});
    /// Asks for the result (unless given) and closes the supervision at `row`.
    bool closeSupervisionAt(int row, const QString& result = {});

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    SupervisionListModel* m_model;
};

} // namespace dispatch::ui
