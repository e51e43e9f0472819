// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/SupervisionTab.h"

#include "service/DispatchService.h"

#include <QKeyEvent>

namespace dispatch::ui {

SupervisionTab::SupervisionTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Supervision, QStringLiteral("supervisionView"), parent),
      m_model(new SupervisionListModel(service, this))
{
    setListModel(m_model, SupervisionListModel::Progress);
    setToolTip(tr("Enter: add a progress note · C: close with the result"));
}

QString SupervisionTab::title() const
{
    return countedTitle(tr("Supervision"), openCount(), overdueCount());
}

QString SupervisionTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n under supervision", nullptr, openCount())) : QString();
}

QString SupervisionTab::overdueMessage(int count) const
{
    return tr("%n supervised item(s) past their deadline", nullptr, count);
}

bool SupervisionTab::addNoteAt(int row, const QString& text)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->supervisionAt(row).id;
    QString note = text;
    if (note.isEmpty()) {
        bool ok = false;
        note = askText(tr("Progress"), tr("What has happened?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.addSupervisionNote(id, note);
    Q_EMIT message(s ? tr("Progress noted") : s.errorString());
    return bool(s);
}

bool SupervisionTab::closeSupervisionAt(int row, const QString& result)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->supervisionAt(row).id;
    QString done = result;
    if (done.isEmpty()) {
        bool ok = false;
        done = askText(tr("Close the supervision"), tr("How did it end?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.closeSupervision(id, done);
    Q_EMIT message(s ? tr("Supervision closed") : s.errorString());
    return bool(s);
}

void SupervisionTab::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        addNoteAt(currentRow());
        return;
    }
    if (event->key() == Qt::Key_C && event->modifiers() == Qt::NoModifier) {
        closeSupervisionAt(currentRow());
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
