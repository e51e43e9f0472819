// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/Places.h"
#include "domain/Unit.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace dispatch::ui {

class MapProjection;

/// What every item with a caption tells the panel's label layout: where the caption sits on screen around the item's
/// anchor (device pixels, the items ignore the zoom), and the symbol's own box, which no other caption may cover.
struct MapLabel
{
    QPointF anchor;   ///< scene position the boxes are relative to
    QRectF caption;   ///< the caption's box
    QRectF symbol;    ///< the symbol's box (empty for a zone name)
};

/// One zone: its polygon (holes cut out), tinted by circle tier, with its name.
class ZoneItem final : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 1 };
    ZoneItem(const Zone& zone, const MapProjection& projection);
    int type() const override { return Type; }
    qint64 zoneId() const { return m_zoneId; }
    int tier() const { return m_tier; }
    void setHighlighted(bool on);
    /// Overrides the tier tint (warning levels use this); an invalid colour restores it.
    void setTint(const QColor& color);
    static QColor tierColor(int tier);
    MapLabel label() const;
    void setLabelShown(bool shown);
    bool isLabelShown() const;

private:
    void applyBrush();
    qint64 m_zoneId;
    int m_tier;
    QColor m_tint;
    bool m_highlighted = false;
    QGraphicsSimpleTextItem* m_label;
};

/// A fixed-size marker with a caption (staging point, police station), constant on screen at every zoom.
class PlaceItem final : public QGraphicsItem
{
public:
    enum Kind { StagingPointMarker, StationMarker };
    enum { Type = UserType + 2 };
    PlaceItem(Kind kind, const QString& name, const QPointF& pos);
    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    MapLabel label() const;
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }

private:
    Kind m_kind;
    QString m_name;
    qreal m_nameWidth;
    bool m_labelShown = true;
};

/// A unit: a disc coloured by status with its callsign.
class UnitItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit UnitItem(qint64 unitId);
    int type() const override { return Type; }
    qint64 unitId() const { return m_unitId; }
    void update(const Unit& unit, bool stale, const MapProjection& projection);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QColor color() const { return m_color; }
    bool isStale() const { return m_stale; }
    MapLabel label() const;
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }

private:
    qint64 m_unitId;
    QString m_callsign;
    qreal m_callsignWidth = 0;
    QColor m_color;
    bool m_stale = false;
    bool m_labelShown = true;
};

/// An incident: a pin coloured by priority with its number.
class IncidentItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    explicit IncidentItem(qint64 incidentId);
    int type() const override { return Type; }
    qint64 incidentId() const { return m_incidentId; }
    void update(const Incident& incident, const MapProjection& projection);
    void setSelectedPin(bool on);
    /// A breached clock: the pin pulses (a red halo on every other tick).
    void setBreached(bool breached, bool pulseOn);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QColor color() const { return m_color; }
    bool isBreached() const { return m_breached; }
    MapLabel label() const;
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }

private:
    qint64 m_incidentId;
    QString m_label;
    qreal m_labelWidth = 0;
    bool m_labelShown = true;
    QColor m_color;
    bool m_selected = false;
    bool m_breached = false;
    bool m_pulseOn = false;
};

} // namespace dispatch::ui
