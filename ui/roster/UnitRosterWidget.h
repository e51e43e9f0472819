// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UnitState.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class UnitRosterModel;
class UnitRosterProxy;

/// The unit roster dock's content: filters over a table of every unit, with status keys and a context menu.
class UnitRosterWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitRosterWidget)

public:
    explicit UnitRosterWidget(DispatchService& service, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    UnitRosterModel* model() const { return m_model; }
    qint64 currentUnit() const;
    void selectUnit(qint64 id);

    /// Sets the current unit's status through the facade; problems are shown in a message box.
    void setCurrentUnitState(UnitState state);
    void tick();

Q_SIGNALS:
    void currentUnitChanged(qint64 unitId);
    void message(const QString& text);

private:
    void fillFilters();
    void showContextMenu(const QPoint& pos);
    void updateCount();

    DispatchService& m_service;
    UnitRosterModel* m_model;
    UnitRosterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_group;
    QComboBox* m_type;
    QComboBox* m_station;
    QLabel* m_count;
};

} // namespace dispatch::ui
