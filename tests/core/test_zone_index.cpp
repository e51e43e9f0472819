// SPDX-License-Identifier: GPL-3.0-or-later
// The zone index (point → zone) on real polygons and on imported holes and MultiPolygons.
#include "CatchQt.h"
#include "TestStore.h"
#include "ZoneFiles.h"

#include "geo/ZoneImport.h"
#include "geo/ZoneIndex.h"

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("the zone index agrees with a plain scan over the SF neighbourhoods", "[zones][geo]")
{
    auto file = ZoneImport::readFile(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")), {});
    REQUIRE(file.ok());
    const QList<Zone>& zones = file->zones;
    const ZoneIndex index(zones);
    GeoBox box;
    for (const Zone& z : zones)
        box.extend(z.area.bounds());
    // A 121 × 121 grid over the whole extent, edges included (the index's cells are 64 × 64).
    int inside = 0, several = 0, disagree = 0;
    for (int r = 0; r <= 120; ++r) {
        for (int c = 0; c <= 120; ++c) {
            const GeoPoint p{box.minLat + (box.maxLat - box.minLat) * r / 120.0,
                             box.minLon + (box.maxLon - box.minLon) * c / 120.0};
            int scan = -1, hits = 0;
            for (int z = 0; z < zones.size(); ++z) {
                if (zones[z].area.contains(p)) {
                    scan = scan < 0 ? z : scan;
                    ++hits;
                }
            }
            disagree += index.find(p) != scan;
            inside += scan >= 0;
            several += hits > 1;
        }
    }
    CHECK(disagree == 0);
    CHECK(several == 0);  // the neighbourhoods tile the city
    CHECK(inside > 5000); // of 14,641: the extent is not mostly sea
    CHECK(index.find({box.maxLat + 0.01, box.minLon}) == -1);
    CHECK(index.find({box.minLat, box.minLon - 0.01}) == -1);
}

TEST_CASE("imported zones keep their holes and every part of a MultiPolygon", "[zones][geo]")
{
    QTemporaryDir dir;
    const QByteArray pair = R"({"type":"MultiPolygon","coordinates":[[)" + squareRing(10, 0, 1) + "],["
                            + squareRing(12, 0, 1) + "]]}";
    const QString path = writeTestFile(
        dir, QStringLiteral("holes.geojson"),
        featureCollection({geoFeature(R"({"name":"Ring"})", polygonGeometry(squareRing(0, 0, 3) + "," + squareRing(1, 1, 1))),
                           geoFeature(R"({"name":"Core"})", polygonGeometry(squareRing(1, 1, 1))),
                           geoFeature(R"({"name":"Pair"})", pair)}));
    TestStore s(TestStore::Empty);
    s.service().actAsSystem(QStringLiteral("test-import"));
    auto r = s.service().importZones(path, {});
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->vertices == 25); // five rings (outer and hole, core, two parts) of five positions
    const Board& b = s.service().board();
    auto nameAt = [&](double lat, double lon) {
        const Zone* z = b.zoneAt({lat, lon});
        return z ? z->name : QString();
    };
    CHECK(nameAt(0.5, 0.5) == QStringLiteral("Ring"));
    CHECK(nameAt(1.5, 1.5) == QStringLiteral("Core")); // in Ring's hole
    CHECK(nameAt(2.5, 2.5) == QStringLiteral("Ring"));
    CHECK(nameAt(0.5, 10.5) == QStringLiteral("Pair"));
    CHECK(nameAt(0.5, 12.5) == QStringLiteral("Pair"));
    CHECK(nameAt(0.5, 11.5).isEmpty()); // between the two parts
    CHECK(nameAt(5.0, 5.0).isEmpty());
    const Zone* ring = b.zoneAt({0.5, 0.5});
    REQUIRE(ring != nullptr);
    REQUIRE(ring->area.parts().size() == 1);
    CHECK(ring->area.parts().first().holes.size() == 1); // stored and read back with its hole
}

TEST_CASE("the zone index survives an extent with no height", "[zones][geo]")
{
    // Zones on one parallel: the grid has no height, yet no cell is computed by dividing by zero.
    const Zone flat{1, QStringLiteral("flat"), QStringLiteral("flat"), 3,
                    GeoPolygon({GeoPolygonPart{{{5, 0}, {5, 1}, {5, 2}}, {}}}), {}};
    const ZoneIndex index(QList<Zone>{flat});
    CHECK(index.find({5, 1}) == -1);
    CHECK(index.find({6, 1}) == -1);
}
