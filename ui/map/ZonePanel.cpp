// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/ZonePanel.h"

#include <QGraphicsPathItem>
#include <QPainterPath>

#include "common/Labels.h"
#include "dispatch/Recommender.h"
#include "map/BaseMapLayer.h"
#include "map/RoadGraph.h"
#include "map/MapItems.h"
#include "service/DispatchService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

namespace dispatch::ui {

ZonePanel::ZonePanel(DispatchService& service, QWidget* parent)
    : QGraphicsView(parent), m_service(service), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("zonePanelView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter); // a dock resized keeps the place the dispatcher looks at
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // overlays are drawn in viewport coordinates
    setBackgroundBrush(QColor(0xec, 0xef, 0xf1));
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    rebuild();
    connect(&m_service, &DispatchService::referenceChanged, this, &ZonePanel::rebuild);
    connect(&m_service, &DispatchService::boardReset, this, &ZonePanel::resync);
    connect(&m_service, &DispatchService::incidentsAdded, this, &ZonePanel::updateIncidents);
    connect(&m_service, &DispatchService::incidentsChanged, this, &ZonePanel::updateIncidents);
    connect(&m_service, &DispatchService::incidentsRemoved, this, &ZonePanel::removeIncidents);
    connect(&m_service, &DispatchService::unitsChanged, this, &ZonePanel::updateUnits);
    connect(&m_service, &DispatchService::incidentsAdded, this, &ZonePanel::updateZoneTints);
    connect(&m_service, &DispatchService::incidentsChanged, this, &ZonePanel::updateZoneTints);
    connect(&m_service, &DispatchService::incidentsRemoved, this, &ZonePanel::updateZoneTints);
}

void ZonePanel::resync()
{
    const Board& board = m_service.board();
    // Zones imported elsewhere: the whole map again (the view kept where it can be).
    const QList<qint64> zoneIds = m_zones.keys();
    bool sameZones = zoneIds.size() == board.zones().size();
    for (const Zone& z : board.zones())
        sameZones = sameZones && m_zones.contains(z.id);
    if (!sameZones) {
        rebuild();
        return;
    }
    QList<qint64> gone;
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it)
        if (!board.incident(it.key()))
            gone << it.key();
    removeIncidents(gone);
    updateIncidents(board.activeIncidentIds());
    updateUnits(board.unitIds());
    updateZoneTints();
    updateRecommendationLines();
}

ZonePanel::~ZonePanel() = default;

