// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl map import / map info / route: the real binary on a demo store and central Futian's real roads.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

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
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")}).exitCode == 0);
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
