// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapProjection.h"
#include "store/MapRepository.h"

#include <QList>

class QGraphicsPathItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace dispatch::ui {

/// The streets under the zone panel's units and incidents, from the map the centre loaded: water and green areas,
/// then the roads by class (one path per class, a width and a colour each, drawn the same width at every zoom). Small
/// roads appear only when zoomed in (level of detail): residential and service roads below 10 m a pixel, footways
/// and tracks below 2.5 m a pixel; the main roads always.
class BaseMapLayer
{
public:
    /// Adds the layer's items to `scene` (owned by it). Empty `roads` and `areas`: nothing is added.
    BaseMapLayer(QGraphicsScene& scene, const MapProjection& projection, const QList<MapLine>& roads,
                 const QList<MapLine>& areas);

    /// Shows the classes drawn at this scale.
    void setMetresPerPixel(double metresPerPixel);
    /// How many roads are drawn, and how many of them show at the current scale (tests).
    int roadCount() const { return m_roads; }
    int shownRoads() const;

    /// The class's rank: 0 main (always), 1 minor (below 10 m/px), 2 paths (below 2.5 m/px).
    static int rank(const QString& roadClass);

    /// A road's name written along it, once per name, on the longest straight piece of its roads: the main roads'
    /// below 8 m a pixel, the minor roads' below 2.5 m a pixel. Which of them show is decided with the panel's other
    /// captions, so that no two overlap (ZonePanel::layoutLabels).
    struct RoadLabel
    {
        QGraphicsSimpleTextItem* item;
        QPointF anchor;  ///< the scene point the text is centred on
        double angle;    ///< degrees, kept upright
        int rank;
    };
    const QList<RoadLabel>& labels() const { return m_labels; }
    /// The labels the level of detail lets in at the current scale (the caption layout may hide some of them).
    bool labelAllowed(const RoadLabel& label) const;
    /// The box a label takes in the viewport, its centre at `at` (in viewport pixels).
    static QRectF labelBox(const RoadLabel& label, const QPointF& at);
    /// Road names shown now (tests).
    int shownLabels() const;

private:
    struct Layer
    {
        QGraphicsPathItem* item;
        int rank;
        int roads;
    };
    QList<Layer> m_layers;
    QList<RoadLabel> m_labels;
    double m_metresPerPixel = 1e9;
    int m_roads = 0;
};

} // namespace dispatch::ui
