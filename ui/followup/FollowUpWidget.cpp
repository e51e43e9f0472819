// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpWidget.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "followup/CallbackListModel.h"
#include "followup/FeedbackListModel.h"
#include "followup/InstructionTab.h"
#include "followup/LedgerTab.h"
#include "followup/MediationTab.h"
#include "followup/OwedTab.h"
#include "followup/SupervisionListModel.h"
#include "followup/TransferListModel.h"
#include "service/DispatchService.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QTableView>

namespace dispatch::ui {

FollowUpWidget::FollowUpWidget(DispatchService& service, QWidget* parent)
    : QTabWidget(parent),
      m_service(service),
      m_feedbackModel(new FeedbackListModel(service, this)),
      m_transferModel(new TransferListModel(service, this)),
      m_callbackModel(new CallbackListModel(service, this)),
      m_rectificationModel(new RectificationListModel(service, this)),
      m_supervisionModel(new SupervisionListModel(service, this)),
      m_owed(new OwedTab(service, this)),
      m_mediation(new MediationTab(service, this)),
      m_instructions(new InstructionTab(service, this)),
      m_ledger(new LedgerTab(service, this))
{
    setObjectName(QStringLiteral("followUp"));
    addFollowUpTab(m_owed);
    m_feedback = addList(m_feedbackModel, QStringLiteral("feedbackView"),
                         tr("A: accept the feedback (closes the incident) · R: return it to the unit"),
                         FeedbackListModel::Feedback);
    m_transfers = addList(m_transferModel, QStringLiteral("transfersView"),
                          tr("Enter: the station signed for the selected transfer"), TransferListModel::Reason);
    m_callbacks = addList(m_callbackModel, QStringLiteral("callbacksView"),
                          tr("S satisfied · B basically satisfied · U unsatisfied · N not reached"), CallbackListModel::Summary);
    m_rectifications = addList(m_rectificationModel, QStringLiteral("rectificationsView"),
                               tr("Enter: record what was done"), RectificationListModel::Issue);
    addFollowUpTab(m_mediation);
    addFollowUpTab(m_instructions);
    m_supervision = addList(m_supervisionModel, QStringLiteral("supervisionView"),
                            tr("Enter: add a progress note · C: close with the result"), SupervisionListModel::Progress);
    addFollowUpTab(m_ledger);
    connect(m_owed, &OwedTab::openRequested, this, &FollowUpWidget::openItem);

    // Each list applies the items a change names (here or on another desk); the overview of everything owed is read
    // again, since one item's change can move any of its rows.
    const QList<QPair<Entity, FollowUpListModel*>> lists{{Entity::Transfer, m_transferModel},
                                                         {Entity::Callback, m_callbackModel},
                                                         {Entity::Rectification, m_rectificationModel},
                                                         {Entity::Supervision, m_supervisionModel}};
    connect(&m_service, &DispatchService::followUpChanged, this, [this, lists](Entity kind, const QList<qint64>& ids) {
        for (const auto& [k, model] : lists)
            if (k == kind)
                model->apply(ids);
        reloadOwed();
        updateTitles();
    });
    connect(&m_service, &DispatchService::boardReset, this, [this, lists] {
        for (const auto& [k, model] : lists)
            model->reload();
        m_feedbackModel->reload();
        reloadOwed();
        updateTitles();
    });
    const auto incidentsMoved = [this] {
        m_feedbackModel->reload(); // read from the board, not the store
        reloadOwed();
        updateTitles();
    };
    connect(&m_service, &DispatchService::incidentsChanged, this, incidentsMoved);
    connect(&m_service, &DispatchService::incidentsRemoved, this, incidentsMoved);
    connect(&m_service, &DispatchService::followUpOverdue, this, [this](Entity kind, const QList<qint64>& ids) {
        updateTitles();
        const int n = int(ids.size());
        switch (kind) {
        case Entity::Supervision: Q_EMIT message(tr("%n supervised item(s) past their deadline", nullptr, n)); break;
        case Entity::Transfer: Q_EMIT message(tr("%n transfer(s) not signed for in time", nullptr, n)); break;
        case Entity::Callback: Q_EMIT message(tr("%n callback(s) overdue", nullptr, n)); break;
        case Entity::Rectification: Q_EMIT message(tr("%n rectification(s) past their deadline", nullptr, n)); break;
        default: break; // the tabs of the other kinds say it themselves
        }
    });
    updateTitles();
}

QTableView* FollowUpWidget::addList(QAbstractItemModel* model, const QString& objectName, const QString& hint,
                                    int textColumn)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Figures take what they need; the free text (reason, summary, complaint) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(textColumn, QHeaderView::Stretch);
    view->setToolTip(hint);
    view->installEventFilter(this);
    addTab(view, QString());
    return view;
}

