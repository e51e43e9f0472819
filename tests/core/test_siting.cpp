// SPDX-License-Identifier: GPL-3.0-or-later
// Where to put staging points (科学布点): maximal covering over the roads, solved by GLPK. A road with three groups of
// incidents whose best cover is known; kept sites, the choice among existing sites only, refusals; the command on San
// Francisco's real calls and streets.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "map/Siting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr double kLat = 22.78, kLon0 = 100.90;

/// A primary road due east, a node every ~100 m for 10 km (45 km/h: 8 s a node).
RoadGraph line()
{
    RoadRecord r;
    r.roadClass = QStringLiteral("primary");
    for (int i = 0; i <= 100; ++i) {
        r.nodes.append(i + 1);
        r.points.append(GeoPoint{kLat, kLon0 + i * 0.000972});
    }
    return RoadGraph::build({r}, RoadProfile::car());
}

GeoPoint at(int node) { return GeoPoint{kLat, kLon0 + node * 0.000972}; }

QList<SitingDemand> groups()
{
    QList<SitingDemand> d;
    for (int i = 0; i < 5; ++i)
        d.append({at(10), QStringLiteral("west")});
    for (int i = 0; i < 3; ++i)
        d.append({at(50), QStringLiteral("middle")});
    for (int i = 0; i < 2; ++i)
        d.append({at(90), QStringLiteral("east")});
    d.append({GeoPoint{kLat + 0.05, kLon0}, QStringLiteral("west")}); // 5.5 km off the road
    return d;
}

} // namespace

TEST_CASE("siting: the best cover of three groups along a road, kept sites and existing ones", "[map][siting]")
{
    const RoadGraph g = line();
    SitingOptions o;
    o.points = 2;
    o.targetSeconds = 60; // about 700 m along the road
    const QList<SitingSite> existing{{QStringLiteral("E"), QStringLiteral("east point"), at(88), true},
                                     {QStringLiteral("W"), QStringLiteral("west point"), at(30), true}};
    const Result<SitingResult> r = Siting::solve(g, groups(), existing, o);
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->incidents == 11);
    CHECK(r->offNetwork == 1);
    CHECK(r->existingOnNetwork == 2);
    CHECK(r->coveredNow == 2); // E reaches the east group; W is 20 nodes (160 s) from the west one
    CHECK(r->coveredProposed == 8); // the west and middle groups
    CHECK(r->optimal);
    CHECK(r->gap == 0);
    REQUIRE(r->chosen.size() == 2);
    for (const SitingChosen& c : r->chosen)
        CHECK_FALSE(c.site.existing);
    CHECK(r->chosen[0].covered == 5);
    CHECK(r->chosen[1].covered == 3);
    CHECK(std::abs(r->chosen[0].site.point.lon - at(10).lon) < 0.006);
    // By zone: now and proposed.
    REQUIRE(r->zones.size() == 3);
    CHECK(r->zones[0].zone == QStringLiteral("west"));
    CHECK(r->zones[0].incidents == 6);
    CHECK(r->zones[0].coveredNow == 0);
    CHECK(r->zones[0].coveredProposed == 5);
    CHECK(r->zones[2].zone == QStringLiteral("east"));
    CHECK(r->zones[2].coveredNow == 2);
    CHECK(r->zones[2].coveredProposed == 0);

    // The east point kept: one more site, the west group.
    o.keep = {QStringLiteral("E")};
    const Result<SitingResult> kept = Siting::solve(g, groups(), existing, o);
    REQUIRE(kept.ok());
    CHECK(kept->coveredProposed == 7);
    CHECK(kept->chosen[0].site.code == QStringLiteral("E"));

    // Among the existing sites only, one of them: the east point reaches 2, the west none.
    o.keep.clear();
    o.points = 1;
    o.amongExisting = true;
    const Result<SitingResult> among = Siting::solve(g, groups(), existing, o);
    REQUIRE(among.ok());
    CHECK(among->candidates == 2);
    CHECK(among->chosen.front().site.code == QStringLiteral("E"));
    CHECK(among->coveredProposed == 2);

    // Backup: three sites, two of them on the west group's road, so that it is reached twice.
    o.amongExisting = false;
    o.points = 4;
    o.backup = true;
    const Result<SitingResult> backup = Siting::solve(g, groups(), existing, o);
    REQUIRE(backup.ok());
    CHECK(backup->coveredProposed == 10);
    CHECK(backup->coveredTwiceProposed == 5); // the fourth site doubles the largest group
}

