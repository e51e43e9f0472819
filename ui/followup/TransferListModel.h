// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Transfer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The transfers not yet signed for by their station, earliest deadline first, with their clocks.
class TransferListModel final : public QAbstractTableModel
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

    /// Reads the open transfers again (after a change here or on another desk).
    void reload();
    /// The deadline column follows the clock; nothing else changes.
    void tick();
    int overdueCount() const;
    const Transfer& transferAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<Transfer> m_rows;
    QHash<qint64, QPair<QString, QString>> m_incidentText; ///< incident → number, category (read at reload)
};

} // namespace dispatch::ui
