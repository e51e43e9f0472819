// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapItems.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "map/MapProjection.h"

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>
#include <QPixmapCache>

#include <functional>

namespace dispatch::ui {

namespace {

QPainterPath ringPath(const GeoRing& ring, const MapProjection& proj)
{
    QPainterPath path;
    if (ring.isEmpty())
        return path;
    QPolygonF poly;
    poly.reserve(ring.size() + 1);
    for (const GeoPoint& p : ring)
        poly << proj.toScene(p);
    poly << poly.first();
    path.addPolygon(poly);
    return path;
}

QFont captionFont(int pointSize, bool bold = false)
{
    QFont f;
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

/// A symbol drawn once per look (and device pixel ratio) and blitted: antialiased translucent shapes cost
/// tens of microseconds each, a blit about one, and the panel draws thousands of pins and units a frame.
QPixmap symbol(const QString& key, const QRectF& box, qreal dpr, const std::function<void(QPainter&)>& draw)
{
    const QString fullKey = key + u'@' + QString::number(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(fullKey, &pixmap))
        return pixmap;
    pixmap = QPixmap((box.size() * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-box.topLeft());
    draw(p);
    p.end();
    QPixmapCache::insert(fullKey, pixmap);
    return pixmap;
}

qreal pixelRatio(const QPainter* painter)
{
    return painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
}

} // namespace

ZoneItem::ZoneItem(const Zone& zone, const MapProjection& proj)
    : m_zoneId(zone.id), m_tier(zone.tier), m_label(new QGraphicsSimpleTextItem(zone.name, this))
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto& part : zone.area.parts()) {
        path.addPath(ringPath(part.outer, proj));
        for (const auto& hole : part.holes)
            path.addPath(ringPath(hole, proj));
    }
    setPath(path);
    setPen(QPen(QColor(0x60, 0x7d, 0x8b), 0)); // cosmetic 1-px outline
    applyBrush();
    setZValue(zone.tier == 1 ? 1 : 0);
    setAcceptHoverEvents(true);
    setToolTip(QStringLiteral("%1 · %2").arg(zone.name, Labels::tier(zone.tier)));

    m_label->setFont(captionFont(8, zone.tier == 1));
    m_label->setBrush(QColor(0x37, 0x47, 0x4f));
    m_label->setFlag(ItemIgnoresTransformations);
    const QPointF c = proj.toScene(zone.area.labelPoint());
    const QRectF r = m_label->boundingRect();
    m_label->setPos(c);
    m_label->setTransform(QTransform::fromTranslate(-r.width() / 2, -r.height() / 2));
}

QColor ZoneItem::tierColor(int tier)
{
    switch (tier) {
    case 1: return QColor(0xef, 0x9a, 0x9a);
    case 2: return QColor(0xff, 0xcc, 0x80);
    case 3: return QColor(0xff, 0xf5, 0x9d);
    case 4: return QColor(0xc5, 0xe1, 0xa5);
    default: return QColor(0xe0, 0xe0, 0xe0);
    }
}

MapLabel ZoneItem::label() const
{
    const QRectF r = m_label->boundingRect();
    return {m_label->scenePos(), QRectF(-r.width() / 2, -r.height() / 2, r.width(), r.height()), {}};
}

void ZoneItem::setLabelShown(bool shown)
{
    m_label->setVisible(shown);
}

bool ZoneItem::isLabelShown() const
{
    return m_label->isVisible();
}

void ZoneItem::setHighlighted(bool on)
{
    m_highlighted = on;
    QPen p(on ? QColor(0x0d, 0x47, 0xa1) : QColor(0x60, 0x7d, 0x8b), on ? 3 : 1);
    p.setCosmetic(true);
    setPen(p);
    applyBrush();
}

void ZoneItem::setTint(const QColor& color)
{
    m_tint = color;
    applyBrush();
}

void ZoneItem::applyBrush()
{
    QColor c = m_tint.isValid() ? m_tint : tierColor(m_tier);
    c.setAlpha(m_highlighted ? 200 : 140);
    setBrush(c);
}

PlaceItem::PlaceItem(Kind kind, const QString& name, const QPointF& pos)
    : m_kind(kind), m_name(name), m_nameWidth(QFontMetricsF(captionFont(7)).horizontalAdvance(name))
{
    setPos(pos);
    setFlag(ItemIgnoresTransformations);
    setZValue(5);
    setToolTip(name);
}

QRectF PlaceItem::boundingRect() const
{
    return {-70, -8, 140, 30};
}

void PlaceItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_kind == StagingPointMarker) {
        painter->setPen(QPen(QColor(0x00, 0x4d, 0x40), 1.5));
        painter->setBrush(QColor(0x80, 0xcb, 0xc4));
        const QPointF tri[3] = {{0, -7}, {6.5, 5}, {-6.5, 5}};
        painter->drawPolygon(tri, 3);
    } else {
        painter->setPen(QPen(QColor(0x0d, 0x47, 0xa1), 1.5));
        painter->setBrush(QColor(0x90, 0xca, 0xf9));
        painter->drawRect(QRectF(-6, -6, 12, 12));
        painter->drawLine(QPointF(-6, -2), QPointF(6, -2));
    }
    // Caption under the marker, so that a unit waiting here keeps its callsign readable on the right.
    if (!m_labelShown)
        return;
    painter->setFont(captionFont(7));
    painter->setPen(QColor(0x45, 0x5a, 0x64));
    painter->drawText(QRectF(-70, 8, 140, 14), Qt::AlignHCenter | Qt::AlignTop, m_name);
}

MapLabel PlaceItem::label() const
{
    const qreal w = std::min<qreal>(140, m_nameWidth);
    return {scenePos(), QRectF(-w / 2, 8, w, 12), QRectF(-7, -7, 14, 13)};
}

