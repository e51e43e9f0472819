// SPDX-License-Identifier: GPL-3.0-or-later
// The vehicles' road speeds fitted to history: a grid of streets with a main road where the true speeds and start-up
// time are known and the journeys are timed by them (a few with a stop on the way), which the fit must recover from
// the built-in speeds and beat the straight line on; the choice of journeys (the unit's station from its name, its
// own area, plausible times, the latest held out); a profile file read and refused field by field; the start-up time
// counted once in every time by road; the command on San Francisco's engines and the profile put to use.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "map/SpeedCalibration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr double kLat = 22.78, kLon = 100.90, kStep = 0.0009; // ~100 m of latitude, ~92 m of longitude

GeoPoint at(int row, int col)
{
    return GeoPoint{kLat + row * kStep, kLon + col * kStep};
}

/// Residential streets on a 21 × 21 grid, the middle row a primary road.
QList<RoadRecord> grid()
{
    QList<RoadRecord> roads;
    const auto id = [](int row, int col) { return qint64(row * 100 + col + 1); };
    for (int row = 0; row <= 20; ++row) {
        RoadRecord r;
        r.roadClass = row == 10 ? QStringLiteral("primary") : QStringLiteral("residential");
        for (int col = 0; col <= 20; ++col) {
            r.nodes.append(id(row, col));
            r.points.append(at(row, col));
        }
        roads.append(r);
    }
    for (int col = 0; col <= 20; ++col) {
        RoadRecord r;
        r.roadClass = QStringLiteral("residential");
        for (int row = 0; row <= 20; ++row) {
            r.nodes.append(id(row, col));
            r.points.append(at(row, col));
        }
        roads.append(r);
    }
    return roads;
}

RoadProfile truth()
{
    RoadProfile p = RoadProfile::car();
    p.name = QStringLiteral("truth");
    p.maxspeedShare = 0;
    for (auto it = p.speedKmh.begin(); it != p.speedKmh.end(); ++it)
        it.value() *= 1.25; // every class a quarter faster than the built-in speeds …
    p.speedKmh.insert(QStringLiteral("primary"), 60); // … the main road much faster
    p.startSeconds = 45;
    return p;
}

} // namespace

TEST_CASE("calibration: the speeds and start-up time the journeys were driven at are found again", "[map][calibration]")
{
    const QList<RoadRecord> roads = grid();
    const RoadGraph real = RoadGraph::build(roads, truth());
    const QList<GeoPoint> stations{at(2, 3), at(17, 15)};
    QList<CalibrationTrip> trips;
    int n = 0;
    for (int row = 0; row <= 20; row += 2)
        for (int col = 0; col <= 20; col += 1) {
            const GeoPoint from = stations.at((row + col) % 2);
            const GeoPoint to = at(row, col);
            const auto t = real.timesTo(to, {from}).first();
            REQUIRE(t);
            double seconds = t->seconds;
            if (n % 25 == 7)
                seconds += 400; // stopped on the way: a median fit does not follow it
            trips.append({from, to, seconds, n % 3 == 0});
            ++n;
        }
    const Result<CalibrationResult> r = SpeedCalibration::fit(roads, trips, RoadProfile::car());
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->offNetwork == 0);
    CHECK(r->fitTrips + r->holdoutTrips == trips.size());
    CHECK(r->profile.startSeconds == Approx(45).margin(1.5));
    CHECK(r->profile.speedKmh.value(QStringLiteral("primary")) == Approx(60).margin(1.5));
    CHECK(r->profile.speedKmh.value(QStringLiteral("residential")) == Approx(25 * 1.25).margin(0.5));
    // The local group kept its proportions: a service road is as much slower than a street as it was.
    CHECK(r->profile.speedKmh.value(QStringLiteral("service")) / r->profile.speedKmh.value(QStringLiteral("residential"))
          == Approx(15.0 / 25.0).margin(0.01));
    CHECK(r->profile.maxspeedShare == 0);
    for (const CalibrationGroup& g : r->groups) {
        INFO(g.name.toStdString());
        CHECK(g.fitted == (g.name == QLatin1String("primary") || g.name == QLatin1String("local")));
    }
    // The held-out journeys: the fit is right to the second on most, the built-in speeds too quick, the straight line
    // further off than the fit.
    CHECK(r->fittedHeldOut.medianAbsError < 2);
    CHECK(r->fittedHeldOut.within60 > 0.9);
    CHECK(r->startingHeldOut.bias < -10);
    CHECK(r->straightHeldOut.medianAbsError > r->fittedHeldOut.medianAbsError + 5);
    CHECK(r->straightKmh > 5);

    // The file: speeds, start-up, and how it was fitted; read back the same.
    const QJsonObject json = SpeedCalibration::toJson(*r);
    CHECK(json.value(QStringLiteral("fitted")).toObject().value(QStringLiteral("trips")).toInt() == r->fitTrips);
    const Result<RoadProfile> back = RoadProfile::fromJson(json, QStringLiteral("p.json"));
    REQUIRE(back.ok());
    CHECK(back->startSeconds == Approx(r->profile.startSeconds).margin(0.05));
    CHECK(back->speedKmh.value(QStringLiteral("primary")) == Approx(r->profile.speedKmh.value(QStringLiteral("primary"))).margin(0.05));

    // Too few journeys, and no map.
    CHECK(SpeedCalibration::fit(roads, trips.mid(0, 20), RoadProfile::car()).errorString().contains(QStringLiteral("at least 30")));
    CHECK(SpeedCalibration::fit({}, trips, RoadProfile::car()).errorString().contains(QStringLiteral("no map is loaded")));
}

