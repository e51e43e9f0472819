// SPDX-License-Identifier: GPL-3.0-or-later
// Live positions (AVL): NMEA decoding through Qt Positioning on real captures, bad input counted and
// ignored, replay offsets and anchoring, playback driven by an injected time, the store and staleness,
// and the TCP feed with good, malformed and refused clients at once.
//
// Every expected figure below was computed apart from this code, by a short Python script that reads the
// sentences' own fields (RMC/GLL status 'A', GGA quality > 0, readable latitude and longitude) and the
// checksums; hand-made sentences carry checksums computed by the same script.
#include "CatchQt.h"
#include "TestStore.h"
#include "WaitFor.h"

#include "avl/AvlListener.h"
#include "avl/AvlReplay.h"
#include "avl/NmeaDecoder.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QString capture(const char* name)
{
    return testDataPath(QStringLiteral("nmea/") + QString::fromLatin1(name));
}

// Hand-made sentences around 22.7789 N 100.9695 E (the demo district), checksums from the script.
const char* const kMidnightTrack =
    "$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A*58\n"   // 23:59:59      → 0
    "$GNGGA,000000.00,2246.7340,N,10058.1900,E,1,10,0.9,1300.0,M,-30.0,M,,*60\n" // next day   → 1000
    "$GLGLL,2246.7340,N,10058.1900,E,,A,A*5D\n"                              // no time        → 1000
    "$BDGGA,000001.50,2246.7340,N,10058.2100,E,1,10,0.9,1300.0,M,-30.0,M,,*60\n" //            → 2500
    "$GBGGA,230001.00,2246.7340,N,10058.2300,E,1,10,0.9,1300.0,M,-30.0,M,,*65\n" // joined file → 2500
    "$GAGGA,230002.00,2246.7340,N,10058.2500,E,1,10,0.9,1300.0,M,-30.0,M,,*63\n"; //           → 3500

} // namespace

TEST_CASE("avl: the real captures decode to the fixes their sentences hold", "[avl]")
{
    struct Expect
    {
        const char* file;
        int lines, fixes, comments, noFix, other;
        qint64 durationMs;
        GeoPoint first, last;
    };
    const Expect expected[] = {
        // Lithuania, GP talker: no fix indoors, stationary, then driving; two captures joined end to end.
        {"bt451.log", 156, 39, 12, 12, 93, 6500, {55.7970178, 23.5690220}, {55.7802722, 23.5783465}},
        // A boat in the Netherlands: positions from GP, heading, wind and depth from SD/WI/II talkers.
        {"bundg_zeus_9.log", 5007, 431, 8, 0, 4568, 148000, {52.8501567, 5.3136200}, {52.8478817, 5.3084567}},
        // Oregon, static: GPGGA, GLGGA and GNRMC for every epoch.
        {"sirfstarv-nmea.log", 377, 177, 10, 0, 190, 58000, {44.0689183, -121.3142600}, {44.0689267, -121.3142583}},
        // New Zealand, static, GN talker, four constellations' satellites.
        {"ublox-zed-f9p-nmea.log", 1027, 87, 12, 0, 928, 28000, {-45.8775672, 170.5001113}, {-45.8775655, 170.5001117}},
    };
    for (const Expect& e : expected) {
        INFO(e.file);
        const auto replay = AvlReplay::load(capture(e.file));
        REQUIRE(replay.ok());
        const AvlStats& s = replay->stats();
        CHECK(s.lines == e.lines);
        CHECK(s.fixes == e.fixes);
        CHECK(s.comments == e.comments);
        CHECK(s.noFix == e.noFix);
        CHECK(s.other == e.other);
        CHECK(s.garbage == 0);
        CHECK(s.badChecksum == 0);
        CHECK(s.lines == s.fixes + s.comments + s.garbage + s.badChecksum + s.noFix + s.implausible + s.other);
        CHECK(replay->fixes().size() == e.fixes);
        CHECK(replay->durationMs() == e.durationMs);
        CHECK(replay->fixes().first().position.lat == Approx(e.first.lat).margin(1e-7));
        CHECK(replay->fixes().first().position.lon == Approx(e.first.lon).margin(1e-7));
        CHECK(replay->fixes().last().position.lat == Approx(e.last.lat).margin(1e-7));
        CHECK(replay->fixes().last().position.lon == Approx(e.last.lon).margin(1e-7));
    }
}

