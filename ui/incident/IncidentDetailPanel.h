// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The centre of the desk: the selected incident with every field and its full history from the event
/// log; with nothing selected, the desk's overview.
class IncidentDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailPanel)

public:
    explicit IncidentDetailPanel(DispatchService& service, QWidget* parent = nullptr);

    void showIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    int historyRows() const;
    /// From the window's tick: the "received … ago" line follows the clock.
    void tick();
    QString receivedText() const;

private:
    void refresh();
    void refreshOverview();

    DispatchService& m_service;
    qint64 m_incidentId = 0;
    QStackedWidget* m_stack;
    QLabel* m_overview;
    QLabel* m_title;
    QLabel* m_received;
    qint64 m_receivedAtMs = 0;
    QLabel* m_fields;
    QLabel* m_summary;
    QTreeWidget* m_history;
    QTabWidget* m_tabs = nullptr;
};

} // namespace dispatch::ui