TEST_CASE("calibration: the journeys that tell a speed — the unit's own station, its own area, a plausible time", "[map][calibration]")
{
    const QList<CalibrationStation> stations{{QStringLiteral("1"), at(0, 0)}, {QStringLiteral("2"), at(20, 20)}};
    const QRegularExpression pattern(QStringLiteral("^[A-Za-z]+0*([0-9]+)$"));
    const qint64 t0 = 1'600'000'000'000;
    QList<UnitJourney> journeys;
    for (int i = 0; i < 10; ++i)
        journeys.append({QStringLiteral("E01"), at(1, i % 5), t0 + (10 - i) * 60'000, t0 + (10 - i) * 60'000 + 120'000});
    journeys.append({QStringLiteral("E01"), at(19, 19), t0, t0 + 300'000});      // station 2's area
    journeys.append({QStringLiteral("T09"), at(1, 1), t0, t0 + 120'000});        // no station 9
    journeys.append({QStringLiteral("MEDIC"), at(1, 1), t0, t0 + 120'000});      // no number
    journeys.append({QStringLiteral("E2"), at(18, 18), t0, t0 + 10'000});        // 10 s
    journeys.append({QStringLiteral("E002"), at(18, 18), t0, t0 + 1'300'000});   // 21 min 40 s
    journeys.append({QStringLiteral("E002"), at(18, 18), t0 + 3'600'000, t0 + 3'700'000});
    const TripSelection s = SpeedCalibration::select(journeys, stations, pattern, 0.25);
    CHECK(s.journeys == 16);
    CHECK(s.noStation == 2);
    CHECK(s.outsideOwnArea == 1);
    CHECK(s.implausible == 2);
    REQUIRE(s.trips.size() == 11);
    // In time order; the latest quarter (3 of 11) held out: the last E002 journey among them.
    CHECK(s.trips.last().from.lat == Approx(at(20, 20).lat));
    CHECK(s.trips.last().holdout);
    int held = 0;
    for (const CalibrationTrip& t : s.trips)
        held += t.holdout;
    CHECK(held == 3);
    CHECK(s.trips.first().seconds == Approx(120));
    CHECK_FALSE(s.trips.first().holdout);
}

TEST_CASE("road profile: a file read field by field; the start-up time counted once in every time by road", "[map][calibration]")
{
    const auto refused = [](const char* json) {
        return RoadProfile::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("p.json")).errorString();
    };
    CHECK(refused(R"({"speed_kmh": {"primary": 50}})").contains(QStringLiteral("\"name\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {"primary": 500}})").contains(QStringLiteral("\"speed_kmh.primary\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {"primary": "fast"}})").contains(QStringLiteral("\"speed_kmh.primary\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {}})").contains(QStringLiteral("\"speed_kmh\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {"primary": 50}, "start_seconds": -1})").contains(QStringLiteral("\"start_seconds\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {"primary": 50}, "access_kmh": 0})").contains(QStringLiteral("\"access_kmh\"")));
    CHECK(refused(R"({"name": "x", "speed_kmh": {"primary": 50}})").contains(QStringLiteral("p.json")) == false);

    const QList<RoadRecord> roads = grid();
    RoadProfile slow = RoadProfile::car();
    const RoadGraph plain = RoadGraph::build(roads, slow);
    slow.startSeconds = 30;
    const RoadGraph started = RoadGraph::build(roads, slow);
    const GeoPoint a = at(0, 0), b = at(10, 20);
    CHECK(started.route(a, b)->seconds == Approx(plain.route(a, b)->seconds + 30));
    CHECK(started.timesTo(b, {a}).first()->seconds == Approx(plain.timesTo(b, {a}).first()->seconds + 30));
    CHECK(started.legsFrom(a, {b}).first()->seconds == Approx(plain.route(a, b)->seconds + 30));
    CHECK(started.nodesWithin(a, 29).empty());
    CHECK(started.nodesWithin(a, 90).size() < plain.nodesWithin(a, 90).size());
    CHECK(started.reach(a, 30).isEmpty());
    // The legs split by class add up to the route's length.
    const auto legs = plain.legsFrom(a, {b}).first();
    REQUIRE(legs);
    double metres = legs->accessMetres;
    for (double m : legs->metresByClass)
        metres += m;
    CHECK(metres == Approx(plain.route(a, b)->metres).margin(0.5));
    CHECK(legs->metresByClass.value(QStringLiteral("primary")) > 1000);
}

TEST_CASE("dispatchctl calibrate on San Francisco's engines; the profile put to use by map profile", "[ctl][map][calibration]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    REQUIRE(ctl(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                            QStringLiteral("sf-fire-calls"), testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"))}
                    + demoAdmin(),
                kDemoAdminPassword)
                .exitCode == 0);
    const QStringList base{QStringLiteral("calibrate"), QStringLiteral("--db"), db, QStringLiteral("--stations"),
                           testDataPath(QStringLiteral("sf/sf_fire_stations.geojson")), QStringLiteral("--unit-type"),
                           QStringLiteral("ENGINE")};
    // No map yet: refused, saying why.
    const CtlRun noMap = ctl(base);
    CHECK(noMap.exitCode != 0);
    CHECK(noMap.err.contains(QStringLiteral("no map is loaded")));
    REQUIRE(ctl({QStringLiteral("map"), QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                 QStringLiteral("admin"), testDataPath(QStringLiteral("map/sf-roads-tiger2013.osm"))},
                "admin110\n")
                .exitCode == 0);
    const QString profile = dir.filePath(QStringLiteral("sf.json"));
    const CtlRun run = ctl(base + QStringList{QStringLiteral("--name"), QStringLiteral("sf-engines"), QStringLiteral("--out"),
                                              profile, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject fitted = o.value(QStringLiteral("fitted")).toObject();
    const QJsonObject journeys = fitted.value(QStringLiteral("journeys")).toObject();
    CHECK(journeys.value(QStringLiteral("read")).toInt() == 2636);   // engines with en route and on scene
    CHECK(journeys.value(QStringLiteral("outside_own_area")).toInt() == 602);
    CHECK(fitted.value(QStringLiteral("trips")).toInt() == 1317);
    CHECK(fitted.value(QStringLiteral("held_out_trips")).toInt() == 564);
    const QJsonObject held = fitted.value(QStringLiteral("held_out")).toObject();
    const double fittedError = held.value(QStringLiteral("fitted_profile")).toObject().value(QStringLiteral("median_abs_error_s")).toDouble();
    const double builtinError = held.value(QStringLiteral("starting_profile")).toObject().value(QStringLiteral("median_abs_error_s")).toDouble();
    CHECK(fittedError < builtinError);
    CHECK(fittedError < 45);
    CHECK(o.value(QStringLiteral("start_seconds")).toDouble() > 20);
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("sf-engines"));
    QFile written(profile);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("start_seconds")) == o.value(QStringLiteral("start_seconds")));

    // Put to use: a route's time now includes the start-up; back to the built-in speeds, it does not.
    const QStringList route{QStringLiteral("route"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                            QStringLiteral("37.7749,-122.4194"), QStringLiteral("--to"), QStringLiteral("37.7599,-122.4148"),
                            QStringLiteral("--json")};
    const double before = QJsonDocument::fromJson(ctl(route).out.toUtf8()).object().value(QStringLiteral("seconds")).toDouble();
    CHECK(ctl({QStringLiteral("map"), QStringLiteral("profile"), QStringLiteral("--db"), db, profile}).exitCode != 0); // no --admin
    const CtlRun set = ctl({QStringLiteral("map"), QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                            QStringLiteral("admin"), profile, QStringLiteral("--json")},
                           "admin110\n");
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QJsonObject vehicles = QJsonDocument::fromJson(set.out.toUtf8()).object().value(QStringLiteral("vehicle_profile")).toObject();
    CHECK(vehicles.value(QStringLiteral("name")).toString() == QStringLiteral("sf-engines"));
    const double after = QJsonDocument::fromJson(ctl(route).out.toUtf8()).object().value(QStringLiteral("seconds")).toDouble();
    CHECK(after != Approx(before).margin(1));
    CHECK(after > o.value(QStringLiteral("start_seconds")).toDouble());
    REQUIRE(ctl({QStringLiteral("map"), QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                 QStringLiteral("admin"), QStringLiteral("--builtin")},
                "admin110\n")
                .exitCode == 0);
    CHECK(QJsonDocument::fromJson(ctl(route).out.toUtf8()).object().value(QStringLiteral("seconds")).toDouble() == Approx(before));

    // A profile file with a wrong value: refused naming the file and the field, the store unchanged.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "x", "speed_kmh": {"primary": 900}})");
    f.close();
    const CtlRun refused = ctl({QStringLiteral("map"), QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                                QStringLiteral("admin"), bad},
                               "admin110\n");
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(bad));
    CHECK(refused.err.contains(QStringLiteral("speed_kmh.primary")));
}