TEST_CASE("avl: every talker's position sentences give fixes, AIS and proprietary sentences are other", "[avl]")
{
    NmeaDecoder d;
    const auto fix = d.decode("$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A*58\r\n");
    REQUIRE(fix);
    CHECK(fix->position.lat == Approx(22.7789).margin(1e-9));
    CHECK(fix->position.lon == Approx(100.9695).margin(1e-9));
    CHECK(fix->time == QTime(23, 59, 59));
    CHECK(fix->date == QDate(2026, 12, 31));
    for (const QByteArray& line : QByteArray(kMidnightTrack).split('\n').mid(1, 5))
        CHECK(d.decode(line)); // GN, GL, BD, GB, GA
    const auto gga = d.decode("$BDGGA,000001.50,2246.7340,N,10058.2100,E,1,10,0.9,1300.0,M,-30.0,M,,*60");
    REQUIRE(gga);
    CHECK(gga->time == QTime(0, 0, 1, 500));
    CHECK_FALSE(gga->date.isValid());
    CHECK_FALSE(d.decode("$GLGLL,2246.7340,N,10058.1900,E,,A,A*5D")->time.has_value());
    CHECK_FALSE(d.decode("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C"));
    CHECK_FALSE(d.decode("$PUBX,00,120000.00,2246.7340,N,10058.1700,E*01"));
    CHECK_FALSE(d.decode("$GPVTG,221.54,T,,M,32.000,N,59.295,K,A*3E"));
    CHECK(d.stats().fixes == 8);
    CHECK(d.stats().other == 3);
    CHECK(d.stats().rejected() == 0);
}

TEST_CASE("avl: garbage, bad checksums and sentences without a fix are counted and ignored", "[avl]")
{
    NmeaDecoder d;
    // Bad checksums: one character changed, and AIS checked as well.
    CHECK_FALSE(d.decode("$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A*59"));
    CHECK_FALSE(d.decode("$GPRMC,235959.00,A,2246.7341,N,10058.1700,E,12.0,90.0,311226,,,A*58"));
    CHECK_FALSE(d.decode("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5D"));
    // Garbage: not a sentence, no checksum, bad hex, non-printable, too long, NUL.
    CHECK_FALSE(d.decode("hello there"));
    CHECK_FALSE(d.decode("$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A"));
    CHECK_FALSE(d.decode("$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*3G"));
    CHECK_FALSE(d.decode(QByteArray("$GPGSA,A,3,04,\x01,09*39")));
    CHECK_FALSE(d.decode(QByteArray("$GPGSA," + QByteArray(NmeaDecoder::kMaxSentence, '1') + "*00")));
    CHECK_FALSE(d.decode(QByteArray("$GP\0RMC*00", 10)));
    CHECK_FALSE(d.decode("\xef\xbb\xbf$GPVTG,221.54,T,,M,32.000,N,59.295,K,A*3E"));
    // No fix: RMC status V, GGA quality 0, GGA without a position, GLL status V, an unreadable latitude.
    CHECK_FALSE(d.decode("$GPRMC,120000.00,V,2246.7340,N,10058.1700,E,,,311226,,,N*48"));
    CHECK_FALSE(d.decode("$GPGGA,120000.00,2246.7340,N,10058.1700,E,0,00,99.9,,,,,,*6F"));
    CHECK_FALSE(d.decode("$GPGGA,120000.00,,,,,1,08,0.9,1300.0,M,-30.0,M,,*49"));
    CHECK_FALSE(d.decode("$GPGLL,2246.7340,N,10058.1700,E,120000.00,V,N*7A"));
    CHECK_FALSE(d.decode("$GPRMC,120000.00,A,22x6.7340,N,10058.1700,E,,,311226,,,A*1C"));
    CHECK_FALSE(d.decode("$GPRMC,,V,,,,,,,,,,N*53")); // bt451 indoors
    // Other and comments; blank lines are not lines.
    CHECK_FALSE(d.decode("$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39"));
    CHECK_FALSE(d.decode("# Moving in car"));
    CHECK_FALSE(d.decode(" \r\n"));
    CHECK_FALSE(d.decode(""));
    d.countCutLine();
    const AvlStats& s = d.stats();
    CHECK(s.badChecksum == 3);
    CHECK(s.garbage == 8);
    CHECK(s.noFix == 6);
    CHECK(s.other == 1);
    CHECK(s.comments == 1);
    CHECK(s.fixes == 0);
    CHECK(s.rejected() == 17);
    CHECK(s.lines == 19);
    // The checks come before Qt: a good line still decodes afterwards.
    CHECK(d.decode("$GPGLL,5546.81975,N,02334.70604,E,143308.00,A,A*67"));
}

