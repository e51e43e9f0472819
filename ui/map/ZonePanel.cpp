// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/ZonePanel.h"

#include <QGraphicsPathItem>
#include <QPainterPath>

#include "common/Labels.h"
#include "map/MapItems.h"
#include "service/DispatchService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QPainter>
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
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // overlays are drawn in viewport coordinates
    setBackgroundBrush(QColor(0xec, 0xef, 0xf1));
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    rebuild();
    connect(&m_service, &DispatchService::referenceChanged, this, &ZonePanel::rebuild);
    connect(&m_service, &DispatchService::boardReset, this, &ZonePanel::rebuild);
    connect(&m_service, &DispatchService::incidentsAdded, this, &ZonePanel::updateIncidents);
    connect(&m_service, &DispatchService::incidentsChanged, this, &ZonePanel::updateIncidents);
    connect(&m_service, &DispatchService::incidentsRemoved, this, &ZonePanel::removeIncidents);
    connect(&m_service, &DispatchService::unitsChanged, this, &ZonePanel::updateUnits);
    connect(&m_service, &DispatchService::incidentsAdded, this, &ZonePanel::updateZoneTints);
    connect(&m_service, &DispatchService::incidentsChanged, this, &ZonePanel::updateZoneTints);
    connect(&m_service, &DispatchService::incidentsRemoved, this, &ZonePanel::updateZoneTints);
}

void ZonePanel::rebuild()
{
    const std::optional<GeoPoint> marker =
        m_intakeMarker ? std::optional(m_projection.toGeo(m_intakeMarker->pos())) : std::nullopt;
    const bool reach = isReachShown();
    m_scene->clear();
    m_intakeMarker = nullptr;
    m_lines.clear();
    m_reach.clear();
    m_zones.clear();
    m_units.clear();
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
    for (const StagingPoint& p : board.stagingPoints())
        m_scene->addItem(new PlaceItem(PlaceItem::StagingPointMarker, p.name, m_projection.toScene(p.position)));
    for (const Station& s : board.stations())
        m_scene->addItem(new PlaceItem(PlaceItem::StationMarker, s.name, m_projection.toScene(s.position)));

    m_districtRect = QRectF(m_projection.toScene({box.maxLat, box.minLon}), m_projection.toScene({box.minLat, box.maxLon}))
                         .normalized();
    const QRectF margin = m_districtRect.adjusted(-2000, -2000, 2000, 2000);
    m_scene->setSceneRect(margin);

    updateUnits(board.unitIds());
    updateIncidents(board.activeIncidentIds());
    if (m_highlightedZone)
        if (ZoneItem* z = m_zones.value(m_highlightedZone))
            z->setHighlighted(true);
    if (m_fitted)
        fitDistrict();
    setIntakeMarker(marker);
    refreshWarnings();
    updateRecommendationLines();
    setReachShown(reach);
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
    for (qint64 id : std::as_const(m_recommended)) {
        const UnitItem* unit = m_units.value(id);
        if (!unit || !unit->isVisible())
            continue;
        auto* line = m_scene->addLine(QLineF(unit->pos(), to), QPen(QColor(0x15, 0x65, 0xc0), 3, Qt::DashLine));
        QPen pen = line->pen();
        pen.setCosmetic(true);
        line->setPen(pen);
        line->setZValue(25);
        line->setToolTip(tr("Recommended: %1").arg(board.unit(id) ? board.unit(id)->callsign : QString()));
        m_lines.append(line);
    }
}

void ZonePanel::setReachShown(bool shown)
{
    qDeleteAll(m_reach);
    m_reach.clear();
    if (!shown)
        return;
    // A patrol car's reach on the road: speed × time ÷ detour factor, as the recommendation estimates it.
    const ResponsePolicy& policy = m_service.responsePolicy();
    const double metresPerSecond = policy.speedKmh(QStringLiteral("patrol_car")) / 3.6;
    const struct
    {
        int minutes;
        QColor color;
    } rings[] = {{5, QColor(0x90, 0xca, 0xf9, 40)}, {3, QColor(0x42, 0xa5, 0xf5, 50)}, {1, QColor(0x15, 0x65, 0xc0, 60)}};
    for (const StagingPoint& p : m_service.board().stagingPoints()) {
        const QPointF c = m_projection.toScene(p.position);
        for (const auto& ring : rings) {
            const double r = metresPerSecond * ring.minutes * 60 / policy.detourFactor();
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
}

void ZonePanel::removeIncidents(const QList<qint64>& ids)
{
    for (qint64 id : ids)
        delete m_incidents.take(id);
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
    if (!m_districtRect.isEmpty())
        fitInView(m_districtRect.adjusted(-200, -200, 200, 200), Qt::KeepAspectRatio);
}

void ZonePanel::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.005, 5.0);
    scale(next / current, next / current);
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
    case Qt::Key_Left: horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step); break;
    case Qt::Key_Right: horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step); break;
    case Qt::Key_Up: verticalScrollBar()->setValue(verticalScrollBar()->value() - step); break;
    case Qt::Key_Down: verticalScrollBar()->setValue(verticalScrollBar()->value() + step); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void ZonePanel::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
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
    if (!m_fitted)
        fitDistrict();
}

