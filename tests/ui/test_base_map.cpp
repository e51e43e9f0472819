// SPDX-License-Identifier: GPL-3.0-or-later
// The zone panel draws the streets of the map the centre loaded under its units and incidents; small roads only when
// zoomed in.
#include "CatchQt.h"
#include "TestStore.h"

#include "map/BaseMapLayer.h"
#include "map/ZonePanel.h"
#include "domain/Unit.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

TEST_CASE("base map: the loaded streets drawn on the zone panel, small roads only when zoomed in", "[ui][map]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    {
        ZonePanel bare(store.service());
        CHECK(bare.baseMap() == nullptr); // no map loaded: no streets, as before
    }
    REQUIRE(store.service().importMap(testDataPath(QStringLiteral("map/demo-streets.osm"))).ok());
    ZonePanel panel(store.service());
    panel.resize(500, 500);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.fitDistrict();
    QCoreApplication::processEvents(); // the labels' (and the level of detail's) pass
    BaseMapLayer* streets = panel.baseMap();
    REQUIRE(streets);
    CHECK(streets->roadCount() == 3);
    const double mpp = 1.0 / panel.transform().m11();
    INFO("metres per pixel " << mpp);
    REQUIRE(mpp > 10.0);
    CHECK(streets->shownRoads() == 1); // the primary road alone at the district's scale
    REQUIRE(streets->labels().size() == 2); // 人民路 and 月光路; the footway has no name
    CHECK(streets->shownLabels() == 0);     // no street name at the district's scale

    panel.zoomBy(mpp / 5.0); // 5 m a pixel: residential streets appear
    QCoreApplication::processEvents();
    CHECK(1.0 / panel.transform().m11() == Approx(5.0));
    CHECK(streets->shownRoads() == 2);
    panel.centerOn(panel.projection().toScene(GeoPoint{22.7795, 100.9685}));
    panel.layoutLabels();
    CHECK(streets->shownLabels() == 1); // the main road's name; a residential street's only nearer
    panel.zoomBy(5.0); // 1 m a pixel: footways too
    panel.centerOn(panel.projection().toScene(GeoPoint{22.7798, 100.9680}));
    QCoreApplication::processEvents();
    CHECK(streets->shownRoads() == 3);
    panel.layoutLabels();
    CHECK(streets->shownLabels() == 2);
    // Written along their roads, and never over one another.
    QList<QRectF> boxes;
    for (const BaseMapLayer::RoadLabel& l : streets->labels()) {
        CHECK(std::abs(l.item->rotation()) <= 90.0);
        if (l.item->isVisible())
            boxes.append(BaseMapLayer::labelBox(l, panel.viewportTransform().map(l.anchor)));
    }
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            CHECK_FALSE(boxes[i].intersects(boxes[j]));

    CHECK(BaseMapLayer::rank(QStringLiteral("primary_link")) == 0);
    CHECK(BaseMapLayer::rank(QStringLiteral("service")) == 1);
    CHECK(BaseMapLayer::rank(QStringLiteral("steps")) == 2);
}

TEST_CASE("base map: a recommended unit's line follows the roads when it is on them", "[ui][map]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    REQUIRE(svc.importMap(testDataPath(QStringLiteral("map/demo-streets.osm"))).ok());
    qint64 unitId = 0;
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u && u->type != QStringLiteral("foot") && u->type != QStringLiteral("mediator")) {
            unitId = id;
            break;
        }
    REQUIRE(unitId);
    REQUIRE(svc.reportPosition(unitId, GeoPoint{22.7701, 100.9601}).ok());
    store.signIn(QStringLiteral("dispatcher"));
    IncidentDraft d;
    d.summary = QStringLiteral("人民路口两车相撞");
    d.category = QStringLiteral("traffic");
    d.priority = 2;
    d.position = GeoPoint{22.7899, 100.9799};
    const Result<qint64> created = svc.createIncident(d);
    INFO(created.errorString().toStdString());
    REQUIRE(created.ok());
    const qint64 incident = *created;
    ZonePanel panel(svc);
    panel.setRecommendedUnits(incident, {unitId});
    REQUIRE(panel.recommendationLineCount() == 1);
    QGraphicsPathItem* drawn = nullptr;
    for (QGraphicsItem* item : panel.scene()->items())
        if (auto* p = qgraphicsitem_cast<QGraphicsPathItem*>(item); p && p->zValue() == 25)
            drawn = p;
    REQUIRE(drawn);
    CHECK(drawn->toolTip().endsWith(QStringLiteral(", by road")));
    CHECK(drawn->pen().style() == Qt::SolidLine);
    CHECK(drawn->path().elementCount() >= 5); // the unit, its node, the road's middle node, the incident's node, the incident
}