void PlaceItem::setLabelShown(bool shown)
{
    if (shown == m_labelShown)
        return;
    m_labelShown = shown;
    QGraphicsItem::update();
}

UnitItem::UnitItem(qint64 unitId) : m_unitId(unitId)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(20);
}

void UnitItem::update(const Unit& u, bool stale, const MapProjection& proj)
{
    prepareGeometryChange();
    m_callsign = u.callsign;
    m_callsignWidth = QFontMetricsF(captionFont(7, true)).horizontalAdvance(u.callsign);
    m_color = Labels::unitStateColor(u.state);
    m_stale = stale;
    setVisible(u.position.has_value());
    if (u.position)
        setPos(proj.toScene(*u.position));
    setToolTip(QStringLiteral("%1 · %2%3")
                   .arg(u.callsign, UnitLifecycle::label(u.state),
                        stale ? QStringLiteral(" · ") + Labels::tr("position stale") : QString()));
    QGraphicsItem::update();
}

QRectF UnitItem::boundingRect() const
{
    return {-9, -9, 80, 20};
}

void UnitItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QColor color = m_color;
    const bool stale = m_stale;
    const QRectF box(-10, -10, 20, 20);
    const QString key = QStringLiteral("unit:%1:%2").arg(color.rgba()).arg(stale);
    painter->drawPixmap(box.topLeft(), symbol(key, box, pixelRatio(painter), [color, stale](QPainter& p) {
                            p.setPen(QPen(Qt::white, 2));
                            QColor fill = color;
                            if (stale)
                                fill.setAlpha(110);
                            p.setBrush(fill);
                            p.drawEllipse(QPointF(0, 0), 7, 7);
                            if (stale) {
                                p.setPen(QPen(Qt::black, 1.2, Qt::DashLine));
                                p.setBrush(Qt::NoBrush);
                                p.drawEllipse(QPointF(0, 0), 8.5, 8.5);
                            }
                        }));
    if (!m_labelShown)
        return;
    painter->setFont(captionFont(7, true));
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(QPointF(10, 4), m_callsign);
}

MapLabel UnitItem::label() const
{
    return {scenePos(), QRectF(10, -6, m_callsignWidth, 12), QRectF(-8, -8, 16, 16)};
}

void UnitItem::setLabelShown(bool shown)
{
    if (shown == m_labelShown)
        return;
    m_labelShown = shown;
    QGraphicsItem::update();
}

IncidentItem::IncidentItem(qint64 incidentId) : m_incidentId(incidentId)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(30);
}

void IncidentItem::update(const Incident& i, const MapProjection& proj)
{
    prepareGeometryChange();
    m_label = i.number.section(u'-', 1);
    m_labelWidth = QFontMetricsF(captionFont(7, true)).horizontalAdvance(m_label);
    m_color = Labels::priorityColor(i.priority);
    setVisible(i.position.has_value());
    if (i.position)
        setPos(proj.toScene(*i.position));
    setToolTip(TextInput::tooltip(
        QStringLiteral("%1 · %2 · %3").arg(i.number, Labels::category(i.category), IncidentLifecycle::label(i.state)),
        i.summary));
    QGraphicsItem::update();
}

void IncidentItem::setSelectedPin(bool on)
{
    m_selected = on;
    setZValue(on ? 40 : 30);
    QGraphicsItem::update();
}

void IncidentItem::setBreached(bool breached, bool pulseOn)
{
    const bool on = breached && pulseOn; // the pulse only shows on a breached pin
    if (breached == m_breached && on == m_pulseOn)
        return;
    m_breached = breached;
    m_pulseOn = on;
    QGraphicsItem::update();
}

QRectF IncidentItem::boundingRect() const
{
    return {-22, -38, 88, 48};
}

void IncidentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QColor color = m_color;
    const bool breached = m_breached, pulseOn = m_pulseOn, selected = m_selected;
    const QRectF box(-22, -38, 44, 44);
    const QString key = QStringLiteral("pin:%1:%2%3%4").arg(color.rgba()).arg(breached).arg(pulseOn).arg(selected);
    painter->drawPixmap(box.topLeft(), symbol(key, box, pixelRatio(painter), [=](QPainter& p) {
                            QPainterPath pin;
                            pin.moveTo(0, 0);
                            pin.cubicTo(-3, -8, -9, -12, -9, -19);
                            pin.arcTo(QRectF(-9, -28, 18, 18), 180, -180);
                            pin.cubicTo(9, -12, 3, -8, 0, 0);
                            if (breached) {
                                QColor halo = Palette::late();
                                p.setPen(QPen(halo, pulseOn ? 3 : 1.5));
                                halo.setAlpha(pulseOn ? 110 : 40);
                                p.setBrush(halo);
                                p.drawEllipse(QPointF(0, -16), pulseOn ? 20 : 14, pulseOn ? 20 : 14);
                            }
                            if (selected) {
                                p.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 4));
                                p.drawPath(pin);
                            }
                            p.setPen(QPen(Qt::white, 1.5));
                            p.setBrush(color);
                            p.drawPath(pin);
                            p.setBrush(Qt::white);
                            p.setPen(Qt::NoPen);
                            p.drawEllipse(QPointF(0, -19), 3.2, 3.2);
                        }));
    if (!m_labelShown)
        return;
    painter->setFont(captionFont(7, true));
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(QPointF(11, -16), m_label);
}

MapLabel IncidentItem::label() const
{
    return {scenePos(), QRectF(11, -26, m_labelWidth, 12), QRectF(-9, -28, 18, 28)};
}

void IncidentItem::setLabelShown(bool shown)
{
    if (shown == m_labelShown)
        return;
    m_labelShown = shown;
    QGraphicsItem::update();
}

} // namespace dispatch::ui
