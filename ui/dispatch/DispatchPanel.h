// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatch/Recommender.h"
#include "domain/Assignment.h"
#include "domain/UnitState.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Sending units to the selected incident: the units already assigned with their steps and sign-for
/// clock, the ranked candidates with their ETA against the arrival target, and the units left out with
/// the reason. Keys: F3 (window-wide) sends the recommendation; Enter sends the highlighted candidate;
/// on an assigned unit A signed for, E en route, R on scene, C clear; F6 feedback. Units dragged from the
/// roster and dropped here are sent to the incident.
class DispatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchPanel)

public:
    explicit DispatchPanel(DispatchService& service, QWidget* parent = nullptr);

    void showIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    const Recommendation& recommendation() const { return m_recommendation; }
    QTreeWidget* candidatesView() const { return m_candidates; }
    QTreeWidget* assignedView() const { return m_assigned; }
    QTreeWidget* excludedView() const { return m_excluded; }
    QToolButton* excludedToggle() const { return m_excludedTitle; }
    QString headerText() const;

    /// F3: the recommendation's best free units, up to what the priority needs.
    void dispatchRecommended();
    /// Sends these units, asking first for any that is committed elsewhere or busy.
    void dispatchUnits(const QList<qint64>& unitIds);
    void dispatchHighlighted();
    /// A step or clear for the highlighted assigned unit.
    void stepHighlighted(UnitState step);
    void openFeedback();
    void tick();

Q_SIGNALS:
    void message(const QString& text);
    /// The units recommended now (for the zone panel's lines).
    void recommendedUnitsChanged(qint64 incidentId, const QList<qint64>& unitIds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Re-reads the incident's open assignments from the store, then re-ranks.
    void refresh();
    /// Ranks again from the board and refreshes what changed.
    void rerank();
    static bool sameRanking(const Recommendation& a, const Recommendation& b);
    void fillAssigned();
    void fillCandidates();
    qint64 highlightedAssigned() const;

    DispatchService& m_service;
    qint64 m_incidentId = 0;
    Recommendation m_recommendation;
    qint64 m_rankedFor = -1; ///< the incident the candidate lists were filled for
    QList<Assignment> m_open; ///< the incident's open assignments, as last read from the store
    QLabel* m_header;
    QTreeWidget* m_assigned;
    QTreeWidget* m_candidates;
    QTreeWidget* m_excluded;
    QToolButton* m_excludedTitle;
    QPushButton* m_sendBest;
    QPushButton* m_feedback;
};

} // namespace dispatch::ui
