// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's map loaded from real OpenStreetMap files (../shared/data, copied under tests/data/map): Monaco's PBF
// (roads, points of interest, addresses), central Futian's XML with Chinese street names and nodes of negative ids;
// a truncated file refused with nothing written and the previous map kept; a second import replacing the first; an
// administrator's act only.
#include "CatchQt.h"
#include "TestStore.h"

#include "domain/EventKinds.h"
#include "map/OsmReader.h"
#include "store/EventLog.h"
#include "store/GazetteerQueries.h"
#include "store/MapRepository.h"
#include "store/Sql.h"

#include <QFile>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QString copyCut(const QTemporaryDir& dir, const QString& from, const QString& name, qint64 bytes)
{
    QFile in(from);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QFile out(dir.filePath(name));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(in.read(bytes));
    return out.fileName();
}

} // namespace

TEST_CASE("map: Monaco's PBF read through libosmium: roads, one-way streets, places a caller may name", "[map]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/monaco.osm.pbf")));
    INFO(m.errorString().toStdString());
    REQUIRE(m.ok());
    CHECK(m->source == QStringLiteral("monaco.osm.pbf"));
    CHECK(m->sha256.size() == 64);
    CHECK(m->roads.size() > 1000);
    const auto count = [&](auto pred) { return std::count_if(m->roads.cbegin(), m->roads.cend(), pred); };
    CHECK(count([](const MapRoad& r) { return r.oneway != 0; }) > 100);
    CHECK(count([](const MapRoad& r) { return r.tunnel; }) > 10); // Monaco drives under its rock
    CHECK(count([](const MapRoad& r) { return r.maxspeedKmh == 50.0; }) > 10);
    CHECK(count([](const MapRoad& r) { return r.name == QStringLiteral("Boulevard Albert 1er"); }) > 0);
    for (const MapRoad& r : m->roads) {
        REQUIRE(r.points.size() == r.nodes.size());
        REQUIRE(r.points.size() >= 2);
        REQUIRE(r.points.first().lat > 43.7);
        REQUIRE(r.points.first().lat < 43.8); // Monaco and the communes around it
    }
    const auto places = [&](MapPlace::Kind k) {
        return std::count_if(m->places.cbegin(), m->places.cend(), [k](const MapPlace& p) { return p.kind == k; });
    };
    CHECK(places(MapPlace::Kind::Address) > 0);
    CHECK(places(MapPlace::Kind::Poi) > 100);
    CHECK(std::any_of(m->places.cbegin(), m->places.cend(), [](const MapPlace& p) {
        return p.kind == MapPlace::Kind::Address && !p.houseNumber.isEmpty() && !p.street.isEmpty();
    }));
    CHECK_FALSE(m->areas.isEmpty());
}

TEST_CASE("map: Futian's roads keep their Chinese names, and nodes of negative ids join their ways", "[map]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/futian.osm")));
    INFO(m.errorString().toStdString());
    REQUIRE(m.ok());
    CHECK(m->roads.size() == 2599); // every way of the file is a road (SOURCE.txt)
    CHECK(m->waysWithMissingNodes == 0);
    CHECK(std::any_of(m->roads.cbegin(), m->roads.cend(), [](const MapRoad& r) { return r.name == QStringLiteral("深南大道"); }));
    CHECK(std::count_if(m->roads.cbegin(), m->roads.cend(), [](const MapRoad& r) { return !r.name.isEmpty(); }) == 1309);
}

