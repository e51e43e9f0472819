// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ClockBreach.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class AlertSounds;

class IncidentQueueModel;
class IncidentQueueProxy;

/// The incident queue dock's content: a filter bar over a sortable table of active incidents.
class IncidentQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentQueueWidget)

public:
    explicit IncidentQueueWidget(DispatchService& service, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    IncidentQueueModel* model() const { return m_model; }
    IncidentQueueProxy* proxy() const { return m_proxy; }
    qint64 currentIncident() const;
    void selectIncident(qint64 id);
    void focusSearch();
    void setZoneFilter(qint64 zoneId);

    /// Called by the window's one tick: refreshes the time columns of the visible rows only.
    void tick();

    /// New incidents from other desks and missed deadlines are announced: a banner, a highlighted row, and the
    /// alert's own sound unless muted.
    void setSounds(AlertSounds* sounds) { m_sounds = sounds; }
    bool alertsMuted() const;
    QLabel* announcement() const { return m_announcement; }
    int beepCount() const { return m_alerts; } ///< audible alerts given, muted or not counted (the desk's own checks)

Q_SIGNALS:
    void currentIncidentChanged(qint64 incidentId);
    void incidentAnnounced(qint64 incidentId);
    /// Units were dropped on an incident's row: the desk sends them (asking first for committed ones).
    void unitsDropped(qint64 incidentId, const QList<qint64>& unitIds);

private:
    void applyStateFilter();
    void updateCount();
    void announce(const QList<qint64>& ids);
    void announceBreaches(const QList<ClockBreach>& breaches);
    void alert(const QStringList& lines, int sound);

    DispatchService& m_service;
    IncidentQueueModel* m_model;
    IncidentQueueProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_stateFilter;
    QComboBox* m_priorityFilter;
    QComboBox* m_categoryFilter;
    QComboBox* m_lineFilter;
    QLabel* m_announcement;
    qint64 m_announcementUntil = 0;
    AlertSounds* m_sounds = nullptr;
    int m_alerts = 0;
    QToolButton* m_zoneChip;
    QLabel* m_count;
    bool m_holdSelection = false;
};

} // namespace dispatch::ui