void FollowUpWidget::addFollowUpTab(FollowUpTab* tab)
{
    QTabWidget::addTab(tab, tab->title());
    connect(tab, &FollowUpTab::message, this, [this](const QString& text) {
        updateTitles();
        Q_EMIT message(text);
    });
}

void FollowUpWidget::reloadOwed()
{
    m_owed->reload();
    setTabText(indexOf(m_owed), m_owed->title());
}

bool FollowUpWidget::openItem(const QString& kind, qint64 id)
{
    QTableView* view = nullptr;
    int row = -1;
    const auto find = [&](QTableView* v, int rows, auto&& idAt) {
        view = v;
        for (int r = 0; r < rows; ++r)
            if (idAt(r) == id)
                row = r;
    };
    if (kind == QLatin1String("feedback") || kind == QLatin1String("feedback_review"))
        find(m_feedback, m_feedbackModel->rowCount(), [&](int r) { return m_feedbackModel->incidentAt(r); });
    else if (kind == QLatin1String("transfer"))
        find(m_transfers, m_transferModel->rowCount(), [&](int r) { return m_transferModel->idAt(r); });
    else if (kind == QLatin1String("callback"))
        find(m_callbacks, m_callbackModel->rowCount(), [&](int r) { return m_callbackModel->idAt(r); });
    else if (kind == QLatin1String("rectification"))
        find(m_rectifications, m_rectificationModel->rowCount(), [&](int r) { return m_rectificationModel->idAt(r); });
    else if (kind == QLatin1String("supervision"))
        find(m_supervision, m_supervisionModel->rowCount(), [&](int r) { return m_supervisionModel->idAt(r); });
    else if (kind == QLatin1String("mediation")) {
        view = m_mediation;
        row = m_mediation->rowOf(id);
    }
    else if (kind == QLatin1String("instruction")) {
        view = m_instructions;
        row = m_instructions->rowOf(id);
    }
    else if (kind == QLatin1String("ledger")) {
        view = m_ledger;
        row = m_ledger->rowOf(id);
    }
    if (!view || row < 0)
        return false;
    setCurrentWidget(view);
    view->setCurrentIndex(view->model()->index(row, 0));
    view->setFocus();
    return true;
}

void FollowUpWidget::tick()
{
    m_feedbackModel->tick();
    m_transferModel->tick();
    m_callbackModel->tick();
    m_rectificationModel->tick();
    m_supervisionModel->tick();
    for (FollowUpTab* tab : {static_cast<FollowUpTab*>(m_owed), static_cast<FollowUpTab*>(m_mediation),
                             static_cast<FollowUpTab*>(m_instructions), static_cast<FollowUpTab*>(m_ledger)})
        tab->tick();
    updateTitles();
}

