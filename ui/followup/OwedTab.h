// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpTab.h"
#include "service/OwedItems.h"

#include <QList>

namespace dispatch::ui {

/// Everything owed on one list (the overview a shift leader reads): what, which incident, who owes it, since
/// when and the deadline's clock; the overdue first, then by deadline.
class OwedListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwedListModel)

public:
    enum Column { Kind, Number, What, Owner, Since, Deadline, ColumnCount };

    explicit OwedListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override;
    const OwedItem& itemAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<OwedItem> m_rows;
};

/// The overview tab. Enter opens the item in its own list, where its keys work.
class OwedTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwedTab)

public:
    explicit OwedTab(DispatchService& service, QWidget* parent = nullptr);

    OwedListModel* listModel() const { return m_model; }
    QString title() const override;
    QString summaryPart() const override { return {}; }

Q_SIGNALS:
    void openRequested(const QString& kind, qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    OwedListModel* m_model;
};

} // namespace dispatch::ui