void ZonePanel::rebuild()
{
    const std::optional<GeoPoint> marker =
        m_intakeMarker ? std::optional(m_projection.toGeo(m_intakeMarker->pos())) : std::nullopt;
    const bool reach = isReachShown();
    // The view as the dispatcher left it (zoom and centre, as places on the ground), put back after the rebuild.
    const bool keepView = m_fitted && !m_zones.isEmpty();
    const QTransform zoom = transform();
    const GeoPoint centre = m_projection.toGeo(mapToScene(viewport()->rect().center()));
    m_baseMap.reset(); // its items go with the scene
    m_scene->clear();
    m_intakeMarker = nullptr;
    m_intakeAccuracy = nullptr; // a rebuilt map has lost it; the call's own marker is put back below
    m_lines.clear();
    m_reach.clear();
    m_zones.clear();
    m_units.clear();
    m_places.clear();
    m_incidents.clear();
    const Board& board = m_service.board();

    GeoBox box;
    for (const Zone& z : board.zones())
        box.extend(z.area.bounds());
    for (const Station& s : board.stations())
        box.extend(s.position);
    if (box.isEmpty())
        box.extend(GeoPoint{0, 0});
    m_projection = MapProjection(box.center());

    for (const Zone& z : board.zones()) {
        auto* item = new ZoneItem(z, m_projection);
        m_scene->addItem(item);
        m_zones.insert(z.id, item);
    }
    // The streets of the centre's map over the district and a margin around it (a read that fails draws none).
    GeoBox around = box;
    const double pad = 0.02; // about 2 km
    around.extend(GeoPoint{box.minLat - pad, box.minLon - pad});
    around.extend(GeoPoint{box.maxLat + pad, box.maxLon + pad});
    const ReadList<MapLine> roads = m_service.mapRoads(around);
    const ReadList<MapLine> areas = m_service.mapAreas(around);
    if (!roads.isEmpty() || !areas.isEmpty())
        m_baseMap = std::make_unique<BaseMapLayer>(*m_scene, m_projection, roads, areas);
    for (const StagingPoint& p : board.stagingPoints())
        m_places.append(new PlaceItem(PlaceItem::StagingPointMarker, p.name, m_projection.toScene(p.position)));
    for (const Station& s : board.stations())
        m_places.append(new PlaceItem(PlaceItem::StationMarker, s.name, m_projection.toScene(s.position)));
    for (PlaceItem* item : std::as_const(m_places))
        m_scene->addItem(item);

    m_districtRect = QRectF(m_projection.toScene({box.maxLat, box.minLon}), m_projection.toScene({box.minLat, box.maxLon}))
                         .normalized();
    const QRectF margin = m_districtRect.adjusted(-2000, -2000, 2000, 2000);
    m_scene->setSceneRect(margin);

    updateUnits(board.unitIds());
    updateIncidents(board.activeIncidentIds());
    if (m_highlightedZone)
        if (ZoneItem* z = m_zones.value(m_highlightedZone))
            z->setHighlighted(true);
    if (keepView) {
        setTransform(zoom);
        centerOn(m_projection.toScene(centre));
    } else if (m_fitted) {
        fitDistrict();
    }
    setIntakeMarker(marker);
    refreshWarnings();
    updateRecommendationLines();
    setReachShown(reach);
    scheduleLabels();
}

QColor ZonePanel::warningColor(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Green: return QColor(0x66, 0xbb, 0x6a, 70);
    case WarningLevel::Yellow: return QColor(0xfd, 0xd8, 0x35, 110);
    case WarningLevel::Orange: return QColor(0xfb, 0x8c, 0x00, 120);
    case WarningLevel::Red: return QColor(0xe5, 0x39, 0x35, 120);
    }
    return {};
}

void ZonePanel::setTintMode(TintMode mode)
{
    if (mode == m_tintMode)
        return;
    m_tintMode = mode;
    updateZoneTints();
    viewport()->update();
}

void ZonePanel::refreshWarnings()
{
    m_warningsComputedAt = m_service.clock().nowMs();
    Result<WarningReport> report = m_service.zoneWarnings(m_warningsComputedAt);
    if (report) {
        m_warnings = std::move(report).value();
        m_warningLines.clear();
        m_warningsError.clear();
        const QString lang = Translations::currentLanguage();
        for (const ZoneWarning& w : std::as_const(m_warnings.raised))
            m_warningLines[w.zoneId] << tr("%1 · %2").arg(WarningPolicy::label(w.level), w.explanation(m_warnings.recentDays, lang));
    } else {
        // The store could not be read: keep the last levels and say so in the legend.
        m_warningsError = report.errorString();
    }
    updateZoneTints();
    Q_EMIT warningsRefreshed();
}

void ZonePanel::updateZoneTints()
{
    const QHash<qint64, int> load = ZoneLoad::count(m_service.board());
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it) {
        const int n = load.value(it.key());
        const WarningLevel warning = m_warnings.levelOf(it.key());
        it.value()->setTint(warningColor(m_tintMode == TintMode::Warnings ? warning : ZoneLoad::level(n)));
        if (const Zone* z = m_service.board().zone(it.key())) {
            QString tip = tr("%1 · %2 · %n active incident(s)", nullptr, n).arg(z->name, Labels::tier(z->tier));
            tip += u'\n' + tr("Warning level: %1").arg(WarningPolicy::label(warning));
            const QStringList lines = m_warningLines.value(it.key());
            for (const QString& line : lines.mid(0, 4))
                tip += u'\n' + line;
            if (lines.size() > 4)
                tip += u'\n' + tr("… and %n more", nullptr, int(lines.size() - 4));
            it.value()->setToolTip(tip);
        }
    }
}