void FollowUpWidget::updateTitles()
{
    const auto title = [](const QString& name, int open, int overdue) {
        return overdue ? tr("%1 (%2, %3 overdue)").arg(name).arg(open).arg(overdue) : tr("%1 (%2)").arg(name).arg(open);
    };
    setTabText(indexOf(m_feedback), m_feedbackModel->toReviewCount()
                                        ? tr("Feedback (%1 to review, %2 due)")
                                              .arg(m_feedbackModel->toReviewCount())
                                              .arg(m_feedbackModel->rowCount() - m_feedbackModel->toReviewCount())
                                        : title(tr("Feedback"), m_feedbackModel->rowCount(), m_feedbackModel->overdueCount()));
    setTabText(indexOf(m_transfers), title(tr("Transfers"), m_transferModel->rowCount(), m_transferModel->overdueCount()));
    setTabText(indexOf(m_callbacks), title(tr("Callbacks"), m_callbackModel->rowCount(), m_callbackModel->overdueCount()));
    setTabText(indexOf(m_rectifications), title(tr("Rectifications"), m_rectificationModel->rowCount(),
                                                m_rectificationModel->overdueCount()));
    setTabText(indexOf(m_supervision), title(tr("Supervision"), m_supervisionModel->rowCount(), m_supervisionModel->overdueCount()));
    for (FollowUpTab* tab : {static_cast<FollowUpTab*>(m_owed), static_cast<FollowUpTab*>(m_mediation),
                             static_cast<FollowUpTab*>(m_instructions), static_cast<FollowUpTab*>(m_ledger)})
        setTabText(indexOf(tab), tab->title());
    Q_EMIT countsChanged();
}

QString FollowUpWidget::summary() const
{
    QStringList parts;
    const auto part = [&](int open, int overdue, const QString& text) {
        if (!open)
            return;
        parts << (overdue ? tr("%1 (%2 overdue)").arg(text).arg(overdue) : text);
    };
    part(m_feedbackModel->toReviewCount(), 0, tr("%n feedback(s) to review", nullptr, m_feedbackModel->toReviewCount()));
    part(m_transferModel->rowCount(), m_transferModel->overdueCount(),
         tr("%n transfer(s)", nullptr, m_transferModel->rowCount()));
    part(m_callbackModel->rowCount(), m_callbackModel->overdueCount(),
         tr("%n callback(s)", nullptr, m_callbackModel->rowCount()));
    part(m_rectificationModel->rowCount(), m_rectificationModel->overdueCount(),
         tr("%n rectification(s)", nullptr, m_rectificationModel->rowCount()));
    part(m_mediation->openCount(), m_mediation->overdueCount(), m_mediation->summaryPart());
    part(m_instructions->openCount(), m_instructions->overdueCount(), m_instructions->summaryPart());
    part(m_supervisionModel->rowCount(), m_supervisionModel->overdueCount(),
         tr("%n under supervision", nullptr, m_supervisionModel->rowCount()));
    part(m_ledger->openCount(), m_ledger->overdueCount(), m_ledger->summaryPart());
    return parts.isEmpty() ? QString() : tr("Owed: %1").arg(parts.join(QStringLiteral(" · ")));
}

int FollowUpWidget::overdueTotal() const
{
    return m_feedbackModel->overdueCount() + m_transferModel->overdueCount() + m_callbackModel->overdueCount() + m_rectificationModel->overdueCount()
           + m_supervisionModel->overdueCount() + m_mediation->overdueCount() + m_instructions->overdueCount()
           + m_ledger->overdueCount();
}

