// SPDX-License-Identifier: GPL-3.0-or-later
// Live positions (AVL): NMEA decoding through Qt Positioning on real captures, bad input counted and
// ignored, replay driven by an injected time, the TCP feed with a good and a malformed client at once.
#include "CatchQt.h"
#include "TestStore.h"

#include "avl/AvlListener.h"
#include "avl/AvlReplay.h"
#include "avl/NmeaDecoder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QString capture(const char* name)
{
    return testDataPath(QStringLiteral("nmea/") + QString::fromLatin1(name));
}

/// Runs the event loop until `done` or 5 s pass (socket I/O in the same process; no fixed sleep).
template<typename F>
bool waitFor(F done)
{
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST_CASE("the real captures decode to the fixes their sentences hold", "[avl]")
{
    // Expected figures computed from the sentences' own fields (RMC status A, GGA quality > 0, GLL status A).
    struct Expect
    {
        const char* file;
        int lines, fixes, comments, noFix, other;
    };
    const Expect expected[] = {
        {"bt451.log", 156, 39, 12, 12, 93},
        {"bundg_zeus_9.log", 5007, 431, 8, 0, 4568},
        {"ublox-zed-f9p-nmea.log", 1027, 87, 12, 0, 928},
    };
    for (const Expect& e : expected) {
        INFO(e.file);
        auto replay = AvlReplay::load(capture(e.file));
        REQUIRE(replay.ok());
        const AvlStats& s = replay->stats();
        CHECK(s.lines == e.lines);
        CHECK(s.fixes == e.fixes);
        CHECK(s.comments == e.comments);
        CHECK(s.noFix == e.noFix);
        CHECK(s.other == e.other);
        CHECK(s.garbage == 0);
        CHECK(s.badChecksum == 0);
        CHECK(replay->fixes().size() == e.fixes);
    }
    // Where the receivers were: Lithuania (55.8 N 23.6 E), New Zealand.
    auto bt = AvlReplay::load(capture("bt451.log"));
    CHECK(bt->fixes().first().position.lat == Approx(55.8).margin(0.2));
    CHECK(bt->fixes().first().position.lon == Approx(23.6).margin(0.2));
    auto nz = AvlReplay::load(capture("ublox-zed-f9p-nmea.log"));
    CHECK(nz->fixes().first().position.lat < -30);
}

TEST_CASE("garbage, bad checksums and sentences without a fix are counted and ignored", "[avl]")
{
    NmeaDecoder d;
    const QByteArray good = "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A";
    REQUIRE(d.decode(good));
    CHECK(d.decode(good)->position.lat == Approx(48.1173));
    CHECK(d.decode(good)->time == QTime(12, 35, 19));
    CHECK_FALSE(d.decode("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6B")); // checksum
    CHECK_FALSE(d.decode("hello there"));
    CHECK_FALSE(d.decode("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W"));   // no checksum
    CHECK_FALSE(d.decode(QByteArray("$GP\x01RMC*00")));
    CHECK_FALSE(d.decode("$GPRMC,123520,V,,,,,,,230394,,*39"));                                      // no fix
    CHECK_FALSE(d.decode("$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39"));                        // other
    CHECK_FALSE(d.decode(QByteArray(300, 'x')));
    CHECK_FALSE(d.decode("# a comment"));
    CHECK_FALSE(d.decode("   "));
    const AvlStats& s = d.stats();
    CHECK(s.fixes == 3);
    CHECK(s.badChecksum == 1);
    CHECK(s.garbage == 4);
    CHECK(s.noFix == 1);
    CHECK(s.other == 1);
    CHECK(s.comments == 1);
    CHECK(s.rejected() == 6);
    CHECK(s.lines == 11); // the blank line is not counted
}

TEST_CASE("a replay plays the fixes at their recorded offsets, moved to the anchor", "[avl]")
{
    const GeoPoint anchor{22.7789, 100.9695};
    auto replay = AvlReplay::load(capture("bt451.log"), anchor);
    REQUIRE(replay.ok());
    auto raw = AvlReplay::load(capture("bt451.log"));
    CHECK(replay->fixes().first().position == anchor);
    // The shape is kept: every fix moved by the same amount.
    const double dLat = anchor.lat - raw->fixes().first().position.lat;
    CHECK(replay->fixes().last().position.lat == Approx(raw->fixes().last().position.lat + dLat));
    CHECK(replay->durationMs() > 0);

    const qint64 t0 = 1'000'000;
    AvlReplay play = std::move(replay).value();
    play.start(t0);
    const QList<AvlReplay::Fix> first = play.advance(t0);
    REQUIRE_FALSE(first.isEmpty());
    for (const auto& f : first)
        CHECK(f.offsetMs == 0);
    CHECK(play.advance(t0).isEmpty()); // nothing new at the same instant
    int played = int(first.size());
    const qint64 half = play.durationMs() / 2;
    for (const auto& f : play.advance(t0 + half)) {
        CHECK(f.offsetMs <= half);
        ++played;
    }
    CHECK_FALSE(play.isFinished());
    played += int(play.advance(t0 + play.durationMs()).size());
    CHECK(play.isFinished());
    CHECK(played == play.fixes().size());

    CHECK(AvlReplay::load(QStringLiteral("/nonexistent.nmea")).errorString().contains(QStringLiteral("/nonexistent.nmea")));
    CHECK(AvlReplay::fromData("hello\n$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39\n", QStringLiteral("x.nmea"))
              .errorString()
              .contains(QStringLiteral("no position fix")));
}

TEST_CASE("the TCP feed stores a good client's fixes while a malformed client is counted and harmless", "[avl]")
{
    TestStore s;
    DispatchService& svc = s.service();
    AvlListener listener(svc);
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0).ok());
    const qint64 unit = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;

    QTcpSocket good, bad, stranger;
    good.connectToHost(QHostAddress::LocalHost, listener.port());
    bad.connectToHost(QHostAddress::LocalHost, listener.port());
    stranger.connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(waitFor([&] { return listener.connectionCount() == 3; }));

    stranger.write("UNIT 不存在\r\n");
    REQUIRE(waitFor([&] { return stranger.canReadLine(); }));
    CHECK(stranger.readLine().startsWith("ERR"));

    good.write("UNIT 城北01\r\n");
    bad.write("UNIT 城南01\r\n");
    REQUIRE(waitFor([&] { return good.canReadLine() && bad.canReadLine(); }));
    CHECK(good.readLine() == QByteArray("OK 城北01\r\n"));
    bad.write(QByteArray(5000, 'z'));             // a runaway line
    bad.write("\n$GPRMC,garbage*00\r\nnot nmea\n"); // bad checksum, garbage
    s.clock().advanceMs(300 * 1000);              // the demo fixes are stale by now
    REQUIRE(svc.isPositionStale(*svc.board().unit(unit)));
    // A piece of the real capture, split at awkward places.
    QFile f(capture("bt451.log"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    good.write(data.left(1000));
    good.write(data.mid(1000));
    REQUIRE(waitFor([&] { return listener.fixesFor(unit) == 39; }));
    CHECK_FALSE(svc.isPositionStale(*svc.board().unit(unit)));
    CHECK(svc.board().unit(unit)->fixAtMs == s.clock().nowMs());
    CHECK(svc.board().unit(unit)->position->lat == Approx(55.8).margin(0.2));
    REQUIRE(waitFor([&] { return listener.totals().garbage >= 2; }));
    const AvlStats t = listener.totals();
    CHECK(t.fixes == 39);
    CHECK(t.garbage == 2); // the runaway line (however it arrives) and "not nmea"
    CHECK(t.badChecksum == 1);
    CHECK(listener.fixesFor(svc.board().unitByCallsign(QStringLiteral("城南01"))->id) == 0);

    CHECK(AvlListener::parseAddress(QStringLiteral("127.0.0.1:4101")).ok());
    CHECK_FALSE(AvlListener::parseAddress(QStringLiteral("127.0.0.1")).ok());
    CHECK_FALSE(AvlListener::parseAddress(QStringLiteral("nowhere:99999")).ok());
}
