// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QTableView;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class TransferListModel;

/// The follow-up workspace (后续跟踪): one tab per list of what is owed, with its count in the tab title.
/// Transfers: Enter records that the station signed for the selected transfer.
class FollowUpWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpWidget)

public:
    explicit FollowUpWidget(DispatchService& service, QWidget* parent = nullptr);

    QTableView* transfersView() const { return m_transfers; }
    TransferListModel* transfersModel() const { return m_transferModel; }
    void tick();
    /// Asks who signed for the transfer at `row` (tests pass the name) and records it.
    bool acceptTransferAt(int row, const QString& signedBy = {});

Q_SIGNALS:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTitles();

    DispatchService& m_service;
    TransferListModel* m_transferModel;
    QTableView* m_transfers;
};

} // namespace dispatch::ui
