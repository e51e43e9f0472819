// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl avl replay: the real binary on a demo store, real captures and hand-made files.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "geo/GeoPoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// A demo store in a temporary folder.
struct DemoStore
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("s.sqlite"));

    DemoStore() { REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0); }

    CtlRun replay(const QStringList& more) const
    {
        return ctl(QStringList{QStringLiteral("avl"), QStringLiteral("replay"), QStringLiteral("--db"), db} + more);
    }
    QJsonObject unit(const QString& callsign) const
    {
        const CtlRun r = ctl({QStringLiteral("units"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("callsign")).toString() == callsign)
                return v.toObject();
        FAIL("no unit " << callsign.toStdString());
        return {};
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }
};

GeoPoint pointOf(const QJsonObject& o)
{
    return {o.value(QStringLiteral("lat")).toDouble(), o.value(QStringLiteral("lon")).toDouble()};
}

const QString kUnit = QStringLiteral("交巡01");

} // namespace

TEST_CASE("dispatchctl avl replay --anchor moves the track to the unit and stores its last fix", "[ctl][avl]")
{
    DemoStore s;
    const GeoPoint before = pointOf(s.unit(kUnit));
    const CtlRun r = s.replay({QStringLiteral("--unit"), kUnit, testDataPath(QStringLiteral("nmea/bundg_zeus_9.log")),
                            QStringLiteral("--anchor"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("unit")).toString() == kUnit);
    CHECK(o.value(QStringLiteral("anchored")).toBool());
    CHECK(o.value(QStringLiteral("lines")).toInt() == 5007);
    CHECK(o.value(QStringLiteral("fixes")).toInt() == 431);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(o.value(QStringLiteral("other")).toInt() == 4568);
    CHECK(o.value(QStringLiteral("comments")).toInt() == 8);
    const QJsonObject after = s.unit(kUnit);
    const GeoPoint stored = pointOf(after);
    CHECK(stored.lat == Approx(o.value(QStringLiteral("lat")).toDouble()).margin(1e-9));
    CHECK(stored.lon == Approx(o.value(QStringLiteral("lon")).toDouble()).margin(1e-9));
    // The boat's last fix is 429.2 m south-west of its first: the unit moved as far, the same way.
    CHECK(geo::distanceMetres(before, stored) == Approx(429.2).margin(0.5));
    CHECK(stored.lat < before.lat);
    CHECK(stored.lon < before.lon);
    CHECK_FALSE(after.value(QStringLiteral("stale")).toBool());
}

TEST_CASE("dispatchctl avl replay without --anchor stores the real coordinates and prints the counts", "[ctl][avl]")
{
    DemoStore s;
    const CtlRun r = s.replay({QStringLiteral("--unit"), kUnit, testDataPath(QStringLiteral("nmea/bt451.log"))});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("交巡01: 39 fix(es) used, 12 sentence(s) rejected (garbage 0, bad checksum 0, "
                                        "no fix 12, implausible 0), 93 other sentence(s) and 12 comment line(s) ignored")));
    CHECK(r.out.contains(QStringLiteral("last fix 55.780272, 23.57834")));
    const GeoPoint stored = pointOf(s.unit(kUnit));
    CHECK(stored.lat == Approx(55.7802722).margin(1e-6));
    CHECK(stored.lon == Approx(23.5783465).margin(1e-6));

    // A file with every kind of reject and two fixes: the last one is stored.
    const QString mixed = s.write(QStringLiteral("mixed.nmea"),
                                  "# hand-made\n"
                                  "$GPGLL,5546.81975,N,02334.70604,E,143308.00,A,A*67\n"
                                  "garbage\n"
                                  "$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A*59\n"
                                  "$GPGGA,120000.00,2246.7340,N,10058.1700,E,0,00,99.9,,,,,,*6F\n"
                                  "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C\n"
                                  "$GNGGA,000000.00,2246.7340,N,10058.1900,E,1,10,0.9,1300.0,M,-30.0,M,,*60\n");
    const CtlRun m = s.replay({QStringLiteral("--unit"), kUnit, mixed, QStringLiteral("--json")});
    REQUIRE(m.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(m.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("lines")).toInt() == 7);
    CHECK(o.value(QStringLiteral("fixes")).toInt() == 2);
    CHECK(o.value(QStringLiteral("garbage")).toInt() == 1);
    CHECK(o.value(QStringLiteral("bad_checksum")).toInt() == 1);
    CHECK(o.value(QStringLiteral("no_fix")).toInt() == 1);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 3);
    CHECK(o.value(QStringLiteral("other")).toInt() == 1);
    CHECK(o.value(QStringLiteral("comments")).toInt() == 1);
    CHECK_FALSE(o.value(QStringLiteral("anchored")).toBool());
    const GeoPoint last = pointOf(s.unit(kUnit));
    CHECK(last.lat == Approx(22.7789).margin(1e-7));
    CHECK(last.lon == Approx(100.969833).margin(1e-6));
}

TEST_CASE("dispatchctl avl replay refuses an unknown unit, an unreadable file or one without a fix", "[ctl][avl]")
{
    DemoStore s;
    const GeoPoint before = pointOf(s.unit(kUnit));
    const QString capture = testDataPath(QStringLiteral("nmea/bt451.log"));

    const CtlRun unknown = s.replay({QStringLiteral("--unit"), QStringLiteral("无此车"), capture});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no unit with callsign \"无此车\"")));

    const QString missingFile = s.dir.filePath(QStringLiteral("none.nmea"));
    const CtlRun missing = s.replay({QStringLiteral("--unit"), kUnit, missingFile});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(missingFile));
    CHECK(missing.err.contains(QStringLiteral("cannot read the NMEA file")));

    const QString indoors = s.write(QStringLiteral("indoors.nmea"), "$GPRMC,,V,,,,,,,,,,N*53\n$GPGGA,,,,,,0,00,99.99,,,,,,*48\n");
    const CtlRun noFix = s.replay({QStringLiteral("--unit"), kUnit, indoors, QStringLiteral("--anchor")});
    CHECK(noFix.exitCode == 1);
    CHECK(noFix.err.contains(indoors + QStringLiteral(": no position fix")));
    CHECK(noFix.err.contains(QStringLiteral("2 without a fix")));

    const CtlRun noUnit = s.replay({capture});
    CHECK(noUnit.exitCode == 2);
    CHECK(noUnit.err.contains(QStringLiteral("--unit")));
    CHECK(ctl({QStringLiteral("avl"), QStringLiteral("play"), QStringLiteral("--db"), s.db, QStringLiteral("--unit"), kUnit,
               capture})
              .exitCode
          == 2);
    CHECK(s.replay({QStringLiteral("--unit"), kUnit}).exitCode == 2);

    // Nothing was stored by any of them.
    const GeoPoint after = pointOf(s.unit(kUnit));
    CHECK(after.lat == Approx(before.lat).margin(1e-12));
    CHECK(after.lon == Approx(before.lon).margin(1e-12));
}
