// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Callback.h"
#include "service/OwedItems.h"

#include <QTabWidget>

class QAbstractItemModel;
class QTableView;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class CallbackListModel;
class FeedbackListModel;
class FollowUpTab;
class InstructionTab;
class LedgerTab;
class MediationTab;
class OwedTab;
class RectificationListModel;
class SupervisionListModel;
class TransferListModel;

/// The follow-up workspace (后续跟踪): first everything owed on one list (who owes what since when, the overdue
/// first; Enter opens an item in its list), then one tab per list with its count (and how many are overdue) in
/// the tab title; a list's item that becomes overdue is said once in the status bar.
/// Keys — Feedback: A accepts the feedback (closes the incident), R returns it to the unit (asks why).
/// Transfers: Enter records the station's sign-for. Callbacks: S satisfied, B basically satisfied,
/// U unsatisfied (asks the caller's words), N not reached. Rectifications: Enter records what was done.
/// Supervision: Enter adds a progress note, C closes it with the result (shift leaders). Mediation, instructions
/// and the repeat ledger: see MediationTab, InstructionTab and LedgerTab.
class FollowUpWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpWidget)

public:
    explicit FollowUpWidget(DispatchService& service, QWidget* parent = nullptr);

    QTableView* feedbackView() const { return m_feedback; }
    FeedbackListModel* feedbackModel() const { return m_feedbackModel; }
    QTableView* transfersView() const { return m_transfers; }
    QTableView* callbacksView() const { return m_callbacks; }
    QTableView* rectificationsView() const { return m_rectifications; }
    QTableView* supervisionView() const { return m_supervision; }
    SupervisionListModel* supervisionModel() const { return m_supervisionModel; }
    TransferListModel* transfersModel() const { return m_transferModel; }
    CallbackListModel* callbacksModel() const { return m_callbackModel; }
    RectificationListModel* rectificationsModel() const { return m_rectificationModel; }
    OwedTab* owedTab() const { return m_owed; }
    MediationTab* mediationTab() const { return m_mediation; }
    InstructionTab* instructionTab() const { return m_instructions; }
    LedgerTab* ledgerTab() const { return m_ledger; }
    /// Shows the item of kind `kind` (an owed item's code) in its own list, selected.
    bool openItem(const QString& kind, qint64 id);
    void tick();
    /// "Owed: 1 transfer · 2 callbacks (1 overdue) · …" for the status bar; empty when nothing is owed.
    QString summary() const;
    int overdueTotal() const;
    /// Accepts the feedback at `row`, or returns it (the reason asked unless given).
    bool reviewFeedbackAt(int row, bool accept, const QString& reason = {});
    /// Asks who signed for the transfer at `row` (unless given) and records it.
    bool acceptTransferAt(int row, const QString& signedBy = {});
    /// One callback try for the row; an unsatisfied caller's words are asked unless given.
    bool recordCallbackAt(int row, bool reached, Satisfaction satisfaction, const QString& words = {});
    /// Asks what was done (unless given) and closes the rectification at `row`.
    bool completeRectificationAt(int row, const QString& result = {});
    /// Asks for the progress note / the result (unless given) of the supervision at `row`.
    bool addNoteAt(int row, const QString& text = {});
    bool closeSupervisionAt(int row, const QString& result = {});

Q_SIGNALS:
    void message(const QString& text);
    /// A list's counts changed (the titles were updated).
    void countsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* addList(QAbstractItemModel* model, const QString& objectName, const QString& hint, int textColumn);
    void updateTitles();
    void addFollowUpTab(FollowUpTab* tab);
    void reloadOwed();

    DispatchService& m_service;
    FeedbackListModel* m_feedbackModel;
    TransferListModel* m_transferModel;
    CallbackListModel* m_callbackModel;
    RectificationListModel* m_rectificationModel;
    SupervisionListModel* m_supervisionModel;
    QTableView* m_feedback;
    QTableView* m_transfers;
    QTableView* m_callbacks;
    QTableView* m_rectifications;
    QTableView* m_supervision;
    OwedTab* m_owed;
    MediationTab* m_mediation;
    InstructionTab* m_instructions;
    LedgerTab* m_ledger;
};

} // namespace dispatch::ui
