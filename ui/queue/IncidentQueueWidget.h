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

    /// New incidents from other desks are announced: a banner, a highlighted row, and a beep unless muted.
    void setAlertsMuted(bool muted);
    bool alertsMuted() const { return m_muted; }
    QLabel* announcement() const { return m_announcement; }
    int beepCount() const { return m_beeps; } ///< audible alerts given (for the desk's own checks)

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
    void alert(const QStringList& lines);

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
    bool m_muted = false;
    int m_beeps = 0;
    QToolButton* m_zoneChip;
    QLabel* m_count;
    bool m_holdSelection = false;
};

} // namespace dispatch::ui
