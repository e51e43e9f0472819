// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/IncidentClock.h"
#include "domain/Incident.h"

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
    enum Column { Number, Received, Line, Category, Priority, Zone, Status, Units, Deadline, Age, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value for sorting (times as ms, priority as int…)
        IncidentIdRole,
        PriorityRole,
        ZoneIdRole,
        StateRole,    ///< state code
        LineRole,     ///< line code
        CategoryRole, ///< category code
        SearchRole,   ///< number, phone, address and caller, for the search box
        ClockStatusRole, ///< the next clock's ClockStatus as int (Running, Warning, Breached), -1 if none
    };

    explicit IncidentQueueModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    /// Units dropped on an incident's row are not written here: unitsDropped asks the desk to send them.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    qint64 incidentId(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }

    /// The clock moved: only the time-dependent columns of the given (visible) rows change.
    void refreshTimeColumns(QList<int> sourceRows);
    /// Highlights a newly arrived incident's row until `untilMs`.
    void markNew(qint64 incidentId, qint64 untilMs);
    void expireNew(qint64 nowMs);
    bool isMarkedNew(qint64 incidentId, qint64 nowMs) const;

Q_SIGNALS:
    void unitsDropped(qint64 incidentId, const QList<qint64>& unitIds);

private:
    ClockStatus clockStatus(const Incident& incident, qint64 nowMs) const;
    QString deadlineText(const Incident& incident, qint64 nowMs) const;
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