TEST_CASE("map: an import replaces the map whole; a truncated file is refused and the map held stays", "[map]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    CHECK(svc.mapSummary()->isEmpty());
    const Result<MapSummary> futian = svc.importMap(testDataPath(QStringLiteral("map/futian.osm")));
    INFO(futian.errorString().toStdString());
    REQUIRE(futian.ok());
    CHECK(futian->roads == 2599);
    CHECK(futian->namedRoads == 1309);
    CHECK(futian->source == QStringLiteral("futian.osm"));
    CHECK(futian->minLon == Approx(113.997).margin(0.002));

    // A cut PBF and a cut XML: refused naming the file, nothing written.
    QTemporaryDir dir;
    const QString cutPbf = copyCut(dir, testDataPath(QStringLiteral("map/monaco.osm.pbf")), QStringLiteral("cut.osm.pbf"), 700000);
    const Result<MapSummary> refused = svc.importMap(cutPbf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().where == cutPbf);
    CHECK(refused.errorString().contains(QStringLiteral("not read to its end")));
    const QString cutXml = copyCut(dir, testDataPath(QStringLiteral("map/futian.osm")), QStringLiteral("cut.osm"), 500000);
    CHECK_FALSE(svc.importMap(cutXml).ok());
    CHECK(svc.importMap(dir.filePath(QStringLiteral("roads.shp"))).errorString().contains(QStringLiteral("cannot read the file")));
    CHECK(svc.mapSummary()->roads == 2599);
    CHECK(svc.mapSummary()->source == QStringLiteral("futian.osm"));

    // Monaco in its place: nothing of Futian is left.
    const Result<MapSummary> monaco = svc.importMap(testDataPath(QStringLiteral("map/monaco.osm.pbf")));
    REQUIRE(monaco.ok());
    CHECK(monaco->source == QStringLiteral("monaco.osm.pbf"));
    CHECK(sql::scalar(store.db().connection(), QStringLiteral("SELECT COUNT(*) FROM map_roads WHERE name = '深南大道'")).toInt() == 0);
    CHECK(monaco->minLat > 43.7);
    int imported = 0;
    for (const EventRecord& e : EventLog::range(store.db().connection(), 0, 100000))
        imported += e.kind == events::kMapImported;
    CHECK(imported == 2);

    // The nearest address to a point of the map: its street and number; out at sea, nothing.
    sql::Query a = sql::run(store.db().connection(), QStringLiteral("SELECT street, house_number, lat, lon FROM map_places"
                                                                    " WHERE kind = 'address' AND street <> '' ORDER BY id LIMIT 1"));
    REQUIRE(a.next());
    const GeoPoint at{a.value(2).toDouble(), a.value(3).toDouble()};
    const auto near = GazetteerQueries::nearest(store.db().connection(), GeoPoint{at.lat + 0.0001, at.lon}, 150);
    REQUIRE(near);
    CHECK(near->address);
    CHECK(near->text.startsWith(a.value(0).toString() + u' ' + a.value(1).toString()));
    CHECK(near->metres == Approx(11.1).margin(1.0));
    CHECK_FALSE(GazetteerQueries::nearest(store.db().connection(), GeoPoint{43.60, 7.45}, 150));

    // Points round-trip at a centimetre.
    const QList<GeoPoint> pts{GeoPoint{22.5301234, 114.0123456}, GeoPoint{-33.9, 151.2}};
    const QList<GeoPoint> back = MapRepository::decodePoints(MapRepository::encodePoints(pts));
    REQUIRE(back.size() == 2);
    CHECK(back.first().lon == Approx(114.0123456).margin(1e-7));
    CHECK(MapRepository::decodePoints(u"22.5,x").isEmpty());
}

TEST_CASE("map: a coordinate written with a huge exponent is refused naming its line, not read into an overflow", "[map]")
{
    // Found by fuzzing: libosmium multiplies a coordinate's digits by ten once per unit of its exponent, so
    // lon="100.9E706" overflowed a 64-bit integer inside the library. Such a file is refused before libosmium reads it.
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& lon) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n"
                "  <node id=\"1\" lat=\"22.77\" lon=\"100.96\"/>\n"
                "  <node id=\"2\" lat=\"22.78\" lon=\"" + lon + "\"/>\n"
                "  <way id=\"10\"><nd ref=\"1\"/><nd ref=\"2\"/><tag k=\"highway\" v=\"primary\"/></way>\n</osm>\n");
        return f.fileName();
    };
    for (const QByteArray& lon : {QByteArray("100.9E706"), QByteArray("1&#69;99999"), QByteArray("9999999999e1"),
                                  QByteArray("1e999999999")}) {
        INFO(lon.toStdString());
        const QString path = write(QStringLiteral("huge.osm"), lon);
        const Result<MapData> m = OsmReader::read(path);
        REQUIRE_FALSE(m.ok());
        CHECK(m.error().where == path);
        CHECK(m.errorString().contains(QStringLiteral("line 4")));
        CHECK(m.errorString().contains(QStringLiteral("lon")));
    }
    // An exponent that keeps the coordinate on the Earth is read as libosmium reads it.
    const Result<MapData> small = OsmReader::read(write(QStringLiteral("small.osm"), "1.0097e2"));
    INFO(small.errorString().toStdString());
    REQUIRE(small.ok());
    REQUIRE(small->roads.size() == 1);
    CHECK(small->roads.first().points.last().lon == Approx(100.97).margin(1e-6));
    // Zero to any power is zero: nothing overflows.
    CHECK(OsmReader::read(write(QStringLiteral("zero.osm"), "0e99999")).ok());
}

