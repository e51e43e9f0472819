// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "followup/FollowUpTab.h"

#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The abandoned calls owed a call back (回拨), the earliest deadline first: line, number, when it rang and how long,
/// where the network placed the caller, the tries so far and the deadline's clock.
class AbandonedCallListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AbandonedCallListModel)

public:
    enum Column { Line, Number, Rang, Waited, Place, Tries, Due, ColumnCount };

    explicit AbandonedCallListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const CallRecord& callAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<CallRecord> m_rows;
};

} // namespace dispatch::ui
