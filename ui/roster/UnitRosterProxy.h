// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace dispatch::ui {

/// Filters the roster by status group, unit type and home station; sorts on raw values.
class UnitRosterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitRosterProxy)

public:
    enum StatusGroup { AllUnits, OnDuty, Available, Committed, Busy, OffDuty };

    explicit UnitRosterProxy(QObject* parent = nullptr);

    void setStatusGroup(StatusGroup group);
    void setType(const QString& type);  ///< empty = every type
    void setStation(qint64 stationId);  ///< 0 = every station

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StatusGroup m_group = AllUnits;
    QString m_type;
    qint64 m_station = 0;
};

} // namespace dispatch::ui