TEST_CASE("map: a PBF block header without its type is refused naming where, before libosmium reads it", "[map]")
{
    // Found by fuzzing: libosmium compared a missing type as a null string. Each frame: a 4-byte length, a BlobHeader
    // (field 1 the type, field 3 the blob's size), the blob.
    QTemporaryDir dir;
    const auto write = [&](const QByteArray& bytes) {
        QFile f(dir.filePath(QStringLiteral("x.osm.pbf")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return f.fileName();
    };
    const QByteArray untyped = QByteArray::fromHex("00000002" "1805" "0102030405");
    const Result<MapData> m = OsmReader::read(write(untyped));
    REQUIRE_FALSE(m.ok());
    CHECK(m.errorString().contains(QStringLiteral("at byte 0: a block without its type")));
    // A typed first frame, then one without a type: the second frame's place is named.
    const QByteArray typed = QByteArray::fromHex("0000000d" "0a094f534d486561646572" "1801" "00");
    CHECK(OsmReader::read(write(typed + untyped)).errorString().contains(QStringLiteral("at byte 18:")));
    CHECK(OsmReader::read(write(QByteArray::fromHex("7fffffff00"))).errorString().contains(QStringLiteral("at byte 0: a block header of")));
    // A real file walks through.
    CHECK(OsmReader::read(testDataPath(QStringLiteral("map/monaco.osm.pbf"))).ok());
}

TEST_CASE("map: house-number ranges (addr:interpolation) become address points along their way, found by the gazetteer", "[map]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/interpolation.osm")));
    INFO(m.errorString().toStdString());
    REQUIRE(m.ok());
    QHash<QString, GeoPoint> interpolated;
    for (const MapPlace& p : m->places)
        if (p.category == QLatin1String("addr:interpolation")) {
            CHECK(p.kind == MapPlace::Kind::Address);
            CHECK(p.street == QStringLiteral("红荔西路"));
            interpolated.insert(p.houseNumber, p.point);
        }
    // 4, 6, 8 between 2 and 10 (even); 2, 3 between 1 and 4 (all, the street from the way); nothing from a range
    // with "7A" at an end, an end not in the file, or 9,998 numbers.
    CHECK(interpolated.size() == 5);
    REQUIRE(interpolated.contains(QStringLiteral("6")));
    CHECK(interpolated.value(QStringLiteral("6")).lon == Approx(114.0520).margin(1e-6)); // halfway from 2 to 10
    CHECK(interpolated.value(QStringLiteral("4")).lon == Approx(114.0510).margin(1e-6));
    CHECK(interpolated.value(QStringLiteral("3")).lon == Approx(114.05133).margin(2e-5)); // two thirds of the way
    CHECK(interpolated.value(QStringLiteral("3")).lat == Approx(22.5398).margin(1e-6));
    CHECK_FALSE(interpolated.contains(QStringLiteral("9")));

    // Loaded as the centre's map: the gazetteer finds a number that no node carries.
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(store.service().importMap(testDataPath(QStringLiteral("map/interpolation.osm"))).ok());
    const ReadList<GazetteerHit> hits = store.service().findPlaces(QStringLiteral("红荔西路6号"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().text.startsWith(QStringLiteral("红荔西路6")));
    CHECK(hits.first().point.lon == Approx(114.0520).margin(1e-6));
}

TEST_CASE("map: water and green multipolygon relations become areas with their holes; cut and other relations do not",
          "[map]")
{
    const Result<MapData> m = OsmReader::read(testDataPath(QStringLiteral("map/multipolygon.osm")));
    INFO(m.errorString().toStdString());
    REQUIRE(m.ok());
    // The lake of two ways with its island, the park with its pond (itself a water way, drawn as one).
    CHECK(m->areaRelations == 2);
    CHECK(m->relationsSkipped == 1); // the bus route; the cut lake is neither read nor counted as skipped
    QHash<QString, MapArea> byName;
    for (const MapArea& a : m->areas)
        byName.insert(a.name, a);
    REQUIRE(byName.contains(QStringLiteral("测试湖")));
    const MapArea lake = byName.value(QStringLiteral("测试湖"));
    CHECK(lake.kind == MapArea::Kind::Water);
    CHECK(lake.osmId == 500);
    CHECK(lake.ring.size() == 5); // four corners, closed
    REQUIRE(lake.holes.size() == 1);
    CHECK(lake.holes.first().size() == 5);
    CHECK(lake.holes.first().first().lat == Approx(22.5410).margin(1e-6));
    const MapArea park = byName.value(QStringLiteral("测试公园"));
    CHECK(park.kind == MapArea::Kind::Park);
    CHECK(park.holes.size() == 1);
    CHECK(byName.contains(QStringLiteral("小池")));
    CHECK_FALSE(byName.contains(QStringLiteral("切掉的湖")));

    // Kept in the store with their holes, and read back for the base map.
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    const Result<MapSummary> s = store.service().importMap(testDataPath(QStringLiteral("map/multipolygon.osm")));
    REQUIRE(s.ok());
    CHECK(s->water == 2);
    CHECK(s->parks == 1);
    GeoBox box;
    box.extend(GeoPoint{22.52, 114.01});
    box.extend(GeoPoint{22.55, 114.04});
    const ReadList<MapLine> areas = store.service().mapAreas(box);
    REQUIRE(areas.ok());
    const auto lakeRow = std::find_if(areas.cbegin(), areas.cend(), [](const MapLine& l) { return l.name == QStringLiteral("测试湖"); });
    REQUIRE(lakeRow != areas.cend());
    CHECK(lakeRow->kind == QStringLiteral("water"));
    CHECK(lakeRow->points.size() == 5);
    REQUIRE(lakeRow->holes.size() == 1);
    CHECK(lakeRow->holes.first().at(2).lon == Approx(114.0220).margin(1e-6));
}

TEST_CASE("map: only an administrator loads the map", "[map]")
{
    TestStore store; // the demo dispatcher
    const Result<MapSummary> r = store.service().importMap(testDataPath(QStringLiteral("map/futian.osm")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("may not load the map")));
    CHECK(store.service().mapSummary()->isEmpty());
}
