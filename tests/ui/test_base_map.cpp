// SPDX-License-Identifier: GPL-3.0-or-later
// The zone panel draws the streets of the map the centre loaded under its units and incidents; small roads only when
// zoomed in.
#include "CatchQt.h"
#include "TestStore.h"

#include "map/BaseMapLayer.h"
#include "map/ZonePanel.h"

#include <QGraphicsPathItem>
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

    panel.zoomBy(mpp / 5.0); // 5 m a pixel: residential streets appear
    QCoreApplication::processEvents();
    CHECK(1.0 / panel.transform().m11() == Approx(5.0));
    CHECK(streets->shownRoads() == 2);
    panel.zoomBy(5.0); // 1 m a pixel: footways too
    QCoreApplication::processEvents();
    CHECK(streets->shownRoads() == 3);

    CHECK(BaseMapLayer::rank(QStringLiteral("primary_link")) == 0);
    CHECK(BaseMapLayer::rank(QStringLiteral("service")) == 1);
    CHECK(BaseMapLayer::rank(QStringLiteral("steps")) == 2);
}
