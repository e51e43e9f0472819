// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatch/ZoneLoad.h"
#include "map/MapProjection.h"
#include "map/Siting.h"
#include "warnings/ZoneWarnings.h"

#include <memory>
#include <optional>

#include <QGraphicsView>
#include <QHash>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class BaseMapLayer;
class IncidentItem;
class PlaceItem;
class UnitItem;
class ZoneItem;

/// The map-style zone panel: zones, staging points, stations, units and incidents drawn from the board,
/// one item class per kind of thing, updated from the facade's signals. Offline: nothing is fetched.
/// Keys: arrows pan, + / − zoom, 0 fits the district, Esc ends picking a place. Mouse: drag pans, wheel zooms at
/// the cursor. Captions are laid out so that none overlaps another (the lower-ranked one is hidden); the view stays
/// where the dispatcher left it when the board changes.
class ZonePanel final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonePanel)

public:
    explicit ZonePanel(DispatchService& service, QWidget* parent = nullptr);
    ~ZonePanel() override;

    void fitDistrict();
    void zoomBy(double factor);
    void setSelectedIncident(qint64 incidentId);
    void centerOnIncident(qint64 incidentId);

    int zoneItemCount() const { return int(m_zones.size()); }
    int unitItemCount() const { return int(m_units.size()); }
    int incidentItemCount() const { return int(m_incidents.size()); }
    ZoneItem* zoneItem(qint64 zoneId) const { return m_zones.value(zoneId); }
    UnitItem* unitItem(qint64 unitId) const { return m_units.value(unitId); }
    IncidentItem* incidentItem(qint64 incidentId) const { return m_incidents.value(incidentId); }
    const MapProjection& projection() const { return m_projection; }

    /// Ticks from the window's one clock: refreshes staleness marks and pulses breached pins.
    void tick();

    /// Draws lines from these units to the incident (the recommendation); an empty list removes them.
    void setRecommendedUnits(qint64 incidentId, const QList<qint64>& unitIds);
    int recommendationLineCount() const { return int(m_lines.size()); }
    /// Shows how far a patrol car gets in 1, 3 and 5 minutes from each staging point.
    void setReachShown(bool shown);
    bool isReachShown() const { return !m_reach.isEmpty(); }
    int reachItemCount() const { return int(m_reach.size()); }
    /// What the zones' colours say: the four-colour warnings of the last days against earlier weeks
    /// (ZoneWarnings, the default), or the incidents open in each zone now (ZoneLoad).
    enum class TintMode { Warnings, ActiveLoad };
    void setTintMode(TintMode mode);
    TintMode tintMode() const { return m_tintMode; }
    /// Recolours the zones by the tint mode; the tooltips give both the load and the warnings.
    void updateZoneTints();
    /// Recomputes the warnings from the store: on a new board, and every few minutes of the desk's clock.
    void refreshWarnings();
    const WarningReport& warnings() const { return m_warnings; }
    static QColor warningColor(WarningLevel level);
    static constexpr qint64 kWarningRefreshMs = 5 * 60 * 1000;

    /// While picking, a click places the call-taker's location marker instead of selecting.
    void setPickingLocation(bool picking);
    bool isPickingLocation() const { return m_picking; }
    /// The banner that says a click now sets the call's place.
    QWidget* pickHint() const { return m_pickHint; }
    /// Hides the captions that would collide (run by itself after every change of view or items).
    void layoutLabels();
    int hiddenLabelCount() const { return m_hiddenLabels; }
    /// The location of the call being taken, drawn as a cross; nullopt hides it.
    void setIntakeMarker(const std::optional<GeoPoint>& p);
    /// Where the network places a caller (a call answered from the telephone): a circle of `radiusM` around `p`, drawn
    /// to scale under the call's marker until the call's location is moved or the call is over.
    void setIntakeAccuracy(const GeoPoint& p, int radiusM, const QString& source);
    /// The accuracy circle drawn (tests), or nullptr.
    QGraphicsItem* intakeAccuracy() const { return m_intakeAccuracy; }
    /// Sites proposed by the siting tool, drawn as diamonds with their codes (green: an existing point kept, violet:
    /// a new one); an empty list removes them.
    void setProposedSites(const QList<SitingSite>& sites);
    int proposedSiteCount() const { return int(m_proposedSites.size()); }
    /// The streets drawn under the units and incidents (nullptr when the store holds no map for the district).
    BaseMapLayer* baseMap() const { return m_baseMap.get(); }

Q_SIGNALS:
    void zoneClicked(qint64 zoneId);
    void incidentClicked(qint64 incidentId);
    void unitClicked(qint64 unitId);
    void locationPicked(const dispatch::GeoPoint& point);
    /// Picking ended on the panel itself (Esc): the intake's button follows.
    void pickingCancelled();
    void warningsRefreshed();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild();
    /// Another desk's change (the board reloaded): units and incidents follow, the view and the static layers stay.
    void resync();
    void scheduleLabels();
    void updateIncidents(const QList<qint64>& ids);
    void removeIncidents(const QList<qint64>& ids);
    void updateUnits(const QList<qint64>& ids);
    void updateRecommendationLines();
    void pulseBreached();
    void drawLegend(QPainter* painter, const QRect& viewport);

    DispatchService& m_service;
    QGraphicsScene* m_scene;
    MapProjection m_projection;
    bool m_picking = false;
    QWidget* m_pickHint = nullptr;
    bool m_labelsPending = false;
    int m_hiddenLabels = 0;
    QGraphicsItem* m_intakeMarker = nullptr;
    QGraphicsItem* m_intakeAccuracy = nullptr;
    std::unique_ptr<BaseMapLayer> m_baseMap; ///< the streets of the centre's map, when one is loaded
    GeoPoint m_accuracyAt;
    QRectF m_districtRect;
    QHash<qint64, ZoneItem*> m_zones;
    QHash<qint64, UnitItem*> m_units;
    QHash<qint64, IncidentItem*> m_incidents;
    QList<PlaceItem*> m_places; ///< the staging points' and stations' marks (owned by the scene)
    qint64 m_selectedIncident = 0;
    qint64 m_highlightedZone = 0;
    QPoint m_pressPos;
    bool m_fitted = false;
    bool m_userMoved = false; ///< zoomed or panned by hand: a resize no longer fits the district
    qint64 m_recommendedFor = 0;
    QList<qint64> m_recommended;
    QList<QGraphicsItem*> m_lines;
    QList<QGraphicsItem*> m_reach;
    QList<QGraphicsItem*> m_proposedSites;
    bool m_pulse = false;
    TintMode m_tintMode = TintMode::Warnings;
    WarningReport m_warnings;
    qint64 m_warningsComputedAt = 0;
    QString m_warningsError;
    QHash<qint64, QStringList> m_warningLines; ///< per zone, the raised pairs' explanations
};

} // namespace dispatch::ui
