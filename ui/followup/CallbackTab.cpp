// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/CallbackTab.h"

#include "service/DispatchService.h"

#include <QKeyEvent>

namespace dispatch::ui {

CallbackTab::CallbackTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Callback, QStringLiteral("callbacksView"), parent),
      m_model(new CallbackListModel(service, this))
{
    setListModel(m_model, CallbackListModel::Summary);
    setToolTip(tr("S satisfied · B basically satisfied · U unsatisfied · N not reached"));
}

QString CallbackTab::title() const
{
    return countedTitle(tr("Callbacks"), openCount(), overdueCount());
}

QString CallbackTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n callback(s)", nullptr, openCount())) : QString();
}

QString CallbackTab::overdueMessage(int count) const
{
    return tr("%n callback(s) overdue", nullptr, count);
}

bool CallbackTab::recordCallbackAt(int row, bool reached, Satisfaction satisfaction, const QString& words)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->callbackAt(row).id;
    QString said = words;
    if (reached && satisfaction == Satisfaction::Unsatisfied && said.isEmpty()) {
        bool ok = false;
        said = askText(tr("Unsatisfied"), tr("What did the caller say? It is what will be put right."), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.recordCallback(id, reached, satisfaction, said);
    Q_EMIT message(!s ? s.errorString()
                   : reached ? tr("Callback recorded: %1").arg(CallbackCodes::label(satisfaction))
                             : tr("Caller not reached"));
    return bool(s);
}

void CallbackTab::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier) {
        const int row = currentRow();
        switch (event->key()) {
        case Qt::Key_S: recordCallbackAt(row, true, Satisfaction::Satisfied); return;
        case Qt::Key_B: recordCallbackAt(row, true, Satisfaction::BasicallySatisfied); return;
        case Qt::Key_U: recordCallbackAt(row, true, Satisfaction::Unsatisfied); return;
        case Qt::Key_N: recordCallbackAt(row, false, Satisfaction::None); return;
        default: break;
        }
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
