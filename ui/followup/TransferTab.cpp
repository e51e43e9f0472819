// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/TransferTab.h"

#include "service/DispatchService.h"

#include <QKeyEvent>

namespace dispatch::ui {

TransferTab::TransferTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Transfer, QStringLiteral("transfersView"), parent),
      m_model(new TransferListModel(service, this))
{
    setListModel(m_model, TransferListModel::Reason);
    setToolTip(tr("Enter: the station signed for the selected transfer"));
}

QString TransferTab::title() const
{
    return countedTitle(tr("Transfers"), openCount(), overdueCount());
}

QString TransferTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n transfer(s)", nullptr, openCount())) : QString();
}

QString TransferTab::overdueMessage(int count) const
{
    return tr("%n transfer(s) not signed for in time", nullptr, count);
}

bool TransferTab::acceptTransferAt(int row, const QString& signedBy)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->transferAt(row).id;
    QString who = signedBy;
    if (who.isEmpty()) {
        bool ok = false;
        who = askLine(tr("Signed for"), tr("Who signed for it at the station?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.acceptTransfer(id, who);
    Q_EMIT message(s ? tr("Transfer signed for by %1").arg(who.trimmed()) : s.errorString());
    return bool(s);
}

void TransferTab::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        acceptTransferAt(currentRow());
        return;
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
