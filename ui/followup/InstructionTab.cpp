// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/InstructionTab.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "followup/ForwardDialog.h"
#include "followup/InstructionDialog.h"
#include "followup/SupervisionDialog.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QFont>
#include <QKeyEvent>

#include <algorithm>

namespace dispatch::ui {

InstructionListModel::InstructionListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int InstructionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstructionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InstructionListModel::reload()
{
    ReadList<Instruction> rows = m_service.openInstructions();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void InstructionListModel::apply(const QList<qint64>& ids)
{
    // The store's order: not yet signed for first, then by the deadline running now.
    applyRows(
        m_rows, ids, [this](qint64 id) { return m_service.findInstruction(id); },
        [](const Instruction& a, const Instruction& b) {
            return std::tuple(a.signedAtMs != 0, a.currentDeadlineMs(), a.id)
                   < std::tuple(b.signedAtMs != 0, b.currentDeadlineMs(), b.id);
        });
}

void InstructionListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int InstructionListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [now](const Instruction& i) { return now > i.currentDeadlineMs(); }));
}

qint64 InstructionListModel::idAt(int row) const
{
    return m_rows[row].id;
}

int InstructionListModel::toSignCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Instruction& i) { return !i.signedAtMs; }));
}

QVariant InstructionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Instruction& i = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > i.currentDeadlineMs();
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::ForegroundRole && index.column() == Class && i.cls == InstructionClass::Urgent)
        return QBrush(Palette::late());
    if (role == Qt::FontRole && (i.cls == InstructionClass::Urgent || !i.signedAtMs)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow());
    if (role == Qt::ToolTipRole && index.column() == Text)
        return i.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Class: return InstructionCodes::label(i.cls);
    case Source: return i.source;
    case Text: return i.text;
    case Received: return Labels::dateTime(i.receivedAtMs, m_service.board().timeZone(), now);
    case State: return InstructionCodes::label(i.state());
    case Deadline: {
        const QString what = i.signedAtMs ? tr("answer") : tr("sign for");
        return overdue ? tr("%1 overdue by %2").arg(what, Labels::duration(now - i.currentDeadlineMs()))
                       : tr("%1: %2 left").arg(what, Labels::duration(i.currentDeadlineMs() - now));
    }
    case ForwardedTo: return i.forwardedTo.join(tr(", "));
    default: return {};
    }
}

QVariant InstructionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Class: return tr("Class");
    case Source: return tr("From");
    case Text: return tr("Instruction");
    case Received: return tr("Received");
    case State: return tr("State");
    case Deadline: return tr("Clock");
    case ForwardedTo: return tr("Forwarded to");
    default: return {};
    }
}

InstructionTab::InstructionTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Instruction, QStringLiteral("instructionsView"), parent), m_model(new InstructionListModel(service, this))
{
    setListModel(m_model, InstructionListModel::Text);
    setToolTip(tr("Insert: register · Enter: sign for / answer · F: forward · D: answer directly · U: supervise"));
}

QString InstructionTab::overdueMessage(int count) const
{
    return tr("%n instruction(s) past a deadline", nullptr, count);
}

QString InstructionTab::title() const
{
    return countedTitle(tr("Instructions"), openCount(), overdueCount());
}

QString InstructionTab::summaryPart() const
{
    if (!openCount())
        return {};
    const int toSign = m_model->toSignCount();
    return withOverdue(toSign ? tr("%n instruction(s), %1 to sign for", nullptr, openCount()).arg(toSign)
                              : tr("%n instruction(s)", nullptr, openCount()));
}

qint64 InstructionTab::registerNew()
{
    InstructionDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Q_EMIT message(tr("Instruction registered"));
    const int row = m_model->rowOf(dialog.instructionId());
    if (row >= 0)
        setCurrentIndex(m_model->index(row, 0));
    return dialog.instructionId();
}

QStringList InstructionTab::askTargets(const Instruction& i, bool* ok)
{
    ForwardDialog dialog(m_service, i.text.left(30), this);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.targets() : QStringList();
}

bool InstructionTab::signForAt(int row, const QStringList& targets)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Instruction i = m_model->instructionAt(row);
    QStringList to = targets;
    if (i.cls == InstructionClass::Urgent && to.isEmpty()) {
        bool ok = false;
        to = askTargets(i, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.signForInstruction(i.id, to);
    Q_EMIT message(!s ? s.errorString()
                   : to.isEmpty() ? tr("Instruction signed for")
                                  : tr("Instruction signed for and forwarded to %1").arg(to.join(tr(", "))));
    return bool(s);
}

bool InstructionTab::forwardAt(int row, const QStringList& targets)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Instruction i = m_model->instructionAt(row);
    QStringList to = targets;
    if (to.isEmpty()) {
        bool ok = false;
        to = askTargets(i, &ok);
        if (!ok)
            return false;
    }
    // A general instruction not yet signed for is signed for and forwarded in one step.
    const Status s = i.signedAtMs ? m_service.forwardInstruction(i.id, to) : m_service.signForInstruction(i.id, to);
    Q_EMIT message(s ? tr("Instruction forwarded to %1").arg(to.join(tr(", "))) : s.errorString());
    return bool(s);
}

bool InstructionTab::answerAt(int row, const QString& answer)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Instruction i = m_model->instructionAt(row);
    QString text = answer;
    if (text.isEmpty()) {
        bool ok = false;
        text = askText(i.forwardedAtMs ? tr("Answer to higher command") : tr("Answer directly"),
                       tr("What goes back to %1?").arg(i.source), &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.answerInstruction(i.id, text);
    Q_EMIT message(s ? tr("Instruction answered") : s.errorString());
    return bool(s);
}

bool InstructionTab::superviseAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Instruction& i = m_model->instructionAt(row);
    SupervisionDialog dialog(m_service, SupervisionSubject::Instruction, i.id, tr("the instruction"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT message(tr("The instruction is under supervision"));
    return true;
}

void InstructionTab::keyPressEvent(QKeyEvent* event)
{
    const int row = currentRow();
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain && event->key() == Qt::Key_Insert) {
        registerNew();
        return;
    }
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        if (row < 0)
            return;
        const Instruction& i = m_model->instructionAt(row);
        if (!i.signedAtMs)
            signForAt(row);
        else if (i.forwardedAtMs)
            answerAt(row);
        else
            Q_EMIT message(tr("Signed for: F forwards it, D answers it directly"));
        return;
    }
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_F: forwardAt(row); return;
        case Qt::Key_D: answerAt(row); return;
        case Qt::Key_U: superviseAt(row); return;
        default: break;
        }
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
