// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "demo/DistrictData.h"
#include "geo/GeoJson.h"
#include "geo/ZoneIndex.h"

using namespace dispatch;

TEST_CASE("great-circle distances", "[geo]")
{
    // One degree of latitude is 111.2 km on the mean sphere.
    CHECK(geo::distanceMetres({22.0, 100.0}, {23.0, 100.0}) == Approx(111195).epsilon(0.001));
    // Beijing (39.9042, 116.4074) to Shanghai (31.2304, 121.4737): about 1,067 km.
    CHECK(geo::distanceMetres({39.9042, 116.4074}, {31.2304, 121.4737}) == Approx(1067000).epsilon(0.005));
    CHECK(geo::distanceMetres({22.78, 100.97}, {22.78, 100.97}) == 0.0);

    const GeoPoint origin{22.78, 100.97};
    const GeoPoint moved = geo::offsetMetres(origin, 300, -400);
    CHECK(geo::distanceMetres(origin, moved) == Approx(500).epsilon(0.002));
}

TEST_CASE("the box about a point holds every point within the distance, and no more than a little", "[geo]")
{
    for (const GeoPoint& centre : {GeoPoint{22.78, 100.97}, GeoPoint{0, 0}, GeoPoint{-33.868, -70.651},
                                   GeoPoint{69.649, 18.956}}) {
        INFO("centre " << centre.lat << ", " << centre.lon);
        for (double metres : {50.0, 300.0, 1200.0}) {
            const GeoBox box = geo::boxAround(centre, metres);
            // Around the circle's edge, a point every five degrees of bearing, a hair inside it.
            for (int bearing = 0; bearing < 360; bearing += 5) {
                const double a = bearing * M_PI / 180.0;
                GeoPoint p = geo::offsetMetres(centre, metres * std::cos(a), metres * std::sin(a));
                const double d = geo::distanceMetres(centre, p);
                p = geo::offsetMetres(centre, metres * std::cos(a) * (metres - 0.001) / d,
                                      metres * std::sin(a) * (metres - 0.001) / d);
                REQUIRE(geo::distanceMetres(centre, p) <= metres);
                CHECK(box.contains(p));
            }
            // Its sides are the circle's, within a part in a thousand.
            CHECK(geo::distanceMetres(centre, {box.maxLat, centre.lon}) == Approx(metres).epsilon(0.001));
            CHECK(geo::distanceMetres(centre, {centre.lat, box.maxLon}) == Approx(metres).epsilon(0.001));
        }
    }
}

TEST_CASE("polygons with holes contain points by the even-odd rule", "[geo]")
{
    const GeoRing outer{{0, 0}, {0, 10}, {10, 10}, {10, 0}};
    const GeoRing hole{{4, 4}, {4, 6}, {6, 6}, {6, 4}};
    const GeoPolygon poly({GeoPolygonPart{outer, {hole}}});
    CHECK(poly.contains({1, 1}));
    CHECK_FALSE(poly.contains({5, 5}));   // in the hole
    CHECK_FALSE(poly.contains({11, 5}));  // outside
    CHECK(poly.contains({3.9, 5}));
    CHECK(poly.vertexCount() == 8);
}

TEST_CASE("GeoJSON areas are read and bad features are named by index", "[geo]")
{
    const QByteArray json = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
        {"type":"Feature","properties":{"name":"open"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
        {"type":"Feature","properties":{"name":"line"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
        {"type":"Feature","properties":{"name":"multi"},"geometry":{"type":"MultiPolygon","coordinates":[
            [[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,6],[5,5]],[[5.2,5.2],[5.8,5.2],[5.8,5.8],[5.2,5.8],[5.2,5.2]]]]}},
        {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[500,1],[0,1],[0,0]]]}}
    ]})";
    auto out = GeoJsonReader::read(json, QStringLiteral("zones.geojson"));
    REQUIRE(out.ok());
    REQUIRE(out->features.size() == 2);
    CHECK(out->features[0].index == 0);
    CHECK(out->features[1].index == 3);
    CHECK(out->features[1].polygon.parts().size() == 2);
    CHECK(out->features[1].polygon.parts()[1].holes.size() == 1);
    CHECK_FALSE(out->features[1].polygon.contains({5.5, 5.5})); // lat 5.5, lon 5.5: in the hole
    CHECK(out->features[1].polygon.contains({5.1, 5.1}));
    REQUIRE(out->errors.size() == 3);
    CHECK(out->errors[0].where.contains(QStringLiteral("feature 1")));
    CHECK(out->errors[0].message.contains(QStringLiteral("not closed")));
    CHECK(out->errors[1].where.contains(QStringLiteral("feature 2")));
    CHECK(out->errors[1].message.contains(QStringLiteral("LineString")));
    CHECK(out->errors[2].where.contains(QStringLiteral("feature 4")));
    CHECK(out->errors[2].message.contains(QStringLiteral("out of range")));

    CHECK_FALSE(GeoJsonReader::read("{nope", QStringLiteral("x.geojson")).ok());
    CHECK(GeoJsonReader::read(R"({"type":"Feature"})", QStringLiteral("x.geojson")).errorString().contains(
        QStringLiteral("FeatureCollection")));
}

TEST_CASE("GeoJSON geometry survives a round trip", "[geo]")
{
    const GeoRing outer{{0, 0}, {0, 2}, {2, 2}, {2, 0}};
    const GeoRing hole{{0.5, 0.5}, {0.5, 1}, {1, 1}, {1, 0.5}};
    const GeoPolygon poly({GeoPolygonPart{outer, {hole}}});
    auto back = GeoJsonReader::parseGeometry(GeoJsonReader::toGeometry(poly));
    REQUIRE(back.ok());
    CHECK(back->vertexCount() == poly.vertexCount());
    CHECK_FALSE(back->contains({0.7, 0.7}));
    CHECK(back->contains({1.5, 1.5}));
}

TEST_CASE("the zone index finds the zone of a point in the demo district", "[geo]")
{
    auto district = DistrictLoader::demo();
    REQUIRE(district.ok());
    const QList<Zone>& zones = district->zones;
    const ZoneIndex index(zones);
    auto zoneAt = [&](double lat, double lon) -> QString {
        const int i = index.find({lat, lon});
        return i < 0 ? QString() : zones[i].code;
    };
    // The hospital's 1-minute circle is cut out of 人民路片区 as a hole.
    const GeoPoint hospital = geo::offsetMetres({22.780, 100.970}, 0, -300);
    CHECK(zoneAt(hospital.lat, hospital.lon) == QStringLiteral("hospital"));
    const GeoPoint besideHospital = geo::offsetMetres(hospital, 0, 300);
    CHECK(zoneAt(besideHospital.lat, besideHospital.lon) == QStringLiteral("renminlu"));
    CHECK(zoneAt(23.5, 101.5).isEmpty());

    // Every point of a fine grid over the district lies in exactly one zone: the zones tile it.
    int outside = 0, multiple = 0;
    for (int r = 0; r < 40; ++r) {
        for (int c = 0; c < 40; ++c) {
            const GeoPoint p = geo::offsetMetres({22.780, 100.970}, -2950 + r * 151.0, -2950 + c * 151.0);
            int hits = 0;
            for (const Zone& z : zones)
                hits += z.area.contains(p);
            outside += hits == 0;
            multiple += hits > 1;
        }
    }
    CHECK(outside == 0);
    CHECK(multiple == 0);
}
