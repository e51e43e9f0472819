// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl units, recommend and avl replay: the real binary on a demo store.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch::test;

namespace {

QJsonObject unitIn(const QJsonArray& units, const QString& callsign)
{
    for (const QJsonValue& v : units)
        if (v.toObject().value(QStringLiteral("callsign")).toString() == callsign)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("dispatchctl recommend ranks by ETA against the circle's target and says why units are left out", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const CtlRun r = ctl({QStringLiteral("recommend"), QStringLiteral("--db"), db, QStringLiteral("--lat"),
                       QStringLiteral("22.7795"), QStringLiteral("--lon"), QStringLiteral("100.9712"),
                       QStringLiteral("--priority"), QStringLiteral("1"), QStringLiteral("--types"),
                       QStringLiteral("patrol_car,special_police"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("tier")).toInt() == 2);
    CHECK(o.value(QStringLiteral("arrival_deadline_seconds")).toInt() == 180);
    CHECK(o.value(QStringLiteral("units_needed")).toInt() == 2);
    const QJsonArray c = o.value(QStringLiteral("candidates")).toArray();
    REQUIRE(c.size() == 9);
    CHECK(c.first().toObject().value(QStringLiteral("callsign")).toString() == QStringLiteral("特巡08"));
    int previous = 0;
    for (const QJsonValue& v : c) {
        const int eta = v.toObject().value(QStringLiteral("eta_seconds")).toInt();
        CHECK(eta >= previous);
        CHECK(v.toObject().value(QStringLiteral("meets_deadline")).toBool() == (eta <= 180));
        previous = eta;
    }
    const QJsonObject offDuty = unitIn(o.value(QStringLiteral("excluded")).toArray(), QStringLiteral("城西02"));
    CHECK(offDuty.value(QStringLiteral("reason")).toString() == QStringLiteral("off_duty"));
    CHECK(ctl({QStringLiteral("recommend"), QStringLiteral("--db"), db, QStringLiteral("--lat"), QStringLiteral("95"),
               QStringLiteral("--lon"), QStringLiteral("100")})
              .exitCode
          == 2);
    CHECK(ctl({QStringLiteral("recommend"), QStringLiteral("--db"), db, QStringLiteral("--lat"), QStringLiteral("22.78"),
               QStringLiteral("--lon"), QStringLiteral("100.97"), QStringLiteral("--types"), QStringLiteral("horse")})
              .err.contains(QStringLiteral("unknown unit type")));
}

TEST_CASE("dispatchctl avl replay stores the last fix and units shows it fresh", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QString file = testDataPath(QStringLiteral("nmea/bt451.log"));
    const CtlRun r = ctl({QStringLiteral("avl"), QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
                       QStringLiteral("交巡01"), file, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("fixes")).toInt() == 39);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 12);
    CHECK(o.value(QStringLiteral("no_fix")).toInt() == 12);
    const CtlRun units = ctl({QStringLiteral("units"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(units.exitCode == 0);
    const QJsonObject u = unitIn(QJsonDocument::fromJson(units.out.toUtf8()).array(), QStringLiteral("交巡01"));
    CHECK(u.value(QStringLiteral("lat")).toDouble() == Approx(o.value(QStringLiteral("lat")).toDouble()));
    CHECK(u.value(QStringLiteral("lat")).toDouble() > 55); // the real coordinates, not anchored
    CHECK_FALSE(u.value(QStringLiteral("stale")).toBool());
    CHECK(u.value(QStringLiteral("status")).toString() == QStringLiteral("available_patrol"));

    const CtlRun unknown = ctl({QStringLiteral("avl"), QStringLiteral("replay"), QStringLiteral("--db"), db,
                             QStringLiteral("--unit"), QStringLiteral("无此车"), file});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("无此车")));
    const CtlRun missing = ctl({QStringLiteral("avl"), QStringLiteral("replay"), QStringLiteral("--db"), db,
                             QStringLiteral("--unit"), QStringLiteral("交巡01"), dir.filePath(QStringLiteral("none.nmea"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("none.nmea")));
}
