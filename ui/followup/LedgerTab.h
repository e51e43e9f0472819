// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "followup/FollowUpTab.h"

#include <QList>

namespace dispatch::ui {

/// Open entries of the repeat-incident ledger (重复警情台账), earliest deadline first: place, class, marks, owner,
/// deadline and the latest action.
class LedgerListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerListModel)

public:
    enum Column { Place, Class, Marks, Owner, Opened, Deadline, LastAction, ColumnCount };

    explicit LedgerListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override;
    const LedgerEntry& entryAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<LedgerEntry> m_rows;
};

/// Repeat-ledger tab. Keys: Enter notes an action ("日推进"); O hands the entry to another owner and C closes it with
/// the result ("销号") — shift leaders; U puts it under supervision.
class LedgerTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerTab)

public:
    explicit LedgerTab(DispatchService& service, QWidget* parent = nullptr);

    LedgerListModel* listModel() const { return m_model; }
    QString title() const override;
protected:
    QString overdueMessage(int count) const override;

public:
    QString summaryPart() const override;

    bool addActionAt(int row, const QString& text = {});
    bool assignAt(int row, const QString& owner = {});
    bool closeAt(int row, const QString& result = {});
    bool superviseAt(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    LedgerListModel* m_model;
};

} // namespace dispatch::ui
