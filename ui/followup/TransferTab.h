// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpTab.h"
#include "followup/TransferListModel.h"

namespace dispatch::ui {

/// Transfers tab: the transfers not yet signed for by their station. Keys: Enter records who signed for the
/// selected one (the name asked).
class TransferTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferTab)

public:
    explicit TransferTab(DispatchService& service, QWidget* parent = nullptr);

    TransferListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override;

    /// Asks who signed for the transfer at `row` (unless given) and records it.
    bool acceptTransferAt(int row, const QString& signedBy = {});

protected:
    QString overdueMessage(int count) const override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    TransferListModel* m_model;
};

} // namespace dispatch::ui
