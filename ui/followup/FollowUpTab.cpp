// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpTab.h"

#include <QHeaderView>
#include <QInputDialog>

#include <algorithm>

namespace dispatch::ui {

FollowUpTab::FollowUpTab(DispatchService& service, const QString& objectName, QWidget* parent)
    : QTableView(parent), m_service(service)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
}

void FollowUpTab::setListModel(QAbstractItemModel* model, int stretchColumn)
{
    setModel(model);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QString FollowUpTab::countedTitle(const QString& name, int open, int overdue)
{
    return overdue ? tr("%1 (%2, %3 overdue)").arg(name).arg(open).arg(overdue) : tr("%1 (%2)").arg(name).arg(open);
}

QString FollowUpTab::askLine(const QString& title, const QString& label, bool* ok)
{
    return QInputDialog::getText(this, title, label, QLineEdit::Normal, {}, ok);
}

QString FollowUpTab::askText(const QString& title, const QString& label, bool* ok)
{
    return QInputDialog::getMultiLineText(this, title, label, {}, ok);
}

int FollowUpTab::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void FollowUpTab::keepSelection(int oldRow, int newRow)
{
    const int rows = model() ? model()->rowCount() : 0;
    const int row = newRow >= 0 ? newRow : std::min(oldRow, rows - 1);
    if (oldRow >= 0 && row >= 0)
        setCurrentIndex(model()->index(row, 0));
}

} // namespace dispatch::ui
