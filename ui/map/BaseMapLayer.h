// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapProjection.h"
#include "store/MapRepository.h"

#include <QList>

class QGraphicsPathItem;
class QGraphicsScene;

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

private:
    struct Layer
    {
        QGraphicsPathItem* item;
        int rank;
        int roads;
    };
    QList<Layer> m_layers;
    int m_roads = 0;
};

} // namespace dispatch::ui
