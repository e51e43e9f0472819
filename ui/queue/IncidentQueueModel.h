// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The active incidents of the board as table rows. Holds ids only; every cell is read from the board.
class IncidentQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentQueueModel)

public:
    enum Column { Number, Received, Line, Category, Priority, Zone, Status, Units, Age, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value for sorting (times as ms, priority as int…)
        IncidentIdRole,
        PriorityRole,
        ZoneIdRole,
        StateRole,    ///< state code
        LineRole,     ///< line code
        CategoryRole, ///< category code
        SearchRole,   ///< number, phone, address and caller, for the search box
    };

    explicit IncidentQueueModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 incidentId(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }

    /// The clock moved: only the time-dependent columns of the given (visible) rows change.
    void refreshTimeColumns(QList<int> sourceRows);
    /// Highlights a newly arrived incident's row until `untilMs`.
    void markNew(qint64 incidentId, qint64 untilMs);
    void expireNew(qint64 nowMs);
    bool isMarkedNew(qint64 incidentId, qint64 nowMs) const;

private:
    void onAdded(const QList<qint64>& ids);
    void onChanged(const QList<qint64>& ids);
    void onRemoved(const QList<qint64>& ids);
    void onReset();
    void rebuildIndex();

    DispatchService& m_service;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rows;
    QHash<qint64, qint64> m_newUntil; ///< incident → end of its "new" highlight (UTC ms)
};

} // namespace dispatch::ui