TEST_CASE("avl: a time or date that does not exist, and a jump no vehicle makes, are refused and counted", "[avl]")
{
    // A sentence with its checksum, as a receiver would send it.
    const auto nmea = [](const QByteArray& body) -> QByteArray {
        unsigned char sum = 0;
        for (char c : body)
            sum ^= static_cast<unsigned char>(c);
        return QByteArray("$") + body + "*" + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper();
    };
    NmeaDecoder d;
    CHECK(d.decode(nmea("GPRMC,120000.00,A,2246.7340,N,10058.1700,E,12.0,90.0,051226,,,A")));
    // 25:00:00 and 32/13: no receiver says so.
    CHECK_FALSE(d.decode(nmea("GPRMC,250000.00,A,2246.7340,N,10058.1700,E,12.0,90.0,051226,,,A")));
    CHECK_FALSE(d.decode(nmea("GPGGA,126100.00,2246.7340,N,10058.1700,E,1,08,0.9,1300.0,M,-30.0,M,,")));
    CHECK_FALSE(d.decode(nmea("GPRMC,120001.00,A,2246.7340,N,10058.1700,E,12.0,90.0,321326,,,A")));
    CHECK_FALSE(d.decode(nmea("GPGLL,2246.7340,N,10058.1700,E,996000.00,A,A")));
    // Five thousand kilometres in ten seconds (Pu'er to near Moscow): the unit stays where it was.
    CHECK_FALSE(d.decode(nmea("GPRMC,120010.00,A,5545.0000,N,03737.0000,E,12.0,90.0,051226,,,A")));
    // Two hundred metres in ten seconds: a car.
    const auto near = d.decode(nmea("GPRMC,120010.00,A,2246.8340,N,10058.1700,E,12.0,90.0,051226,,,A"));
    REQUIRE(near);
    CHECK(near->position.lat == Approx(22.780567).margin(1e-6));
    CHECK(d.stats().implausible == 5);
    CHECK(d.stats().fixes == 2);
    CHECK(d.stats().rejected() == 5);
    CHECK(d.stats().lines == 7);

    // A receiver that started somewhere wrong: once the fixes after the jump agree with each other, they are the unit.
    NmeaDecoder e;
    REQUIRE(e.decode(nmea("GPRMC,120000.00,A,0000.0000,N,00000.0000,E,0.0,0.0,051226,,,A")));
    CHECK_FALSE(e.decode(nmea("GPRMC,120005.00,A,2246.7340,N,10058.1700,E,0.0,0.0,051226,,,A")));
    CHECK(e.decode(nmea("GPRMC,120006.00,A,2246.7350,N,10058.1700,E,0.0,0.0,051226,,,A")));
    CHECK(e.decode(nmea("GPRMC,120007.00,A,2246.7360,N,10058.1700,E,0.0,0.0,051226,,,A")));
}

TEST_CASE("avl: replay offsets follow the UTC times across midnight and joined captures", "[avl]")
{
    const auto replay = AvlReplay::fromData(kMidnightTrack, QStringLiteral("midnight.nmea"));
    REQUIRE(replay.ok());
    QList<qint64> offsets;
    for (const auto& f : replay->fixes())
        offsets << f.offsetMs;
    CHECK(offsets == QList<qint64>{0, 1000, 1000, 2500, 2500, 3500});

    // Out of order just after midnight: no wait backwards, and the day is not lost.
    const auto back = AvlReplay::fromData("$GNGGA,000000.00,2246.7340,N,10058.1900,E,1,10,0.9,1300.0,M,-30.0,M,,*60\n"
                                          "$GPRMC,235959.00,A,2246.7340,N,10058.1700,E,12.0,90.0,311226,,,A*58\n"
                                          "$BDGGA,000001.50,2246.7340,N,10058.2100,E,1,10,0.9,1300.0,M,-30.0,M,,*60\n",
                                          QStringLiteral("back.nmea"));
    REQUIRE(back.ok());
    CHECK(back->fixes().at(1).offsetMs == 0);
    CHECK(back->fixes().at(2).offsetMs == 2500);
}

