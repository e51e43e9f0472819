// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpTab.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"
#include "followup/FollowUpKind.h"
#include "service/DispatchService.h"

#include <QHeaderView>
#include <QInputDialog>

#include <algorithm>

namespace dispatch::ui {

int FollowUpListModel::rowOf(qint64 id) const
{
    if (!id)
        return -1;
    for (int r = 0, n = rowCount(); r < n; ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

FollowUpTab::FollowUpTab(DispatchService& service, std::optional<Entity> kind, const QString& objectName, QWidget* parent)
    : FollowUpTab(service, kind ? FollowUpKinds::find(*kind) : nullptr, objectName, parent)
{
}

FollowUpTab::FollowUpTab(DispatchService& service, const FollowUpKind* kind, const QString& objectName, QWidget* parent)
    : QTableView(parent), m_service(service), m_kind(kind)
{
    if (kind) {
        const Entity k = kind->entity();
        const bool shared = kind->declaration() != nullptr;
        connect(&service, &DispatchService::followUpChanged, this, [this, k](Entity changed, const QList<qint64>& ids) {
            if (changed == k && m_list)
                apply(ids);
        });
        connect(&service, &DispatchService::followUpOverdue, this, [this, k, shared](Entity late, const QList<qint64>& ids) {
            if (late != k || !m_list)
                return;
            // The declared lists share one entity: only this list's items count here.
            const int count = shared ? int(std::count_if(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_list->rowOf(id) >= 0; }))
                                     : int(ids.size());
            if (count == 0)
                return;
            if (const QString text = overdueMessage(count); !text.isEmpty())
                Q_EMIT message(text);
        });
    } else {
        // One item's change can move any row of the overview: it is read again, once per change that touched any
        // follow-up list (feedback's items are incidents).
        connect(&service, &DispatchService::changed, this, [this](const ChangeEvent& c) {
            if (m_list && touchesAnyList(c))
                reload();
        });
    }
    connect(&service, &DispatchService::boardReset, this, [this] {
        if (m_list)
            reload();
    });
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
}

void FollowUpTab::setListModel(FollowUpListModel* model, int stretchColumn)
{
    m_list = model;
    setModel(model);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QString FollowUpTab::countedTitle(const QString& name, int open, int overdue)
{
    return overdue ? tr("%1 (%2, %3 overdue)").arg(name).arg(open).arg(overdue) : tr("%1 (%2)").arg(name).arg(open);
}

bool FollowUpTab::touchesAnyList(const ChangeEvent& change)
{
    const QList<const FollowUpKind*>& kinds = FollowUpKinds::all();
    return std::any_of(kinds.cbegin(), kinds.cend(), [&change](const FollowUpKind* k) { return change.touches(k->entity()); });
}

QString FollowUpTab::withOverdue(const QString& part) const
{
    const int overdue = overdueCount();
    return overdue ? tr("%1 (%2 overdue)").arg(part).arg(overdue) : part;
}

bool FollowUpTab::lists(const QString& code) const
{
    return m_kind && m_kind->code() == code;
}

bool FollowUpTab::showItem(qint64 itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return false;
    setCurrentIndex(m_list->index(row, 0));
    setFocus();
    return true;
}

QString FollowUpTab::askLine(const QString& title, const QString& label, bool* ok)
{
    return TextInput::getText(this, title, label, TextLimits::kName, ok);
}

QString FollowUpTab::askText(const QString& title, const QString& label, bool* ok)
{
    return TextInput::getMultiLineText(this, title, label, TextLimits::kNote, ok);
}

QString FollowUpTab::overdueMessage(int) const
{
    return {};
}

int FollowUpTab::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void FollowUpTab::reload()
{
    const int oldRow = currentRow();
    const qint64 id = oldRow >= 0 && oldRow < m_list->rowCount() ? m_list->idAt(oldRow) : 0;
    m_list->reload();
    // The same item selected again, or the row where it was, so that the keyboard goes on where it was.
    const int newRow = m_list->rowOf(id);
    const int row = newRow >= 0 ? newRow : std::min(oldRow, m_list->rowCount() - 1);
    if (oldRow >= 0 && row >= 0)
        setCurrentIndex(m_list->index(row, 0));
}

void FollowUpTab::apply(const QList<qint64>& ids)
{
    // Row inserts and removals keep the view's current index on its item; nothing else to restore.
    m_list->apply(ids);
}

void FollowUpTab::tick()
{
    m_list->tick();
}

int FollowUpTab::openCount() const
{
    return m_list->rowCount();
}

int FollowUpTab::overdueCount() const
{
    return m_list->overdueCount();
}

int FollowUpTab::rowOf(qint64 itemId) const
{
    return m_list->rowOf(itemId);
}

} // namespace dispatch::ui
