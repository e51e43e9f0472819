// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl map import / map info / route: the real binary on a demo store and central Futian's real roads.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("dispatchctl map import, map info and route on Futian's roads", "[ctl][map]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QStringList route{QStringLiteral("route"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                            QStringLiteral("22.5406,114.0112"), QStringLiteral("--to"), QStringLiteral("22.5332,114.0301"),
                            QStringLiteral("--json")};
    const CtlRun none = ctl(route);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("no map is loaded")));
    CHECK(ctl({QStringLiteral("map"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("no map loaded")));

    // A dispatcher may not load it; the administrator does.
    const CtlRun refused = ctl({QStringLiteral("map"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                QStringLiteral("--admin"), QStringLiteral("dispatcher"), testDataPath(QStringLiteral("map/futian.osm"))},
                               "dispatcher110\n");
    CHECK(refused.exitCode != 0);
    const CtlRun loaded = ctl({QStringLiteral("map"), QStringLiteral("import"), QStringLiteral("--db"), db,
                               QStringLiteral("--admin"), QStringLiteral("admin"), testDataPath(QStringLiteral("map/futian.osm")),
                               QStringLiteral("--json")},
                              "admin110\n");
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(loaded.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("roads")).toInt() == 2599);
    CHECK(summary.value(QStringLiteral("named_roads")).toInt() == 1309);

    const CtlRun r = ctl(route);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // 2.1 km as the crow flies, across Xiangmihu's lake and golf course and along divided roads one way: 5.3 km.
    CHECK(o.value(QStringLiteral("metres")).toDouble() > 2100);
    CHECK(o.value(QStringLiteral("metres")).toDouble() < 6000);
    CHECK(o.value(QStringLiteral("seconds")).toDouble() > 150);
    const QJsonObject path = o.value(QStringLiteral("path")).toObject();
    CHECK(path.value(QStringLiteral("type")).toString() == QStringLiteral("LineString"));
    CHECK(path.value(QStringLiteral("coordinates")).toArray().size() > 10);
    CHECK(path.value(QStringLiteral("coordinates")).toArray().first().toArray().at(0).toDouble() == Approx(114.0112));
    CHECK_FALSE(o.value(QStringLiteral("roads")).toArray().isEmpty());

    // Far from every road: refused with the reason.
    const CtlRun off = ctl({QStringLiteral("route"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("22.78,100.97"),
                            QStringLiteral("--to"), QStringLiteral("22.5332,114.0301")});
    CHECK(off.exitCode == 1);
    CHECK(off.err.contains(QStringLiteral("more than 500 m from any road")));
}

TEST_CASE("dispatchctl map addresses and geocode: a Chinese address list, found in traditional characters", "[ctl][map]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QStringList load{QStringLiteral("map"), QStringLiteral("addresses"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                           QStringLiteral("admin"), testDataPath(QStringLiteral("map/futian-addresses.csv"))};
    const CtlRun loaded = ctl(load, "admin110\n");
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("address list futian-addresses.csv")));
    CHECK(loaded.out.contains(QStringLiteral("57 addresses")));

    const CtlRun found = ctl({QStringLiteral("geocode"), QStringLiteral("--db"), db, QStringLiteral("深南大道１８號"),
                              QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    REQUIRE(hits.size() >= 1);
    CHECK(hits.size() <= 3);
    const QJsonObject first = hits.first().toObject();
    CHECK(first.value(QStringLiteral("text")).toString() == QStringLiteral("深南大道18号"));
    CHECK(first.value(QStringLiteral("match")).toString() == QStringLiteral("whole"));
    CHECK(first.value(QStringLiteral("source")).toString() == QStringLiteral("list"));
    CHECK(first.value(QStringLiteral("lat")).toDouble() == Approx(22.536596));
    CHECK(first.value(QStringLiteral("zone")).isNull()); // Futian lies outside the demo district's zones

    const CtlRun text = ctl({QStringLiteral("geocode"), QStringLiteral("--db"), db, QStringLiteral("香蜜湖小学")});
    CHECK(text.out.startsWith(QStringLiteral("福田区农林路12号 (香蜜湖小学)\taddress\t22.544120,114.019750\toutside every zone")));
    CHECK(ctl({QStringLiteral("geocode"), QStringLiteral("--db"), db, QStringLiteral("无此地")}).out.contains(QStringLiteral("no place")));
    CHECK(ctl({QStringLiteral("geocode"), QStringLiteral("--db"), db, QStringLiteral("x"), QStringLiteral("--limit"),
               QStringLiteral("0")}).exitCode == 2);

    // A bad row: the file and line on standard error, the list held unchanged.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("address,lat,lon\n福强路1号,22.53,114.02\n福强路3号,22.531\n");
    f.close();
    const CtlRun refused = ctl({QStringLiteral("map"), QStringLiteral("addresses"), QStringLiteral("--db"), db,
                                QStringLiteral("--admin"), QStringLiteral("admin"), bad},
                               "admin110\n");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(": line 3")));
    const CtlRun info = ctl({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("address_list")).toObject()
              .value(QStringLiteral("addresses")).toInt() == 57);
}