void ZonePanel::setRecommendedUnits(qint64 incidentId, const QList<qint64>& unitIds)
{
    if (incidentId == m_recommendedFor && unitIds == m_recommended)
        return;
    m_recommendedFor = incidentId;
    m_recommended = unitIds;
    updateRecommendationLines();
}

void ZonePanel::updateRecommendationLines()
{
    qDeleteAll(m_lines);
    m_lines.clear();
    const Board& board = m_service.board();
    const Incident* incident = board.incident(m_recommendedFor);
    if (!incident || !incident->position)
        return;
    const QPointF to = m_projection.toScene(*incident->position);
    // By the map's roads when a map is loaded and the unit is on them (solid), else the straight line (dashed).
    const std::shared_ptr<const RoadNetwork> roads = m_service.roadNetwork();
    for (qint64 id : std::as_const(m_recommended)) {
        const UnitItem* unit = m_units.value(id);
        const Unit* u = board.unit(id);
        if (!unit || !unit->isVisible() || !u)
            continue;
        QPainterPath path(unit->pos());
        bool byRoad = false;
        if (roads) {
            if (const Result<RoadRoute> route = roads->forUnitType(u->type).route(m_projection.toGeo(unit->pos()), *incident->position)) {
                for (const GeoPoint& g : route->path)
                    path.lineTo(m_projection.toScene(g));
                byRoad = true;
            }
        }
        if (!byRoad)
            path.lineTo(to);
        QPen pen(QColor(0x15, 0x65, 0xc0), 3, byRoad ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        auto* line = m_scene->addPath(path, pen);
        line->setZValue(25);
        line->setToolTip(byRoad ? tr("Recommended: %1, by road").arg(u->callsign) : tr("Recommended: %1").arg(u->callsign));
        m_lines.append(line);
    }
}

void ZonePanel::setReachShown(bool shown)
{
    qDeleteAll(m_reach);
    m_reach.clear();
    if (!shown)
        return;
    // A patrol car's reach on the road, as the recommendation estimates its ETA.
    const ResponsePolicy& policy = m_service.responsePolicy();
    const struct
    {
        int minutes;
        QColor color;
    } rings[] = {{5, QColor(0x90, 0xca, 0xf9, 40)}, {3, QColor(0x42, 0xa5, 0xf5, 50)}, {1, QColor(0x15, 0x65, 0xc0, 60)}};
    // With the centre's map, the reach is where the roads lead in that time (an isochrone); a staging point off the
    // map's roads keeps the circle of the straight-line model.
    const std::shared_ptr<const RoadNetwork> roads = m_service.roadNetwork();
    for (const StagingPoint& p : m_service.board().stagingPoints()) {
        const QPointF c = m_projection.toScene(p.position);
        if (roads && roads->car.nearestNode(p.position)) {
            for (const auto& ring : rings) {
                QPainterPath path;
                for (const QList<GeoPoint>& segment : roads->car.reach(p.position, ring.minutes * 60.0)) {
                    path.moveTo(m_projection.toScene(segment.first()));
                    path.lineTo(m_projection.toScene(segment.last()));
                }
                QColor colour = ring.color;
                colour.setAlpha(std::min(255, colour.alpha() * 3));
                QPen pen(colour, 7);
                pen.setCosmetic(true);
                pen.setCapStyle(Qt::RoundCap);
                auto* e = m_scene->addPath(path, pen);
                e->setZValue(5);
                e->setToolTip(tr("%1: %2 min by road").arg(p.name).arg(ring.minutes));
                e->setAcceptedMouseButtons(Qt::NoButton);
                m_reach.append(e);
            }
            continue;
        }
        for (const auto& ring : rings) {
            const double r = Recommender::reachMetres(policy, QStringLiteral("patrol_car"), ring.minutes * 60);
            QPen pen(ring.color.darker(160), 1, Qt::DotLine);
            pen.setCosmetic(true);
            auto* e = m_scene->addEllipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), pen, ring.color);
            e->setZValue(5);
            e->setToolTip(tr("%1: %2 min").arg(p.name).arg(ring.minutes));
            e->setAcceptedMouseButtons(Qt::NoButton);
            m_reach.append(e);
        }
    }
}

