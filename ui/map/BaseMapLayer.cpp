// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/BaseMapLayer.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>
#include <QPen>

namespace dispatch::ui {

namespace {

struct Style
{
    QColor colour;
    double width; ///< pixels, the same at every zoom
    double z;     ///< the larger roads over the smaller
};

Style styleOf(const QString& cls)
{
    const QString base = cls.endsWith(QLatin1String("_link")) ? cls.chopped(5) : cls;
    if (base == QLatin1String("motorway"))
        return {QColor(0xe8, 0x92, 0x2e), 4.0, 2.9};
    if (base == QLatin1String("trunk"))
        return {QColor(0xf0, 0xa8, 0x40), 3.5, 2.8};
    if (base == QLatin1String("primary"))
        return {QColor(0xf7, 0xd0, 0x6b), 3.0, 2.7};
    if (base == QLatin1String("secondary"))
        return {QColor(0xfa, 0xe4, 0x9a), 2.5, 2.6};
    if (base == QLatin1String("tertiary"))
        return {QColor(0xff, 0xff, 0xff), 2.2, 2.5};
    if (BaseMapLayer::rank(cls) == 1)
        return {QColor(0xfa, 0xfa, 0xfa), 1.4, 2.4};
    return {QColor(0x9e, 0x9e, 0x9e), 0.8, 2.3}; // footways, paths, tracks
}

QPainterPath line(const QList<GeoPoint>& points, const MapProjection& proj)
{
    QPainterPath p;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF at = proj.toScene(points.at(i));
        if (i == 0)
            p.moveTo(at);
        else
            p.lineTo(at);
    }
    return p;
}

} // namespace

int BaseMapLayer::rank(const QString& cls)
{
    static const QHash<QString, int> ranks{
        {QStringLiteral("motorway"), 0},      {QStringLiteral("motorway_link"), 0}, {QStringLiteral("trunk"), 0},
        {QStringLiteral("trunk_link"), 0},    {QStringLiteral("primary"), 0},       {QStringLiteral("primary_link"), 0},
        {QStringLiteral("secondary"), 0},     {QStringLiteral("secondary_link"), 0}, {QStringLiteral("tertiary"), 0},
        {QStringLiteral("tertiary_link"), 0}, {QStringLiteral("unclassified"), 1},  {QStringLiteral("residential"), 1},
        {QStringLiteral("living_street"), 1}, {QStringLiteral("service"), 1},       {QStringLiteral("road"), 1},
        {QStringLiteral("pedestrian"), 1}};
    return ranks.value(cls, 2);
}

BaseMapLayer::BaseMapLayer(QGraphicsScene& scene, const MapProjection& projection, const QList<MapLine>& roads,
                           const QList<MapLine>& areas)
{
    // Water and green areas first, flat, under everything of the map.
    QPainterPath water, green;
    water.setFillRule(Qt::WindingFill);
    green.setFillRule(Qt::WindingFill);
    for (const MapLine& a : areas) {
        QPainterPath ring = line(a.points, projection);
        ring.closeSubpath();
        (a.kind == QLatin1String("water") ? water : green).addPath(ring);
    }
    for (const auto& [path, colour] : {std::pair{water, QColor(0xaa, 0xd3, 0xdf)}, std::pair{green, QColor(0xc8, 0xe6, 0xb4)}}) {
        if (path.isEmpty())
            continue;
        auto* item = scene.addPath(path, Qt::NoPen, colour);
        item->setZValue(2.0);
        m_layers.append({item, 0, 0});
    }
    // The roads, one path per class.
    QHash<QString, QPainterPath> byClass;
    QHash<QString, int> counts;
    for (const MapLine& r : roads) {
        if (r.points.size() < 2)
            continue;
        byClass[r.kind].addPath(line(r.points, projection));
        ++counts[r.kind];
        ++m_roads;
    }
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const Style s = styleOf(it.key());
        // A grey casing under the lighter roads, so that a white street reads on a light zone.
        QPen casing(QColor(0x90, 0x90, 0x90), s.width + 1.2);
        casing.setCosmetic(true);
        casing.setCapStyle(Qt::RoundCap);
        casing.setJoinStyle(Qt::RoundJoin);
        auto* under = scene.addPath(it.value(), casing);
        under->setZValue(s.z - 0.05 - 0.5);
        QPen pen(s.colour, s.width);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        auto* item = scene.addPath(it.value(), pen);
        item->setZValue(s.z);
        const int r = rank(it.key());
        m_layers.append({under, r, 0});
        m_layers.append({item, r, counts.value(it.key())});
    }
}

void BaseMapLayer::setMetresPerPixel(double mpp)
{
    for (Layer& l : m_layers)
        l.item->setVisible(l.rank == 0 || (l.rank == 1 && mpp < 10.0) || (l.rank == 2 && mpp < 2.5));
}

int BaseMapLayer::shownRoads() const
{
    int n = 0;
    for (const Layer& l : m_layers)
        if (l.item->isVisible())
            n += l.roads;
    return n;
}

} // namespace dispatch::ui