TEST_CASE("avl: a replay plays each fix when its offset is due, by the injected time", "[avl]")
{
    auto loaded = AvlReplay::load(capture("bt451.log"));
    REQUIRE(loaded.ok());
    AvlReplay play = std::move(loaded).value();
    const qint64 t0 = 1'700'000'000'000;
    CHECK(play.advance(t0).isEmpty()); // not started
    CHECK_FALSE(play.finished());
    play.start(t0);
    // bt451: one GLL at 0, then RMC+GGA+GLL every 500 ms; the second capture joins at 4000 ms (4 fixes there).
    CHECK(play.advance(t0).size() == 1);
    CHECK(play.advance(t0).size() == 0);
    CHECK(play.advance(t0 + 499).size() == 0);
    CHECK(play.advance(t0 + 500).size() == 3);
    const QList<AvlReplay::Fix> middle = play.advance(t0 + 4000);
    CHECK(middle.size() == 22);
    CHECK(middle.last().offsetMs == 4000);
    CHECK(middle.last().position.lat == Approx(55.7805525).margin(1e-7)); // the car, at its first fix
    CHECK_FALSE(play.finished());
    CHECK(play.advance(t0 + 6499).size() == 12);
    CHECK(play.advance(t0 + 60000).size() == 1);
    CHECK(play.finished());

    // Twice as fast, restarted.
    play.start(t0, 2.0);
    CHECK(play.advance(t0 + 250).size() == 4);
    CHECK(play.advance(t0 + 3250).size() == 35);
    CHECK(play.finished());
}

TEST_CASE("avl: anchoring moves the track to the anchor without stretching it", "[avl]")
{
    const GeoPoint anchor{22.7789, 100.9695};
    for (const char* file : {"bt451.log", "bundg_zeus_9.log"}) {
        INFO(file);
        const auto raw = AvlReplay::load(capture(file));
        const auto moved = AvlReplay::load(capture(file), anchor);
        REQUIRE(raw.ok());
        REQUIRE(moved.ok());
        REQUIRE(moved->fixes().size() == raw->fixes().size());
        CHECK(moved->fixes().first().position == anchor);
        CHECK(moved->stats() == raw->stats());
        const GeoPoint r0 = raw->fixes().first().position;
        for (qsizetype i = 1; i < raw->fixes().size(); ++i) {
            const GeoPoint r = raw->fixes().at(i).position, m = moved->fixes().at(i).position;
            CHECK(moved->fixes().at(i).offsetMs == raw->fixes().at(i).offsetMs);
            // Same distance from the start (to 0.1 % or 5 cm), same side north/south and east/west.
            CHECK(geo::distanceMetres(anchor, m) == Approx(geo::distanceMetres(r0, r)).epsilon(0.001).margin(0.05));
            CHECK((m.lat >= anchor.lat) == (r.lat >= r0.lat));
            CHECK((m.lon >= anchor.lon) == (r.lon >= r0.lon));
        }
    }
    // The arithmetic on one step: 1 km north and 1 km east of the first fix stays 1 km north and east.
    const GeoPoint first{55.8, 23.6};
    const GeoPoint step = geo::offsetMetres(first, 1000.0, 1000.0);
    const GeoPoint there = AvlReplay::moved(step, first, anchor);
    CHECK(geo::distanceMetres(anchor, GeoPoint{there.lat, anchor.lon}) == Approx(1000.0).epsilon(0.0005));
    CHECK(geo::distanceMetres(anchor, GeoPoint{anchor.lat, there.lon}) == Approx(1000.0).epsilon(0.0005));
    // A plain shift in degrees would have stretched east-west by cos(55.8°)/cos(22.8°) ≈ 0.61.
    CHECK(there.lon - anchor.lon < 0.7 * (step.lon - first.lon));
}

