// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl zones list / import: the real binary on a demo store and the real San Francisco polygons.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"
#include "ZoneFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch::test;

namespace {

QJsonObject zoneIn(const QJsonArray& zones, const QString& code)
{
    for (const QJsonValue& v : zones)
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("dispatchctl zones lists the zones and imports the SF neighbourhoods", "[ctl][zones]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    CHECK(ctl({QStringLiteral("--help")}).out.contains(QStringLiteral("zones")));

    const CtlRun list = ctl({QStringLiteral("zones"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray demo = QJsonDocument::fromJson(list.out.toUtf8()).array();
    CHECK(demo.size() == 20);
    CHECK(zoneIn(demo, QStringLiteral("renminlu")).value(QStringLiteral("tier")).toInt() == 2);

    const QString sf = testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson"));
    const CtlRun imported = ctl(QStringList{QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db, sf,
                              QStringLiteral("--tier"), QStringLiteral("4"), QStringLiteral("--json")} + demoAdmin(),
                             kDemoAdminPassword);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("file")).toString() == QStringLiteral("sf_analysis_neighborhoods.geojson"));
    CHECK(report.value(QStringLiteral("name_property")).toString() == QStringLiteral("nhood"));
    CHECK(report.value(QStringLiteral("zones")).toInt() == 41);
    CHECK(report.value(QStringLiteral("vertices")).toInt() == 42667);
    CHECK(report.value(QStringLiteral("added")).toArray().size() == 41);
    CHECK(report.value(QStringLiteral("removed")).toArray().isEmpty());

    const QJsonArray all = QJsonDocument::fromJson(
        ctl({QStringLiteral("zones"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out.toUtf8()).array();
    CHECK(all.size() == 61); // merged: the demo zones stay
    const QJsonObject mission = zoneIn(all, QStringLiteral("mission"));
    CHECK(mission.value(QStringLiteral("name")).toString() == QStringLiteral("Mission"));
    CHECK(mission.value(QStringLiteral("tier")).toInt() == 4);
    CHECK(mission.value(QStringLiteral("source")).toString() == QStringLiteral("sf_analysis_neighborhoods.geojson"));

    const CtlRun text = ctl({QStringLiteral("zones"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(text.out.contains(QStringLiteral("Bayview Hunters Point")));
    CHECK(text.out.contains(QStringLiteral("61 zone(s)")));

    // Again, as text: nothing changes, and the counts say so.
    const CtlRun again = ctl(QStringList{QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db, sf,
                           QStringLiteral("--tier"), QStringLiteral("4")} + demoAdmin(),
                          kDemoAdminPassword);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("sf_analysis_neighborhoods.geojson: 41 zone(s), 42667 vertices, names from "
                                            "property \"nhood\"")));
    CHECK(again.out.contains(QStringLiteral("added 0, updated 0, unchanged 41, removed 0")));
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}

TEST_CASE("dispatchctl zones import takes the chosen properties and refuses bad files and unsafe replaces", "[ctl][zones]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QString two = writeTestFile(
        dir, QStringLiteral("two.geojson"),
        featureCollection({geoFeature(R"({"label":"N1","district":"North","circle":1})", polygonGeometry(squareRing(101.1, 22.7, 0.01))),
                           geoFeature(R"({"label":"S1","district":"South"})", polygonGeometry(squareRing(101.1, 22.6, 0.01)))}));
    const QStringList import = QStringList{QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db, two}
                               + demoAdmin();

    const CtlRun ambiguous = ctl(import, kDemoAdminPassword);
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("two.geojson")));
    CHECK(ambiguous.err.contains(QStringLiteral("district, label")));

    const CtlRun chosen = ctl(import + QStringList{QStringLiteral("--name-property"), QStringLiteral("district"),
                                                QStringLiteral("--code-property"), QStringLiteral("label"),
                                                QStringLiteral("--tier-property"), QStringLiteral("circle"),
                                                QStringLiteral("--tier"), QStringLiteral("5")},
                              kDemoAdminPassword);
    INFO(chosen.err.toStdString());
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.out.contains(QStringLiteral("added 2, updated 0, unchanged 0, removed 0")));
    CHECK(chosen.out.contains(QStringLiteral("added: N1, S1")));
    const QJsonArray zones = QJsonDocument::fromJson(
        ctl({QStringLiteral("zones"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out.toUtf8()).array();
    CHECK(zoneIn(zones, QStringLiteral("N1")).value(QStringLiteral("name")).toString() == QStringLiteral("North"));
    CHECK(zoneIn(zones, QStringLiteral("N1")).value(QStringLiteral("tier")).toInt() == 1);
    CHECK(zoneIn(zones, QStringLiteral("S1")).value(QStringLiteral("tier")).toInt() == 5);

    // --replace would drop the demo zones, which the staging points refer to: refused, nothing changes.
    const CtlRun replace = ctl(import + QStringList{QStringLiteral("--name-property"), QStringLiteral("district"),
                                                 QStringLiteral("--code-property"), QStringLiteral("label"),
                                                 QStringLiteral("--replace")},
                               kDemoAdminPassword);
    CHECK(replace.exitCode == 1);
    CHECK(replace.err.contains(QStringLiteral("still referred to")));
    CHECK(replace.err.contains(QStringLiteral("staging point")));
    CHECK(QJsonDocument::fromJson(ctl({QStringLiteral("zones"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                                      .out.toUtf8())
              .array()
              .size()
          == 22);

    const QString open = writeTestFile(dir, QStringLiteral("open.geojson"),
                                       featureCollection({geoFeature(R"({"name":"A"})", polygonGeometry("[[0,0],[1,0],[1,1],[0,1]]"))}));
    const CtlRun bad = ctl(QStringList{QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db, open}
                               + demoAdmin(),
                           kDemoAdminPassword);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("open.geojson: feature 0")));
    CHECK(bad.err.contains(QStringLiteral("not closed")));

    CHECK(ctl(import + QStringList{QStringLiteral("--tier"), QStringLiteral("9")}).exitCode == 2);
    CHECK(ctl({QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(ctl({QStringLiteral("zones"), QStringLiteral("frob"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(ctl({QStringLiteral("zones"), QStringLiteral("list")}).exitCode == 2); // --db missing
}
