// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Every unit of the board as a table row; ids only, cells read from the board.
class UnitRosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitRosterModel)

public:
    enum Column { Callsign, Type, Crew, Base, Status, InStatus, Incident, FixAge, ColumnCount };
    enum Role { SortRole = Qt::UserRole, UnitIdRole, StateRole, TypeRole, StationRole };

    explicit UnitRosterModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    qint64 unitId(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    void refreshTimeColumns(int firstRow, int lastRow);

private:
    void onUnitsChanged(const QList<qint64>& ids);
    void onReset();

    DispatchService& m_service;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rows;
};

} // namespace dispatch::ui