TEST_CASE("avl: a replay that cannot be read or holds no fix is refused with the file's name", "[avl]")
{
    const auto missing = AvlReplay::load(QStringLiteral("/nonexistent/track.nmea"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorString().contains(QStringLiteral("/nonexistent/track.nmea")));
    const auto empty = AvlReplay::fromData({}, QStringLiteral("empty.nmea"));
    CHECK(empty.errorString().contains(QStringLiteral("empty.nmea")));
    const auto noFix = AvlReplay::fromData("hello\n$GPRMC,,V,,,,,,,,,,N*53\n$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39\n",
                                           QStringLiteral("indoors.nmea"));
    REQUIRE_FALSE(noFix.ok());
    CHECK(noFix.errorString().startsWith(QStringLiteral("indoors.nmea: no position fix")));
    CHECK(noFix.errorString().contains(QStringLiteral("3 line(s) read: 1 garbage, 0 bad checksum, 1 without a fix")));
}

TEST_CASE("avl: replayed fixes reach the store with the desk's time and go stale after the policy's age", "[avl]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const Unit* unit = svc.board().unitByCallsign(QStringLiteral("城北01"));
    REQUIRE(unit);
    REQUIRE(unit->position);
    const qint64 unitId = unit->id;
    const GeoPoint start = *unit->position;
    auto loaded = AvlReplay::load(capture("bundg_zeus_9.log"), start);
    REQUIRE(loaded.ok());
    AvlReplay replay = std::move(loaded).value();

    // The window's tick, once a second: the last fix due is stored.
    replay.start(s.clock().nowMs());
    int ticks = 0;
    while (!replay.finished() && ticks < 1000) {
        if (const auto due = replay.advance(s.clock().nowMs()); !due.isEmpty())
            REQUIRE(svc.reportPosition(unitId, due.last().position).ok());
        s.clock().advanceSecs(1);
        ++ticks;
    }
    CHECK(ticks == 149); // 148 s of recording, the first fix at once
    const Unit* after = svc.board().unit(unitId);
    const GeoPoint last = replay.fixes().last().position;
    REQUIRE(after->position);
    CHECK(after->position->lat == Approx(last.lat).margin(1e-9));
    CHECK(after->position->lon == Approx(last.lon).margin(1e-9));
    CHECK(after->fixAtMs == s.clock().nowMs() - 1000);
    // The boat ended 429.2 m south-west of its first fix (haversine, by the script): so did the unit.
    CHECK(geo::distanceMetres(start, *after->position) == Approx(429.2).margin(0.5));
    CHECK(after->position->lat < start.lat);
    CHECK(after->position->lon < start.lon);

    const qint64 staleAfter = svc.responsePolicy().staleAfterMs();
    s.clock().setMs(after->fixAtMs + staleAfter);
    CHECK_FALSE(svc.isPositionStale(*svc.board().unit(unitId)));
    s.clock().advanceMs(1);
    CHECK(svc.isPositionStale(*svc.board().unit(unitId)));
}

TEST_CASE("avl: the TCP feed stores a good client's fixes while malformed and unknown clients are harmless", "[avl]")
{
    TestStore s;
    DispatchService& svc = s.service();
    AvlListener listener(svc);
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0).ok());
    REQUIRE(listener.port() != 0);
    QSignalSpy connections(&listener, &AvlListener::connectionsChanged);
    const qint64 good = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    const qint64 bad = svc.board().unitByCallsign(QStringLiteral("城南01"))->id;
    const GeoPoint badBefore = *svc.board().unit(bad)->position;
    s.clock().advanceMs(300 * 1000); // the demo fixes are stale by now
    REQUIRE(svc.isPositionStale(*svc.board().unit(good)));

    QTcpSocket goodClient, badClient, stranger, rude, noisy;
    for (QTcpSocket* c : {&goodClient, &badClient, &stranger, &rude, &noisy})
        c->connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(waitFor([&] { return listener.connectionCount() == 5; }));

    stranger.write("UNIT 无此车\r\n");
    rude.write("HELLO\n$GPGLL,5546.81975,N,02334.70604,E,143308.00,A,A*67\n");
    badClient.write("UNIT 城南01\n");
    noisy.write("UNIT 城南01\r\n");
    REQUIRE(waitFor([&] { return stranger.canReadLine() && rude.canReadLine() && badClient.canReadLine(); }));
    CHECK(stranger.readLine() == QByteArray("ERR unknown unit 无此车\r\n"));
    CHECK(rude.readLine() == QByteArray("ERR expected UNIT <callsign>\r\n"));
    CHECK(badClient.readLine() == QByteArray("OK 城南01\r\n"));
    REQUIRE(waitFor([&] { return stranger.state() == QAbstractSocket::UnconnectedState
                                 && rude.state() == QAbstractSocket::UnconnectedState; }));
    CHECK(listener.refusedCount() == 2);

    // The good client does not wait for OK; its stream (the real capture) arrives split at awkward places.
    QFile f(capture("bt451.log"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    goodClient.write("UNIT 城北01\r\n" + data.left(1000));
    // Meanwhile: a runaway line, a bad checksum, garbage, a sentence without a fix, binary noise.
    badClient.write(QByteArray(3 * AvlListener::kMaxLine, 'z'));
    noisy.write(QByteArray(64, '\xff') + "\n" + QByteArray(2000, '\0') + "\n");
    REQUIRE(waitFor([&] { return listener.unitFeed(good).stats.lines > 0; }));
    goodClient.write(data.mid(1000, 3333));
    badClient.write("\n$GPRMC,garbage*00\r\nnot nmea\n$GPRMC,,V,,,,,,,,,,N*53\n");
    goodClient.write(data.mid(4333));
    REQUIRE(waitFor([&] { return listener.unitFeed(good).stats.lines == 156 && listener.unitFeed(bad).stats.lines == 6; }));
    goodClient.disconnectFromHost();
    REQUIRE(waitFor([&] { return listener.unitFeed(good).connections == 0 && listener.connectionCount() == 2; }));

    const AvlListener::UnitFeed g = listener.unitFeed(good); // kept after the connection closed
    CHECK(g.stats.fixes == 39);
    CHECK(g.stored == 15); // RMC, GGA and GLL of one epoch are stored once: 15 epochs
    CHECK(g.stats.noFix == 12);
    CHECK(g.stats.comments == 12);
    CHECK(g.stats.other == 93);
    CHECK(g.stats.rejected() == 12);
    const Unit* u = svc.board().unit(good);
    CHECK(u->position->lat == Approx(55.7802722).margin(1e-7)); // the real coordinates: no anchor on a live feed
    CHECK(u->position->lon == Approx(23.5783465).margin(1e-7));
    CHECK(u->fixAtMs == s.clock().nowMs()); // the receive time
    CHECK_FALSE(svc.isPositionStale(*u));

    const AvlListener::UnitFeed b = listener.unitFeed(bad);
    CHECK(b.connections == 2);
    CHECK(b.stored == 0);
    CHECK(b.stats.garbage == 4); // the runaway line, "not nmea", the 0xff line, the NUL line
    CHECK(b.stats.badChecksum == 1);
    CHECK(b.stats.noFix == 1);
    CHECK(svc.board().unit(bad)->position == badBefore);
    const AvlStats t = listener.totals();
    CHECK(t.fixes == 39);
    CHECK(t.lines == 156 + 6);
    CHECK(t.rejected() == 12 + 6);
    CHECK(connections.count() >= 5 + 2 + 3 + 3); // opened, refused, identified, closed

    // The connections that stayed are still served; a last sentence without its line end is read at the close.
    noisy.write("$GPGLL,5546.81975,N,02334.70604,E,143308.00,A,A*67");
    noisy.disconnectFromHost();
    REQUIRE(waitFor([&] { return listener.unitFeed(bad).stored == 1 && listener.connectionCount() == 1; }));
    CHECK(svc.board().unit(bad)->position->lat == Approx(55.7803292).margin(1e-7));
    badClient.write("$GPRMC,143308.50,A,5546.81633,N,02334.70079,E,32.273,221.54,091209,,,A*50\r\n");
    REQUIRE(waitFor([&] { return listener.unitFeed(bad).stored == 2; }));
    CHECK(svc.board().unit(bad)->position->lat == Approx(55.7802722).margin(1e-7));
    CHECK(listener.unitFeed(bad).stats.lines == 8);
    CHECK(listener.totals().lines == 156 + 8);
}

TEST_CASE("avl: the listener's address is HOST:PORT, refused clearly otherwise", "[avl]")
{
    const auto v4 = AvlListener::parseAddress(QStringLiteral("127.0.0.1:4101"));
    REQUIRE(v4.ok());
    CHECK(v4->first == QHostAddress(QHostAddress::LocalHost));
    CHECK(v4->second == 4101);
    CHECK(AvlListener::parseAddress(QStringLiteral("localhost:4101"))->first == QHostAddress(QHostAddress::LocalHost));
    CHECK(AvlListener::parseAddress(QStringLiteral("[::1]:4101"))->first == QHostAddress(QHostAddress::LocalHostIPv6));
    CHECK(AvlListener::parseAddress(QStringLiteral("0.0.0.0:4101"))->first == QHostAddress(QHostAddress::AnyIPv4));
    CHECK(AvlListener::parseAddress(QStringLiteral("127.0.0.1")).errorString().contains(QStringLiteral("no port")));
    CHECK(AvlListener::parseAddress(QStringLiteral("127.0.0.1:99999")).errorString().contains(QStringLiteral("not a port")));
    CHECK(AvlListener::parseAddress(QStringLiteral("127.0.0.1:0")).errorString().contains(QStringLiteral("not a port")));
    CHECK(AvlListener::parseAddress(QStringLiteral("nowhere:4101")).errorString().contains(QStringLiteral("not an IP address")));
    CHECK_FALSE(AvlListener::parseAddress(QStringLiteral(":4101")).ok());

    // A port already taken is refused with the address.
    TestStore s;
    AvlListener first(s.service()), second(s.service());
    REQUIRE(first.listen(QHostAddress::LocalHost, 0).ok());
    const Status taken = second.listen(QHostAddress::LocalHost, first.port());
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errorString().contains(QString::number(first.port())));
    CHECK_FALSE(second.isListening());
}

