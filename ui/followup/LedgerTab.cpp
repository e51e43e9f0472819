// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/LedgerTab.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "followup/SupervisionDialog.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QKeyEvent>

#include <algorithm>

namespace dispatch::ui {

LedgerListModel::LedgerListModel(DispatchService& service, QObject* parent) : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int LedgerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LedgerListModel::reload()
{
    ReadList<LedgerEntry> rows = m_service.openLedgerEntries();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LedgerListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids, [this](qint64 id) { return m_service.findLedgerEntry(id); },
        [](const LedgerEntry& a, const LedgerEntry& b) { return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id); });
}

void LedgerListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int LedgerListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const LedgerEntry& e) { return now > e.deadlineMs; }));
}

qint64 LedgerListModel::idAt(int row) const
{
    return m_rows[row].id;
}

QVariant LedgerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerEntry& e = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > e.deadlineMs;
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Place: return e.place();
    case Class: return LedgerCodes::classLabel(e.cls);
    case Marks: {
        QStringList kinds;
        for (const QString& m : e.marks)
            kinds << LedgerCodes::markLabel(m);
        return tr("%1 in %n incident(s): %2", nullptr, e.incidentCount).arg(e.markCount).arg(kinds.join(tr(", ")));
    }
    case Owner: return e.owner;
    case Opened: return Labels::dateTime(e.openedAtMs, m_service.board().timeZone(), now);
    case Deadline:
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - e.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(e.deadlineMs - now));
    case LastAction: return e.lastAction.isEmpty() ? tr("no action yet") : e.lastAction;
    default: return {};
    }
}

QVariant LedgerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Place: return tr("Place");
    case Class: return tr("Class");
    case Marks: return tr("Marks");
    case Owner: return tr("Owner");
    case Opened: return tr("Opened");
    case Deadline: return tr("To close");
    case LastAction: return tr("Latest action");
    default: return {};
    }
}

LedgerTab::LedgerTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Ledger, QStringLiteral("ledgerView"), parent), m_model(new LedgerListModel(service, this))
{
    setListModel(m_model, LedgerListModel::LastAction);
    setToolTip(tr("Enter: note an action · O: hand to another owner · C: close with the result · U: supervise"));
}

QString LedgerTab::overdueMessage(int count) const
{
    return tr("%n repeat-ledger entry(ies) past their deadline", nullptr, count);
}

QString LedgerTab::title() const
{
    return countedTitle(tr("Repeat ledger"), openCount(), overdueCount());
}

QString LedgerTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n ledger entry(ies)", nullptr, openCount())) : QString();
}

bool LedgerTab::addActionAt(int row, const QString& text)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString what = text;
    if (what.isEmpty()) {
        bool ok = false;
        what = askText(tr("Action"), tr("What was done at %1?").arg(m_model->entryAt(row).place()), &ok);
        if (!ok)
            return false;
    }
    const auto r = m_service.addLedgerAction(m_model->entryAt(row).id, what);
    Q_EMIT message(r ? tr("Action noted") : r.errorString());
    return r.ok();
}

bool LedgerTab::assignAt(int row, const QString& owner)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString who = owner;
    if (who.isEmpty()) {
        bool ok = false;
        who = askLine(tr("Owner"), tr("Who answers for it from now on?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.assignLedgerEntry(m_model->entryAt(row).id, who);
    Q_EMIT message(s ? tr("Ledger entry handed to %1").arg(who.trimmed()) : s.errorString());
    return bool(s);
}

bool LedgerTab::closeAt(int row, const QString& result)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString how = result;
    if (how.isEmpty()) {
        bool ok = false;
        how = askText(tr("Close the entry"), tr("How was it resolved?"), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.closeLedgerEntry(m_model->entryAt(row).id, how);
    Q_EMIT message(s ? tr("Ledger entry closed") : s.errorString());
    return bool(s);
}

bool LedgerTab::superviseAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const LedgerEntry& e = m_model->entryAt(row);
    SupervisionDialog dialog(m_service, SupervisionSubject::Ledger, e.id, e.place(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT message(tr("The ledger entry is under supervision"));
    return true;
}

void LedgerTab::keyPressEvent(QKeyEvent* event)
{
    const int row = currentRow();
    if ((event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier)
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        addActionAt(row);
        return;
    }
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_O: assignAt(row); return;
        case Qt::Key_C: closeAt(row); return;
        case Qt::Key_U: superviseAt(row); return;
        default: break;
        }
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
