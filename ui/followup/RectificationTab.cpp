// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/RectificationTab.h"

#include "service/DispatchService.h"

#include <QKeyEvent>

namespace dispatch::ui {

RectificationTab::RectificationTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Rectification, QStringLiteral("rectificationsView"), parent),
      m_model(new RectificationListModel(service, this))
{
    setListModel(m_model, RectificationListModel::Issue);
    setToolTip(tr("Enter: record what was done"));
}

QString RectificationTab::title() const
{
    return countedTitle(tr("Rectifications"), openCount(), overdueCount());
}

QString RectificationTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n rectification(s)", nullptr, openCount())) : QString();
}

QString RectificationTab::overdueMessage(int count) const
{
    return tr("%n rectification(s) past their deadline", nullptr, count);
}

bool RectificationTab::completeRectificationAt(int row, const QString& result)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->rectificationAt(row).id;
    QString done = result;
    if (done.isEmpty()) {
        bool ok = false;
        done = askText(tr("Rectification done"), tr("What was done?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.completeRectification(id, done);
    Q_EMIT message(s ? tr("Rectification closed") : s.errorString());
    return bool(s);
}

void RectificationTab::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        completeRectificationAt(currentRow());
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