TEST_CASE("avl: units standing still are fixed again in one step; a newer fix and a unit without a position are left alone", "[avl]")
{
    TestStore s;
    DispatchService& svc = s.service();
    QList<qint64> ids = svc.board().unitIds();
    REQUIRE(ids.size() >= 3);
    const qint64 moved = ids[0];      // reported a moment ago: its fix is newer than the confirmation
    const qint64 nowhere = ids[1];    // no position at all
    const Unit before = *svc.board().unit(moved);
    REQUIRE(before.position);
    const qint64 t0 = s.clock().nowMs();
    REQUIRE(svc.reportPosition(moved, *before.position, t0 + 5000).ok());
    sql::run(s.db().connection(), QStringLiteral("UPDATE units SET lat = NULL, lon = NULL, fix_at = NULL WHERE id = ?"),
             {nowhere});
    s.reopen(); // the board reads the unit without a position
    DispatchService& again = s.service();
    QSignalSpy changed(&again, &DispatchService::unitsChanged);

    REQUIRE(again.confirmPositions(ids, t0 + 1000).ok());
    REQUIRE(changed.count() == 1);
    const QList<qint64> reported = changed.first().first().value<QList<qint64>>();
    CHECK_FALSE(reported.contains(moved));
    CHECK_FALSE(reported.contains(nowhere));
    CHECK(reported.size() == ids.size() - 2);
    for (qint64 id : ids) {
        const Unit* onBoard = again.board().unit(id);
        REQUIRE(onBoard);
        const qint64 stored = sql::scalar(s.db().connection(), QStringLiteral("SELECT coalesce(fix_at, 0) FROM units WHERE id = ?"),
                                          {id}).toLongLong();
        INFO("unit " << onBoard->callsign.toStdString());
        CHECK(onBoard->fixAtMs == stored); // the board was told without reading the roster again
        if (id == moved)
            CHECK(stored == t0 + 5000);
        else if (id == nowhere)
            CHECK(stored == 0);
        else if (onBoard->position)
            CHECK(stored == t0 + 1000);
    }
    // The same confirmation again changes nothing and tells nobody.
    changed.clear();
    REQUIRE(again.confirmPositions(ids, t0 + 1000).ok());
    CHECK(changed.isEmpty());
}
