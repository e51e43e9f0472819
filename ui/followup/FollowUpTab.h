// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTableView>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The model of one follow-up list: read again from the facade on reload(), its clocks repainted on tick(), its
/// overdue rows counted; rows found again by the id of the item they show.
class FollowUpListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpListModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void reload() = 0;
    virtual void tick() = 0;
    virtual int overdueCount() const = 0;
    /// The id of the item shown at `row` (0 for a list whose rows are not items of one kind).
    virtual qint64 idAt(int row) const = 0;
    /// The row showing item `id`; -1 if not listed.
    int rowOf(qint64 id) const;
};

/// One list of the follow-up workspace as a keyboard-driven table: it owns its model, answers its own keys,
/// names itself with its counts for the tab title and the status bar, and says what it did through message().
class FollowUpTab : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTab)

public:
    FollowUpTab(DispatchService& service, const QString& objectName, QWidget* parent = nullptr);

    /// Reads the list again, the same item (or the row where it was) still selected.
    void reload();
    void tick();
    int openCount() const;
    int overdueCount() const;
    /// The tab's title with its counts.
    virtual QString title() const = 0;
    /// Its part of the status bar's "Owed: …", empty when nothing is open.
    virtual QString summaryPart() const = 0;
    /// The row shown first for an item of this list (for the overview's Enter); -1 if not listed.
    int rowOf(qint64 itemId) const;

Q_SIGNALS:
    void message(const QString& text);

protected:
    /// Puts the model in the view: whole rows, one at a time, figures sized to content and `stretchColumn` free.
    void setListModel(FollowUpListModel* model, int stretchColumn);
    /// "Name (open)" or "Name (open, n overdue)".
    static QString countedTitle(const QString& name, int open, int overdue);
    QString askLine(const QString& title, const QString& label, bool* ok);
    QString askText(const QString& title, const QString& label, bool* ok);
    int currentRow() const;

    DispatchService& m_service;

private:
    FollowUpListModel* m_list = nullptr;
};

} // namespace dispatch::ui
