// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Transfer.h"
#include "followup/FollowUpTab.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The transfers not yet signed for by their station, earliest deadline first, with their clocks.
class TransferListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferListModel)

public:
    enum Column { Number, Category, Station, Reason, Transferred, Deadline, ColumnCount };
    enum Role { TransferIdRole = Qt::UserRole + 1, OverdueRole };

    explicit TransferListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the open transfers again (at start, after a full reload).
    void reload() override;
    /// The transfers a change named, read one by one (here or on another desk).
    void apply(const QList<qint64>& ids) override;
    /// The deadline column follows the clock; nothing else changes.
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const Transfer& transferAt(int row) const { return m_rows[row]; }

private:
    void rememberIncident(qint64 incidentId);

    DispatchService& m_service;
    QList<Transfer> m_rows;
    QHash<qint64, QPair<QString, QString>> m_incidentText; ///< incident → number, category (read at reload)
};

} // namespace dispatch::ui
