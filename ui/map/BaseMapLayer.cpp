// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/BaseMapLayer.h"

#include <QGraphicsPathItem>
#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>
#include <vector>

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

/// A closed ring wound one way: counter-clockwise on the scene when `outer`, clockwise for a hole, so that under the
/// winding fill a hole cuts its area out while areas that overlap stay filled.
QPainterPath ring(const QList<GeoPoint>& points, const MapProjection& proj, bool outer)
{
    QPolygonF polygon;
    polygon.reserve(points.size());
    for (const GeoPoint& g : points)
        polygon.append(proj.toScene(g));
    double twiceArea = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF& a = polygon.at(i);
        const QPointF& b = polygon.at((i + 1) % polygon.size());
        twiceArea += a.x() * b.y() - b.x() * a.y();
    }
    if ((twiceArea > 0) != outer)
        std::reverse(polygon.begin(), polygon.end());
    QPainterPath p;
    p.addPolygon(polygon);
    p.closeSubpath();
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
        QPainterPath& path = a.kind == QLatin1String("water") ? water : green;
        path.addPath(ring(a.points, projection, true));
        for (const QList<GeoPoint>& hole : a.holes)
            path.addPath(ring(hole, projection, false));
    }
    for (const auto& [path, colour] : {std::pair{water, QColor(0xaa, 0xd3, 0xdf)}, std::pair{green, QColor(0xc8, 0xe6, 0xb4)}}) {
        if (path.isEmpty())
            continue;
        auto* item = scene.addPath(path, Qt::NoPen, colour);
        item->setZValue(2.0);
        m_layers.append({item, 0, 0});
    }
    // The roads, one path per class and square of the map (kTileMetres a side; each piece of a road in the square
    // of its start): the scene then leaves out the squares not in view, so that a street-level view of a city
    // strokes only its own streets, not every street of the city.
    constexpr double kTileMetres = 500;
    struct Tile
    {
        QString cls;
        qint64 x, y;
        bool operator==(const Tile& o) const { return cls == o.cls && x == o.x && y == o.y; }
    };
    struct TileHash
    {
        std::size_t operator()(const Tile& t) const { return qHash(t.cls) ^ std::size_t(t.x * 73856093) ^ std::size_t(t.y * 19349663); }
    };
    std::unordered_map<Tile, std::pair<QPainterPath, int>, TileHash> byTile;
    std::vector<Tile> order; // the tiles in the order first met, so that the scene is the same at every start
    const auto tileOf = [&](const QString& cls, const QPointF& at) {
        const Tile tile{cls, qint64(std::floor(at.x() / kTileMetres)), qint64(std::floor(at.y() / kTileMetres))};
        auto [it, added] = byTile.try_emplace(tile);
        if (added)
            order.push_back(tile);
        return &it->second;
    };
    for (const MapLine& r : roads) {
        if (r.points.size() < 2)
            continue;
        QPointF from = projection.toScene(r.points.first());
        auto* piece = tileOf(r.kind, from);
        ++piece->second;
        piece->first.moveTo(from);
        for (qsizetype i = 1; i < r.points.size(); ++i) {
            const QPointF to = projection.toScene(r.points.at(i));
            if (auto* here = tileOf(r.kind, from); here != piece) { // the road enters another square
                piece = here;
                piece->first.moveTo(from);
            }
            piece->first.lineTo(to);
            from = to;
        }
        ++m_roads;
    }
    for (const Tile& tile : order) {
        const auto& [path, count] = byTile.at(tile);
        const Style s = styleOf(tile.cls);
        // A grey casing under the lighter roads, so that a white street reads on a light zone.
        // Round ends and bends on the wide main roads; on the thin streets a round join is not seen, and it costs
        // the stroker an arc at every bend of every street in view: square ends (closing the gap where streets
        // meet) and bevelled bends there.
        const bool round = s.width >= 3.0;
        QPen casing(QColor(0x90, 0x90, 0x90), s.width + 1.2);
        casing.setCosmetic(true);
        casing.setCapStyle(round ? Qt::RoundCap : Qt::SquareCap);
        casing.setJoinStyle(round ? Qt::RoundJoin : Qt::BevelJoin);
        auto* under = scene.addPath(path, casing);
        under->setZValue(s.z - 0.05 - 0.5);
        QPen pen(s.colour, s.width);
        pen.setCosmetic(true);
        pen.setCapStyle(round ? Qt::RoundCap : Qt::SquareCap);
        pen.setJoinStyle(round ? Qt::RoundJoin : Qt::BevelJoin);
        auto* item = scene.addPath(path, pen);
        item->setZValue(s.z);
        const int r = rank(tile.cls);
        m_layers.append({under, r, 0});
        m_layers.append({item, r, count});
    }

    // A name per named road, on the longest straight piece of the roads of that name (in scene units).
    struct Piece
    {
        QPointF a, b;
        double length = 0;
        int rank = 2;
    };
    QHash<QString, Piece> longest;
    for (const MapLine& r : roads) {
        const int rk = rank(r.kind);
        if (r.name.isEmpty() || rk > 1)
            continue;
        for (qsizetype i = 0; i + 1 < r.points.size(); ++i) {
            const QPointF a = projection.toScene(r.points.at(i)), b = projection.toScene(r.points.at(i + 1));
            const double len = QLineF(a, b).length();
            Piece& best = longest[r.name];
            if (rk < best.rank || (rk == best.rank && len > best.length)) // on the name's largest class of road
                best = {a, b, len, rk};
        }
    }
    // The main roads first, then the longer pieces: the order in which the caption layout lets them in, the same at
    // every start.
    QStringList names = longest.keys();
    std::sort(names.begin(), names.end(), [&](const QString& x, const QString& y) {
        const Piece &a = longest[x], &b = longest[y];
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.length != b.length ? a.length > b.length : x < y;
    });
    QFont font;
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.5));
    for (const QString& name : std::as_const(names)) {
        const Piece& p = longest[name];
        double angle = std::atan2(p.b.y() - p.a.y(), p.b.x() - p.a.x()) * 180.0 / std::numbers::pi;
        if (angle > 90)
            angle -= 180;
        else if (angle <= -90)
            angle += 180;
        auto* text = scene.addSimpleText(name, font);
        text->setBrush(QColor(0x42, 0x42, 0x42));
        text->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        const QRectF box = text->boundingRect();
        text->setTransformOriginPoint(box.center());
        text->setRotation(angle);
        text->setPos((p.a + p.b) / 2 - box.center());
        text->setZValue(3.0); // over the roads, under the zones' and units' marks
        text->setVisible(false);
        m_labels.append({text, (p.a + p.b) / 2, angle, p.rank});
    }
}

bool BaseMapLayer::labelAllowed(const RoadLabel& l) const
{
    return l.rank == 0 ? m_metresPerPixel < 8.0 : m_metresPerPixel < 2.5;
}

QRectF BaseMapLayer::labelBox(const RoadLabel& l, const QPointF& at)
{
    const QRectF box = l.item->boundingRect();
    const double rad = l.angle * std::numbers::pi / 180.0;
    const double w = std::abs(box.width() * std::cos(rad)) + std::abs(box.height() * std::sin(rad));
    const double h = std::abs(box.width() * std::sin(rad)) + std::abs(box.height() * std::cos(rad));
    return QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
}

int BaseMapLayer::shownLabels() const
{
    int n = 0;
    for (const RoadLabel& l : m_labels)
        n += l.item->isVisible() ? 1 : 0;
    return n;
}

void BaseMapLayer::setMetresPerPixel(double mpp)
{
    m_metresPerPixel = mpp;
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
