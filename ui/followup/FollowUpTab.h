// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QAbstractItemModel;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// One list of the follow-up workspace as a keyboard-driven table: it owns its model, answers its own keys,
/// names itself with its counts for the tab title and the status bar, and says what it did through message().
class FollowUpTab : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTab)

public:
    FollowUpTab(DispatchService& service, const QString& objectName, QWidget* parent = nullptr);

    virtual void reload() = 0;
    virtual void tick() = 0;
    virtual int openCount() const = 0;
    virtual int overdueCount() const = 0;
    /// The tab's title with its counts.
    virtual QString title() const = 0;
    /// Its part of the status bar's "Owed: …", empty when nothing is open.
    virtual QString summaryPart() const = 0;
    /// The row shown first for an item of this list (for the overview's Enter); -1 if not listed.
    virtual int rowOf(qint64 itemId) const = 0;

Q_SIGNALS:
    void message(const QString& text);

protected:
    /// Puts the model in the view: whole rows, one at a time, figures sized to content and `stretchColumn` free.
    void setListModel(QAbstractItemModel* model, int stretchColumn);
    /// "Name (open)" or "Name (open, n overdue)".
    static QString countedTitle(const QString& name, int open, int overdue);
    QString askLine(const QString& title, const QString& label, bool* ok);
    QString askText(const QString& title, const QString& label, bool* ok);
    int currentRow() const;
    /// After a reload: the same item selected again (`newRow`), or the row where it was, so that the keyboard
    /// goes on where it was.
    void keepSelection(int oldRow, int newRow);

    DispatchService& m_service;
};

} // namespace dispatch::ui
