// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QList>
#include <QTabWidget>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class AbandonedCallTab;
class CallbackListModel;
class CallbackTab;
class DeclaredFollowUpTab;
class FeedbackListModel;
class FeedbackTab;
class FollowUpTab;
class InstructionTab;
class LedgerTab;
class MediationTab;
class OwedTab;
class RectificationTab;
class SupervisionTab;
class TransferListModel;
class TransferTab;

/// The follow-up workspace (后续跟踪): first everything owed on one list (who owes what since when, the overdue
/// first; Enter opens an item in its list), then one tab per follow-up list with its count (and how many are
/// overdue) in the tab title; a list's item that becomes overdue is said once in the status bar. Each tab answers
/// its own keys (see FeedbackTab, TransferTab, AbandonedCallTab, CallbackTab, RectificationTab, MediationTab, InstructionTab,
/// SupervisionTab and LedgerTab); the workspace only loops over its tabs.
class FollowUpWidget final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpWidget)

public:
    explicit FollowUpWidget(DispatchService& service, QWidget* parent = nullptr);

    /// The tabs in their order: the overview, then one per follow-up list.
    const QList<FollowUpTab*>& tabs() const { return m_tabs; }
    OwedTab* owedTab() const;
    FeedbackTab* feedbackView() const;
    TransferTab* transfersView() const;
    CallbackTab* callbacksView() const;
    AbandonedCallTab* abandonedCallsView() const;
    RectificationTab* rectificationsView() const;
    MediationTab* mediationTab() const;
    InstructionTab* instructionTab() const;
    SupervisionTab* supervisionView() const;
    LedgerTab* ledgerTab() const;
    /// The tab of the declared list `code` (nullptr: no such list).
    DeclaredFollowUpTab* declaredTab(const QString& code) const;
    FeedbackListModel* feedbackModel() const;
    TransferListModel* transfersModel() const;
    CallbackListModel* callbacksModel() const;

    /// Shows the item of kind `kind` (an owed item's code) in its own list, selected.
    bool openItem(const QString& kind, qint64 id);
    void tick();
    /// "Owed: 1 transfer · 2 callbacks (1 overdue) · …" for the status bar; empty when nothing is owed.
    QString summary() const;
    /// The overdue items of all the lists (the overview's not counted twice).
    int overdueTotal() const;

Q_SIGNALS:
    void message(const QString& text);
    /// A list's counts changed (the titles were updated).
    void countsChanged();
    /// An abandoned call called back reached an emergency: the call is to be taken on the intake form.
    void takeCall(const dispatch::IncidentDraft& draft);

private:
    template<typename Tab>
    Tab* tab() const;
    void updateTitles();

    QList<FollowUpTab*> m_tabs;
};

} // namespace dispatch::ui