void ZonePanel::drawForeground(QPainter* painter, const QRectF&)
{
    painter->save();
    painter->resetTransform();
    const QRect vp = viewport()->rect();
    painter->setRenderHint(QPainter::Antialiasing);

    // Scale bar: a round length close to 120 px.
    const double metresPerPixel = 1.0 / transform().m11();
    const double target = 120 * metresPerPixel;
    double nice = std::pow(10.0, std::floor(std::log10(target)));
    for (double f : {5.0, 2.0, 1.0})
        if (nice * f <= target) {
            nice *= f;
            break;
        }
    const double px = nice / metresPerPixel;
    const QPointF origin(12, vp.height() - 14);
    painter->setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
    painter->drawLine(origin, origin + QPointF(px, 0));
    painter->drawLine(origin, origin + QPointF(0, -5));
    painter->drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5));
    painter->drawText(origin + QPointF(px + 6, 4),
                      nice >= 1000 ? tr("%1 km").arg(nice / 1000) : tr("%1 m").arg(nice));

    drawLegend(painter, vp);

    if (m_service.board().centre().demo) {
        QFont f = painter->font();
        f.setPointSize(11);
        f.setBold(true);
        painter->setFont(f);
        const QString text = tr("DEMO DATA — not a real district");
        const QRectF box(10, 8, QFontMetricsF(f).horizontalAdvance(text) + 16, 24);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb7, 0x1c, 0x1c, 220));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace dispatch::ui

namespace dispatch::ui {

void ZonePanel::drawLegend(QPainter* painter, const QRect& vp)
{
    QFont f = painter->font();
    f.setPointSize(8);
    painter->setFont(f);
    const bool warnings = m_tintMode == TintMode::Warnings;
    const QString title = warnings ? tr("Warnings: last %n day(s) against %1 weeks", nullptr, m_warnings.recentDays)
                                   .arg(m_warnings.baselineWeeks)
                             : tr("Active incidents per zone");
    const struct
    {
        WarningLevel level;
        QString text;
    } legend[] = {{WarningLevel::Green, warnings ? tr("Green: normal") : tr("0–1 active incidents")},
                  {WarningLevel::Yellow, warnings ? tr("Yellow: attention (%n)", nullptr, m_warnings.countAt(WarningLevel::Yellow))
                                                  : tr("2–3 active incidents")},
                  {WarningLevel::Orange, warnings ? tr("Orange: urgent (%n)", nullptr, m_warnings.countAt(WarningLevel::Orange))
                                                  : tr("4–5 active incidents")},
                  {WarningLevel::Red, warnings ? tr("Red: severe (%n)", nullptr, m_warnings.countAt(WarningLevel::Red))
                                               : tr("6 or more active incidents")}};
    const QFontMetricsF fm(f);
    QFont boldFont = f;
    boldFont.setBold(true);
    qreal width = QFontMetricsF(boldFont).horizontalAdvance(title);
    for (const auto& entry : legend)
        width = std::max(width, 18 + fm.horizontalAdvance(entry.text));
    const bool failed = warnings && (!m_warningsError.isEmpty() || !m_warnings.hasBaseline());
    const QString error = !m_warningsError.isEmpty()
                              ? tr("Warnings not updated: %1").arg(m_warningsError)
                              : tr("No baseline yet: the records cover %1 of %2 weeks")
                                    .arg(m_warnings.baselineWeeksCovered)
                                    .arg(m_warnings.baselineWeeks);
    if (failed)
        width = std::max(width, fm.horizontalAdvance(error));
    const qreal x = vp.width() - width - 14;
    qreal y = 8;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(QRectF(x - 6, y - 2, width + 12, 16 * 5 + (failed ? 16 : 0) + 6), 4, 4);
    painter->setPen(QColor(0x26, 0x32, 0x38));
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(QPointF(x, y + 11), title);
    f.setBold(false);
    painter->setFont(f);
    y += 16;
    for (const auto& entry : legend) {
        QColor c = warningColor(entry.level);
        c.setAlpha(180);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRect(QRectF(x, y + 1, 12, 12));
        painter->setPen(QColor(0x26, 0x32, 0x38));
        painter->drawText(QPointF(x + 18, y + 11), entry.text);
        y += 16;
    }
    if (failed) {
        painter->setPen(QColor(0xb7, 0x1c, 0x1c));
        painter->drawText(QPointF(x, y + 11), error);
    }
}

void ZonePanel::setPickingLocation(bool picking)
{
    m_picking = picking;
    viewport()->setCursor(picking ? Qt::CrossCursor : Qt::ArrowCursor);
}

void ZonePanel::setIntakeMarker(const std::optional<GeoPoint>& p)
{
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

} // namespace dispatch::ui