void ZonePanel::pulseBreached()
{
    m_pulse = !m_pulse;
    const qint64 now = m_service.clock().nowMs();
    const Board& board = m_service.board();
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it) {
        const Incident* i = board.incident(it.key());
        const bool breached = i && i->nextClock.isSet() && i->nextClock.deadlineMs < now;
        it.value()->setBreached(breached, m_pulse);
    }
}

void ZonePanel::updateIncidents(const QList<qint64>& ids)
{
    const Board& board = m_service.board();
    for (qint64 id : ids) {
        const Incident* i = board.incident(id);
        if (!i)
            continue;
        IncidentItem* item = m_incidents.value(id);
        if (!item) {
            item = new IncidentItem(id);
            m_scene->addItem(item);
            m_incidents.insert(id, item);
        }
        item->update(*i, m_projection);
        item->setSelectedPin(id == m_selectedIncident);
    }
    scheduleLabels();
}

void ZonePanel::removeIncidents(const QList<qint64>& ids)
{
    for (qint64 id : ids)
        delete m_incidents.take(id);
    scheduleLabels();
}

void ZonePanel::updateUnits(const QList<qint64>& ids)
{
    const Board& board = m_service.board();
    for (qint64 id : ids) {
        const Unit* u = board.unit(id);
        if (!u) {
            delete m_units.take(id);
            continue;
        }
        UnitItem* item = m_units.value(id);
        if (!item) {
            item = new UnitItem(id);
            m_scene->addItem(item);
            m_units.insert(id, item);
        }
        item->update(*u, m_service.isPositionStale(*u), m_projection);
    }
    if (!m_recommended.isEmpty())
        updateRecommendationLines();
    scheduleLabels();
}

void ZonePanel::tick()
{
    const Board& board = m_service.board();
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        const Unit* u = board.unit(it.key());
        if (u && m_service.isPositionStale(*u) != it.value()->isStale())
            it.value()->update(*u, m_service.isPositionStale(*u), m_projection);
    }
    pulseBreached();
    // The warnings move slowly (days against weeks): a few minutes between readings is plenty. A clock set
    // back (a replay, a corrected system time) reads again too.
    const qint64 since = m_service.clock().nowMs() - m_warningsComputedAt;
    if (since >= kWarningRefreshMs || since < 0)
        refreshWarnings();
}

void ZonePanel::fitDistrict()
{
    m_fitted = true;
    m_userMoved = false;
    if (!m_districtRect.isEmpty())
        fitInView(m_districtRect.adjusted(-200, -200, 200, 200), Qt::KeepAspectRatio);
    scheduleLabels();
}

void ZonePanel::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.005, 5.0);
    scale(next / current, next / current);
    m_userMoved = true;
    scheduleLabels();
}

void ZonePanel::setSelectedIncident(qint64 incidentId)
{
    if (IncidentItem* old = m_incidents.value(m_selectedIncident))
        old->setSelectedPin(false);
    m_selectedIncident = incidentId;
    if (IncidentItem* now = m_incidents.value(incidentId))
        now->setSelectedPin(true);
}

void ZonePanel::centerOnIncident(qint64 incidentId)
{
    if (IncidentItem* item = m_incidents.value(incidentId); item && item->isVisible())
        centerOn(item);
}

void ZonePanel::wheelEvent(QWheelEvent* event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void ZonePanel::keyPressEvent(QKeyEvent* event)
{
    const int step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_0: fitDistrict(); break;
    case Qt::Key_Escape:
        if (!m_picking) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        setPickingLocation(false);
        Q_EMIT pickingCancelled();
        break;
    case Qt::Key_Left: m_userMoved = true; horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step); break;
    case Qt::Key_Right: m_userMoved = true; horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step); break;
    case Qt::Key_Up: m_userMoved = true; verticalScrollBar()->setValue(verticalScrollBar()->value() - step); break;
    case Qt::Key_Down: m_userMoved = true; verticalScrollBar()->setValue(verticalScrollBar()->value() + step); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void ZonePanel::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void ZonePanel::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        m_userMoved = true; // dragged: the dispatcher placed the map
    QGraphicsView::mouseMoveEvent(event);
}

