// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/DeclaredFollowUpTab.h"

#include "followup/DeclaredFollowUp.h"
#include "service/DispatchService.h"

#include <QInputDialog>
#include <QKeyEvent>

namespace dispatch::ui {

DeclaredFollowUpTab::DeclaredFollowUpTab(DispatchService& service, const DeclaredFollowUpKind& kind, QWidget* parent)
    : FollowUpTab(service, &kind, QStringLiteral("%1View").arg(kind.code()), parent),
      m_declared(kind),
      m_model(new DeclaredListModel(service, kind, this))
{
    setListModel(m_model, m_model->progressColumn());
    setToolTip(tr("Enter: add a progress note · C: close with what came back"));
}

QString DeclaredFollowUpTab::title() const
{
    return countedTitle(m_declared.label(), openCount(), overdueCount());
}

QString DeclaredFollowUpTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%1: %2").arg(m_declared.label()).arg(openCount())) : QString();
}

QString DeclaredFollowUpTab::overdueMessage(int count) const
{
    return tr("%1: %n past the deadline", nullptr, count).arg(m_declared.label());
}

bool DeclaredFollowUpTab::addNoteAt(int row, const QString& text)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->itemAt(row).id;
    QString note = text;
    if (note.isEmpty()) {
        bool ok = false;
        note = askText(tr("Progress"), tr("What has happened?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.addFollowUpNote(id, note);
    Q_EMIT message(s ? tr("Progress noted") : s.errorString());
    return bool(s);
}

bool DeclaredFollowUpTab::closeAt(int row, const QString& outcome, const QString& result)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const FollowUpItem item = m_model->itemAt(row);
    const FollowUpDeclaration& d = *m_declared.declaration();
    QString how = outcome;
    if (how.isEmpty()) {
        QStringList labels;
        for (const FollowUpChoice& o : d.outcomes)
            labels << declaredText(o.label);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Close: %1 · %2").arg(item.number, item.assignee),
                                                     tr("How did it end?"), labels, 0, false, &ok);
        if (!ok)
            return false;
        how = d.outcomes.at(int(labels.indexOf(chosen))).code;
    }
    QString words = result;
    if (words.isEmpty()) {
        bool ok = false;
        words = askText(tr("Close: %1 · %2").arg(item.number, item.assignee), tr("What did %1 answer?").arg(item.assignee), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.closeFollowUp(item.id, how, words);
    Q_EMIT message(s ? tr("%1 closed: %2").arg(item.number, item.assignee) : s.errorString());
    return bool(s);
}

void DeclaredFollowUpTab::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        addNoteAt(currentRow());
        return;
    }
    if (event->key() == Qt::Key_C && event->modifiers() == Qt::NoModifier) {
        closeAt(currentRow());
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