bool FollowUpWidget::reviewFeedbackAt(int row, bool accept, const QString& reason)
{
    if (row < 0 || row >= m_feedbackModel->rowCount())
        return false;
    const qint64 id = m_feedbackModel->incidentAt(row);
    QString why = reason;
    if (!accept && why.isEmpty()) {
        bool ok = false;
        why = TextInput::getText(this, tr("Return the feedback"), tr("Why does it go back to the unit?"),
                                 TextLimits::kReason, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.reviewFeedback(id, accept, why);
    Q_EMIT message(!s ? s.errorString() : accept ? tr("Feedback accepted; the incident is closed") : tr("Feedback returned to the unit"));
    return bool(s);
}

bool FollowUpWidget::acceptTransferAt(int row, const QString& signedBy)
{
    if (row < 0 || row >= m_transferModel->rowCount())
        return false;
    const qint64 id = m_transferModel->transferAt(row).id;
    QString who = signedBy;
    if (who.isEmpty()) {
        bool ok = false;
        who = TextInput::getText(this, tr("Signed for"), tr("Who signed for it at the station?"), TextLimits::kName, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.acceptTransfer(id, who);
    Q_EMIT message(s ? tr("Transfer signed for by %1").arg(who.trimmed()) : s.errorString());
    return bool(s);
}

bool FollowUpWidget::recordCallbackAt(int row, bool reached, Satisfaction satisfaction, const QString& words)
{
    if (row < 0 || row >= m_callbackModel->rowCount())
        return false;
    const qint64 id = m_callbackModel->callbackAt(row).id;
    QString said = words;
    if (reached && satisfaction == Satisfaction::Unsatisfied && said.isEmpty()) {
        bool ok = false;
        said = TextInput::getMultiLineText(this, tr("Unsatisfied"), tr("What did the caller say? It is what will be put right."),
                                           TextLimits::kNote, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.recordCallback(id, reached, satisfaction, said);
    Q_EMIT message(!s ? s.errorString()
                   : reached ? tr("Callback recorded: %1").arg(CallbackCodes::label(satisfaction))
                             : tr("Caller not reached"));
    return bool(s);
}

bool FollowUpWidget::completeRectificationAt(int row, const QString& result)
{
    if (row < 0 || row >= m_rectificationModel->rowCount())
        return false;
    const qint64 id = m_rectificationModel->rectificationAt(row).id;
    QString done = result;
    if (done.isEmpty()) {
        bool ok = false;
        done = TextInput::getMultiLineText(this, tr("Rectification done"), tr("What was done?"), TextLimits::kNote, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.completeRectification(id, done);
    Q_EMIT message(s ? tr("Rectification closed") : s.errorString());
    return bool(s);
}

bool FollowUpWidget::addNoteAt(int row, const QString& text)
{
    if (row < 0 || row >= m_supervisionModel->rowCount())
        return false;
    const qint64 id = m_supervisionModel->supervisionAt(row).id;
    QString note = text;
    if (note.isEmpty()) {
        bool ok = false;
        note = TextInput::getMultiLineText(this, tr("Progress"), tr("What has happened?"), TextLimits::kNote, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.addSupervisionNote(id, note);
    Q_EMIT message(s ? tr("Progress noted") : s.errorString());
    return bool(s);
}

bool FollowUpWidget::closeSupervisionAt(int row, const QString& result)
{
    if (row < 0 || row >= m_supervisionModel->rowCount())
        return false;
    const qint64 id = m_supervisionModel->supervisionAt(row).id;
    QString done = result;
    if (done.isEmpty()) {
        bool ok = false;
        done = TextInput::getMultiLineText(this, tr("Close the supervision"), tr("How did it end?"), TextLimits::kNote, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.closeSupervision(id, done);
    Q_EMIT message(s ? tr("Supervision closed") : s.errorString());
    return bool(s);
}

bool FollowUpWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QTabWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_feedback && key->modifiers() == Qt::NoModifier
        && (key->key() == Qt::Key_A || key->key() == Qt::Key_R)) {
        reviewFeedbackAt(m_feedback->currentIndex().row(), key->key() == Qt::Key_A);
        return true;
    }
    if (watched == m_transfers && enter) {
        acceptTransferAt(m_transfers->currentIndex().row());
        return true;
    }
    if (watched == m_rectifications && enter) {
        completeRectificationAt(m_rectifications->currentIndex().row());
        return true;
    }
    if (watched == m_supervision && enter) {
        addNoteAt(m_supervision->currentIndex().row());
        return true;
    }
    if (watched == m_supervision && key->key() == Qt::Key_C && key->modifiers() == Qt::NoModifier) {
        closeSupervisionAt(m_supervision->currentIndex().row());
        return true;
    }
    if (watched == m_callbacks && key->modifiers() == Qt::NoModifier) {
        const int row = m_callbacks->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_S: recordCallbackAt(row, true, Satisfaction::Satisfied); return true;
        case Qt::Key_B: recordCallbackAt(row, true, Satisfaction::BasicallySatisfied); return true;
        case Qt::Key_U: recordCallbackAt(row, true, Satisfaction::Unsatisfied); return true;
        case Qt::Key_N: recordCallbackAt(row, false, Satisfaction::None); return true;
        default: break;
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

} // namespace dispatch::ui