void ZonePanel::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click (not a drag) selects what is under the cursor: incident, unit, else zone.
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    if (m_picking) {
        const GeoPoint p = m_projection.toGeo(mapToScene(event->position().toPoint()));
        setIntakeMarker(p);
        Q_EMIT locationPicked(p);
        return;
    }
    const QList<QGraphicsItem*> hits = items(event->position().toPoint());
    for (QGraphicsItem* item : hits) {
        if (item->type() == IncidentItem::Type) {
            Q_EMIT incidentClicked(static_cast<IncidentItem*>(item)->incidentId());
            return;
        }
        if (item->type() == UnitItem::Type) {
            Q_EMIT unitClicked(static_cast<UnitItem*>(item)->unitId());
            return;
        }
    }
    for (QGraphicsItem* item : hits) {
        QGraphicsItem* top = item->parentItem() ? item->parentItem() : item;
        if (top->type() == ZoneItem::Type) {
            auto* zone = static_cast<ZoneItem*>(top);
            const qint64 id = zone->zoneId() == m_highlightedZone ? 0 : zone->zoneId();
            if (ZoneItem* old = m_zones.value(m_highlightedZone))
                old->setHighlighted(false);
            m_highlightedZone = id;
            if (id)
                zone->setHighlighted(true);
            Q_EMIT zoneClicked(id);
            return;
        }
    }
}

void ZonePanel::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    // Until the dispatcher zooms or pans, the district fills the panel whatever its size.
    if (!m_userMoved)
        fitDistrict();
    scheduleLabels();
}

void ZonePanel::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    scheduleLabels();
}

} // namespace dispatch::ui

namespace dispatch::ui {

void ZonePanel::setIntakeMarker(const std::optional<GeoPoint>& p)
{
    // The network's circle belongs to the place it gave: a place moved or cleared takes it away.
    if (m_intakeAccuracy && (!p || std::abs(p->lat - m_accuracyAt.lat) > 1e-7 || std::abs(p->lon - m_accuracyAt.lon) > 1e-7)) {
        delete m_intakeAccuracy;
        m_intakeAccuracy = nullptr;
    }
    if (!p) {
        delete m_intakeMarker;
        m_intakeMarker = nullptr;
        return;
    }
    if (!m_intakeMarker) {
        QPainterPath cross;
        cross.moveTo(-10, 0);
        cross.lineTo(10, 0);
        cross.moveTo(0, -10);
        cross.lineTo(0, 10);
        cross.addEllipse(QPointF(0, 0), 6, 6);
        auto* item = scene()->addPath(cross, QPen(QColor(0xd0, 0x1c, 0x8b), 2.5));
        item->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        item->setZValue(1000);
        item->setToolTip(tr("Location of the call being taken"));
        m_intakeMarker = item;
    }
    m_intakeMarker->setPos(m_projection.toScene(*p));
}

void ZonePanel::setIntakeAccuracy(const GeoPoint& p, int radiusM, const QString& source)
{
    delete m_intakeAccuracy;
    m_intakeAccuracy = nullptr;
    if (radiusM <= 0)
        return;
    // Scene units are metres: the circle is to scale at every zoom; its pen stays one width on screen.
    QPen pen(QColor(0xd0, 0x1c, 0x8b), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    const double r = radiusM;
    auto* circle = scene()->addEllipse(QRectF(-r, -r, 2 * r, 2 * r), pen, QColor(0xd0, 0x1c, 0x8b, 40));
    circle->setPos(m_projection.toScene(p));
    circle->setZValue(999);
    circle->setToolTip(tr("Where the network places the caller: within %1 (%2)").arg(Labels::distance(radiusM), source));
    m_intakeAccuracy = circle;
    m_accuracyAt = p;
}

} // namespace dispatch::ui