TEST_CASE("siting: what cannot be sited is refused with the reason", "[map][siting]")
{
    const RoadGraph g = line();
    SitingOptions o;
    o.keep = {QStringLiteral("X")};
    CHECK(Siting::solve(g, groups(), {}, o).errorString().contains(QStringLiteral("no existing site has the code \"X\"")));
    o.keep.clear();
    o.points = 3;
    o.amongExisting = true;
    CHECK(Siting::solve(g, groups(), {{QStringLiteral("E"), QString(), at(88), true}}, o)
              .errorString()
              .contains(QStringLiteral("only 1 candidate sites for 3")));
    CHECK(Siting::solve(RoadGraph{}, groups(), {}, SitingOptions{}).errorString().contains(QStringLiteral("no map is loaded")));
    CHECK(Siting::solve(g, {{GeoPoint{10, 10}, QString()}}, {}, SitingOptions{})
              .errorString()
              .contains(QStringLiteral("no incident of the period lies on the map's roads")));
}

TEST_CASE("dispatchctl siting on San Francisco's calls and streets, against its fire stations", "[ctl][map][siting]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const CtlRun imported = ctl(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                                            QStringLiteral("sf-fire-calls"),
                                            testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"))}
                                    + demoAdmin(),
                                kDemoAdminPassword);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    REQUIRE(ctl({QStringLiteral("map"), QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                 QStringLiteral("admin"), testDataPath(QStringLiteral("map/sf-roads-tiger2013.osm"))},
                "admin110\n")
                .exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("sites.geojson"));
    const QStringList base{QStringLiteral("siting"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                           QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2021-01-01"),
                           QStringLiteral("--sites"), testDataPath(QStringLiteral("sf/sf_fire_stations.geojson")),
                           QStringLiteral("--target"), QStringLiteral("240"), QStringLiteral("--spacing"),
                           QStringLiteral("1000"), QStringLiteral("--json")};
    const CtlRun run = ctl(base + QStringList{QStringLiteral("--points"), QStringLiteral("4"), QStringLiteral("--geojson"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const int incidents = o.value(QStringLiteral("incidents")).toInt();
    CHECK(incidents > 20);
    CHECK(o.value(QStringLiteral("existing_on_network")).toInt() > 40); // the city's stations
    const int now = o.value(QStringLiteral("now")).toObject().value(QStringLiteral("covered")).toInt();
    const int proposed = o.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("covered")).toInt();
    CHECK(now > 0);
    CHECK(proposed > 0);
    CHECK(proposed <= incidents);
    CHECK(o.value(QStringLiteral("sites")).toArray().size() == 4);
    CHECK(o.value(QStringLiteral("solver")).toObject().value(QStringLiteral("optimal")).toBool());
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray().size() == 4);

    // The best four of today's stations reach no more than four sites chosen anywhere.
    const CtlRun among = ctl(base + QStringList{QStringLiteral("--points"), QStringLiteral("4"), QStringLiteral("--among-existing")});
    REQUIRE(among.exitCode == 0);
    const QJsonObject a = QJsonDocument::fromJson(among.out.toUtf8()).object();
    CHECK(a.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("covered")).toInt() <= proposed);
    for (const QJsonValue& s : a.value(QStringLiteral("sites")).toArray())
        CHECK(s.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("existing")).toBool());
    CHECK(ctl({QStringLiteral("siting"), QStringLiteral("--db"), db}).exitCode == 2); // --points is required
}
