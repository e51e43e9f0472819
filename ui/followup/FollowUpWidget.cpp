// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpWidget.h"

#include "followup/TransferListModel.h"
#include "service/DispatchService.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QTableView>

namespace dispatch::ui {

FollowUpWidget::FollowUpWidget(DispatchService& service, QWidget* parent)
    : QTabWidget(parent), m_service(service), m_transferModel(new TransferListModel(service, this)),
      m_transfers(new QTableView(this))
{
    setObjectName(QStringLiteral("followUp"));
    m_transfers->setObjectName(QStringLiteral("transfersView"));
    m_transfers->setModel(m_transferModel);
    m_transfers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transfers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_transfers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transfers->verticalHeader()->hide();
    m_transfers->horizontalHeader()->setStretchLastSection(true);
    m_transfers->setToolTip(tr("Enter: the station signed for the selected transfer"));
    m_transfers->installEventFilter(this);
    addTab(m_transfers, QString());

    connect(&m_service, &DispatchService::transfersChanged, this, [this] {
        m_transferModel->reload();
        updateTitles();
    });
    connect(&m_service, &DispatchService::transfersOverdue, this, [this](const QList<qint64>& ids) {
        updateTitles();
        Q_EMIT message(tr("%n transfer(s) not signed for in time", nullptr, int(ids.size())));
    });
    updateTitles();
}

void FollowUpWidget::tick()
{
    m_transferModel->tick();
    updateTitles();
}

void FollowUpWidget::updateTitles()
{
    const int open = m_transferModel->rowCount();
    const int overdue = m_transferModel->overdueCount();
    setTabText(indexOf(m_transfers), overdue ? tr("Transfers (%1, %2 overdue)").arg(open).arg(overdue)
                                             : tr("Transfers (%1)").arg(open));
}

bool FollowUpWidget::acceptTransferAt(int row, const QString& signedBy)
{
    if (row < 0 || row >= m_transferModel->rowCount())
        return false;
    const qint64 id = m_transferModel->transferAt(row).id;
    QString who = signedBy;
    if (who.isEmpty()) {
        bool ok = false;
        who = QInputDialog::getText(this, tr("Signed for"), tr("Who signed for it at the station?"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.acceptTransfer(id, who);
    Q_EMIT message(s ? tr("Transfer signed for by %1").arg(who.trimmed()) : s.errorString());
    return bool(s);
}

bool FollowUpWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_transfers && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            acceptTransferAt(m_transfers->currentIndex().row());
            return true;
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

} // namespace dispatch::ui
