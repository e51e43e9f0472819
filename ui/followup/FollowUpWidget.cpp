// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpWidget.h"

#include "followup/AbandonedCallTab.h"
#include "followup/CallbackTab.h"
#include "followup/DeclaredFollowUp.h"
#include "followup/DeclaredFollowUpTab.h"
#include "followup/FeedbackTab.h"
#include "followup/InstructionTab.h"
#include "followup/LedgerTab.h"
#include "followup/MediationTab.h"
#include "followup/OwedTab.h"
#include "followup/RectificationTab.h"
#include "followup/SupervisionTab.h"
#include "followup/TransferTab.h"
#include "service/DispatchService.h"

namespace dispatch::ui {

FollowUpWidget::FollowUpWidget(DispatchService& service, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("followUp"));
    // The overview first, then the lists in the order the desk works them.
    m_tabs = {
        new OwedTab(service, this),
        new FeedbackTab(service, this),
        new TransferTab(service, this),
        new AbandonedCallTab(service, this),
        new CallbackTab(service, this),
        new RectificationTab(service, this),
        new MediationTab(service, this),
        new InstructionTab(service, this),
        new SupervisionTab(service, this),
        new LedgerTab(service, this),
    };
    // Then a tab for each declared list, built from its declaration.
    for (const FollowUpKind* k : FollowUpKinds::declared())
        m_tabs.append(new DeclaredFollowUpTab(service, static_cast<const DeclaredFollowUpKind&>(*k), this));
    for (FollowUpTab* t : std::as_const(m_tabs)) {
        addTab(t, t->title());
        connect(t, &FollowUpTab::message, this, [this](const QString& text) {
            updateTitles();
            Q_EMIT message(text);
        });
    }
    connect(owedTab(), &OwedTab::openRequested, this, &FollowUpWidget::openItem);
    connect(abandonedCallsView(), &AbandonedCallTab::takeCall, this, &FollowUpWidget::takeCall);

    // Each tab applies the changes of its own list; the facade's one signal per change comes after them, and the
    // titles follow it.
    connect(&service, &DispatchService::changed, this, [this](const ChangeEvent& c) {
        if (FollowUpTab::touchesAnyList(c))
            updateTitles();
    });
    connect(&service, &DispatchService::boardReset, this, &FollowUpWidget::updateTitles);
    updateTitles();
}

template<typename Tab>
Tab* FollowUpWidget::tab() const
{
    for (FollowUpTab* t : m_tabs)
        if (auto* found = qobject_cast<Tab*>(t))
            return found;
    return nullptr;
}

OwedTab* FollowUpWidget::owedTab() const { return tab<OwedTab>(); }
FeedbackTab* FollowUpWidget::feedbackView() const { return tab<FeedbackTab>(); }
TransferTab* FollowUpWidget::transfersView() const { return tab<TransferTab>(); }
CallbackTab* FollowUpWidget::callbacksView() const { return tab<CallbackTab>(); }
AbandonedCallTab* FollowUpWidget::abandonedCallsView() const { return tab<AbandonedCallTab>(); }
RectificationTab* FollowUpWidget::rectificationsView() const { return tab<RectificationTab>(); }
MediationTab* FollowUpWidget::mediationTab() const { return tab<MediationTab>(); }
InstructionTab* FollowUpWidget::instructionTab() const { return tab<InstructionTab>(); }
SupervisionTab* FollowUpWidget::supervisionView() const { return tab<SupervisionTab>(); }
LedgerTab* FollowUpWidget::ledgerTab() const { return tab<LedgerTab>(); }
DeclaredFollowUpTab* FollowUpWidget::declaredTab(const QString& code) const
{
    for (FollowUpTab* t : m_tabs)
        if (auto* d = qobject_cast<DeclaredFollowUpTab*>(t); d && d->kind()->code() == code)
            return d;
    return nullptr;
}

FeedbackListModel* FollowUpWidget::feedbackModel() const { return feedbackView()->listModel(); }
TransferListModel* FollowUpWidget::transfersModel() const { return transfersView()->listModel(); }
CallbackListModel* FollowUpWidget::callbacksModel() const { return callbacksView()->listModel(); }

bool FollowUpWidget::openItem(const QString& kind, qint64 id)
{
    for (FollowUpTab* t : std::as_const(m_tabs)) {
        if (!t->lists(kind))
            continue;
        if (t->rowOf(id) < 0)
            return false;
        setCurrentWidget(t);
        return t->showItem(id);
    }
    return false;
}

void FollowUpWidget::tick()
{
    for (FollowUpTab* t : std::as_const(m_tabs))
        t->tick();
    updateTitles();
}

void FollowUpWidget::updateTitles()
{
    for (FollowUpTab* t : std::as_const(m_tabs))
        setTabText(indexOf(t), t->title());
    Q_EMIT countsChanged();
}

QString FollowUpWidget::summary() const
{
    QStringList parts;
    for (const FollowUpTab* t : m_tabs)
        if (const QString part = t->summaryPart(); !part.isEmpty())
            parts << part;
    return parts.isEmpty() ? QString() : tr("Owed: %1").arg(parts.join(QStringLiteral(" · ")));
}

int FollowUpWidget::overdueTotal() const
{
    int n = 0;
    for (const FollowUpTab* t : m_tabs)
        if (t->kind()) // the overview repeats the lists' items
            n += t->overdueCount();
    return n;
}

} // namespace dispatch::ui
