// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Read.h"

#include <QAbstractTableModel>
#include <QTableView>

#include <algorithm>

#include "service/ChangeEvent.h"

#include <optional>

namespace dispatch {
class DispatchService;
class FollowUpKind;
}

namespace dispatch::ui {

/// The model of one follow-up list: read whole on reload() (at start, after a full reload of the board), changed row
/// by row by apply() (the items a change names), its clocks repainted on tick(), its overdue rows counted; rows found
/// again by the id of the item they show.
class FollowUpListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpListModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void reload() = 0;
    /// Applies a change to the items `ids` (read one by one): rows updated, inserted or removed, no reset. A list
    /// that cannot tell its items apart reads itself again.
    virtual void apply(const QList<qint64>& ids)
    {
        Q_UNUSED(ids);
        reload();
    }
    /// Items read from the store one by one since the model was made (apply()'s cost).
    qint64 itemsRead() const { return m_itemsRead; }
    virtual void tick() = 0;
    virtual int overdueCount() const = 0;
    /// The id of the item shown at `row` (0 for a list whose rows are not items of one kind).
    virtual qint64 idAt(int row) const = 0;
    /// The row showing item `id`; -1 if not listed.
    int rowOf(qint64 id) const;

protected:
    /// Applies a change to `rows` (kept in the order `less` gives): each of `ids` is read once (`fetch(id)`, a
    /// ReadOne); an item still open and listed is updated in place (dataChanged on its row only) or moved when its
    /// place in the order changed, a new open one is inserted where it belongs, one no longer open is removed. A read
    /// that fails leaves the rows as they are (the facade has announced the failure).
    template<typename T, typename Fetch, typename Less>
    bool applyRows(QList<T>& rows, const QList<qint64>& ids, Fetch&& fetch, Less&& less)
    {
        for (qint64 id : ids) {
            ++m_itemsRead;
            ReadOne<T> got = fetch(id);
            if (!got.ok())
                return false;
            std::optional<T> item = std::move(got);
            if (item && !item->isOpen())
                item.reset();
            const auto at = std::find_if(rows.begin(), rows.end(), [id](const T& r) { return r.id == id; });
            if (at != rows.end()) {
                const int row = int(at - rows.begin());
                if (item && (row == 0 || !less(*item, rows[row - 1]))
                    && (row + 1 == rows.size() || !less(rows[row + 1], *item))) {
                    rows[row] = std::move(*item);
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                    continue;
                }
                beginRemoveRows({}, row, row);
                rows.removeAt(row);
                endRemoveRows();
            }
            if (!item)
                continue;
            const int pos = int(std::upper_bound(rows.begin(), rows.end(), *item, less) - rows.begin());
            beginInsertRows({}, pos, pos);
            rows.insert(pos, std::move(*item));
            endInsertRows();
        }
        return true;
    }

private:
    qint64 m_itemsRead = 0;
};

/// One list of the follow-up workspace as a keyboard-driven table: it owns its model, answers its own keys,
/// names itself with its counts for the tab title and the status bar, and says what it did through message(). The
/// workspace loops over its tabs: a new list is a new tab and the line that puts it among them.
class FollowUpTab : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTab)

public:
    /// A tab of the follow-up kind whose items are `kind` (FollowUpKinds::find): it applies the changes the facade
    /// announces for that kind (row by row), reads itself again after a full reload, and says once when its items go
    /// overdue. Without a kind (the overview of everything owed) it reads itself again after any change of a
    /// follow-up list or an incident.
    FollowUpTab(DispatchService& service, std::optional<Entity> kind, const QString& objectName, QWidget* parent = nullptr);
    /// A tab of the follow-up kind `kind` (a declared list's, whose items share Entity::FollowUp with the other
    /// declared lists: it says only its own items' deadlines).
    FollowUpTab(DispatchService& service, const FollowUpKind* kind, const QString& objectName, QWidget* parent = nullptr);

    /// The follow-up kind listed here; nullptr for the overview.
    const FollowUpKind* kind() const { return m_kind; }
    /// Whether the owed items of code `code` (FollowUpKind::code(), OwedItem::kind) are listed here.
    virtual bool lists(const QString& code) const;
    /// Selects the row of item `itemId` and takes the focus; false if it is not listed.
    bool showItem(qint64 itemId);
    /// Whether `change` touched the items of any follow-up list (feedback's items are incidents).
    static bool touchesAnyList(const ChangeEvent& change);

    /// Reads the list again, the same item (or the row where it was) still selected.
    void reload();
    /// Applies a change to the items `ids` (see FollowUpListModel::apply), the selection kept on its item.
    void apply(const QList<qint64>& ids);
    FollowUpListModel* listModel() const { return m_list; }
    void tick();
    int openCount() const;
    int overdueCount() const;
    /// The tab's title with its counts.
    virtual QString title() const = 0;
    /// Its part of the status bar's "Owed: …" (with how many are overdue), empty when nothing is owed.
    virtual QString summaryPart() const = 0;
    /// The row shown first for an item of this list (for the overview's Enter); -1 if not listed.
    int rowOf(qint64 itemId) const;
    /// The highlighted row; -1 when none.
    int currentRow() const;

Q_SIGNALS:
    void message(const QString& text);

protected:
    /// The status bar's sentence when `count` items of this list have just gone overdue (empty: say nothing).
    virtual QString overdueMessage(int count) const;
    /// Puts the model in the view: whole rows, one at a time, figures sized to content and `stretchColumn` free.
    void setListModel(FollowUpListModel* model, int stretchColumn);
    /// "Name (open)" or "Name (open, n overdue)".
    static QString countedTitle(const QString& name, int open, int overdue);
    /// `part` of the status bar, with "(n overdue)" when items of this list are overdue.
    QString withOverdue(const QString& part) const;
    QString askLine(const QString& title, const QString& label, bool* ok);
    QString askText(const QString& title, const QString& label, bool* ok);

    DispatchService& m_service;

private:
    const FollowUpKind* m_kind = nullptr;
    FollowUpListModel* m_list = nullptr;
};

} // namespace dispatch::ui
