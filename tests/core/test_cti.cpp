// SPDX-License-Identifier: GPL-3.0-or-later
// The telephone system's feed (CTI): its lines read with the field named when wrong, the calls as one desk sees them
// (ringing, answered here or elsewhere, abandoned), and the TCP feed taking a peer's events while a malformed client
// and a dropped connection disturb nothing.
#include "CatchQt.h"
#include "WaitFor.h"

#include "cti/CtiListener.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kStart = 1795309200000; // 2026-11-22 09:00 +08:00

CtiEvent event(const QByteArray& line)
{
    auto e = CtiEvents::parseLine(line);
    INFO(e.errorString().toStdString());
    REQUIRE(e.ok());
    return *e;
}

QString problem(const QByteArray& line)
{
    return CtiEvents::parseLine(line).errorString();
}

} // namespace

TEST_CASE("cti: a feed line is read whole, or refused naming the field", "[cti]")
{
    const CtiEvent ring = event(R"({"event":"ringing","call":"C-0001","line":"110","number":"+8613987912345","name":" 王  建国 ",
        "location":{"lat":22.7812,"lon":100.9733,"radius_m":35.4,"source":"gps"},"time":"2026-11-22T09:00:03+08:00"})");
    CHECK(ring.type == CtiEventType::Ringing);
    CHECK(ring.callId == QStringLiteral("C-0001"));
    CHECK(ring.line == QStringLiteral("110"));
    CHECK(ring.number == QStringLiteral("+8613987912345"));
    CHECK(ring.callerName == QStringLiteral("王 建国"));
    REQUIRE(ring.location);
    CHECK(ring.location->point.lat == Approx(22.7812));
    CHECK(ring.location->radiusM == 35);
    CHECK(ring.location->source == QStringLiteral("gps"));
    CHECK(ring.atMs == kStart + 3000);

    const CtiEvent bare = event(R"({"event":"ringing","call":"C-2","line":"119","number":""})");
    CHECK(bare.number.isEmpty()); // a withheld number rings too
    CHECK_FALSE(bare.location);
    CHECK(bare.atMs == 0);
    CHECK(event(R"({"event":"answered","call":"C-2","desk":"110-03"})").desk == QStringLiteral("110-03"));
    CHECK(event(R"({"event":"ended","call":"C-2","outcome":"abandoned","time":"2026-11-22T01:00:09Z"})").abandoned);
    CHECK(event(R"({"event":"location","call":"C-2","location":{"lat":22.78,"lon":100.97}})").location->source
          == QStringLiteral("operator"));

    CHECK(problem("not json") == QStringLiteral("not a JSON object"));
    CHECK(problem(R"({"event":"hangup","call":"C"})") == QStringLiteral("event: ringing, answered, location or ended expected"));
    CHECK(problem(R"({"event":"ringing","line":"110"})").startsWith(QStringLiteral("call: ")));
    CHECK(problem(R"({"event":"ringing","call":"C","line":"999"})").startsWith(QStringLiteral("line: ")));
    CHECK(problem(R"({"event":"ringing","call":"C","line":"110","number":"138-0000"})") == QStringLiteral("number: digits (and + * #) expected"));
    CHECK(problem(R"({"event":"ringing","call":"C","line":"110","location":{"lat":95,"lon":1}})")
          == QStringLiteral("location.lat: a number from -90 to 90 expected"));
    CHECK(problem(R"({"event":"ringing","call":"C","line":"110","location":{"lat":22,"lon":100,"radius_m":-1}})").startsWith(
        QStringLiteral("location.radius_m: ")));
    CHECK(problem(R"({"event":"location","call":"C","location":{"lat":22,"lon":100,"source":"guess"}})")
          == QStringLiteral("location.source: gps, cell, wifi or operator expected"));
    CHECK(problem(R"({"event":"answered","call":"C"})") == QStringLiteral("desk: the desk that answered expected"));
    CHECK(problem(R"({"event":"ended","call":"C","outcome":"dropped"})") == QStringLiteral("outcome: answered or abandoned expected"));
    CHECK(problem(R"({"event":"ended","call":"C","outcome":"answered","time":"2026-11-22 09:00"})").startsWith(QStringLiteral("time: ")));
}

TEST_CASE("cti: calls ring until answered; answered elsewhere stops ringing here; a hang-up before an answer is "
          "abandoned", "[cti]")
{
    RingingCalls calls(QStringLiteral("110-01"));
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"A","line":"110","number":"13800000001"})"), kStart).ok());
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"B","line":"122","number":"13800000002",
        "location":{"lat":22.78,"lon":100.97,"radius_m":900,"source":"cell"}})"), kStart + 2000).ok());
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"C","line":"110","number":"13800000003"})"), kStart + 4000).ok());
    REQUIRE(calls.ringing().size() == 3);
    CHECK(calls.ringing().first().callId == QStringLiteral("A")); // the longest waiting first
    CHECK(calls.ringing().first().ringAtMs == kStart);

    // A second ring of one call is refused and changes nothing.
    const Status again = calls.apply(event(R"({"event":"ringing","call":"A","line":"119"})"), kStart + 5000);
    CHECK(again.errorString() == QStringLiteral("call: call A is already known: a call rings once"));
    CHECK(calls.call(QStringLiteral("A"))->line == QStringLiteral("110"));

    // A sharper fix replaces the cell's circle; a coarser one afterwards does not.
    REQUIRE(calls.apply(event(R"({"event":"location","call":"B","location":{"lat":22.7801,"lon":100.9702,"radius_m":12,"source":"gps"}})"),
                        kStart + 6000).ok());
    REQUIRE(calls.apply(event(R"({"event":"location","call":"B","location":{"lat":22.79,"lon":100.98,"radius_m":2000,"source":"cell"}})"),
                        kStart + 7000).ok());
    CHECK(calls.call(QStringLiteral("B"))->location->radiusM == 12);
    CHECK(calls.apply(event(R"({"event":"location","call":"Z","location":{"lat":22,"lon":100}})"), kStart).errorString().contains(
        QStringLiteral("no call Z rang")));

    // Answered here, answered at another desk, and hung up before anyone answered.
    REQUIRE(calls.apply(event(R"({"event":"answered","call":"A","desk":"110-01"})"), kStart + 8000).ok());
    REQUIRE(calls.apply(event(R"({"event":"answered","call":"B","desk":"110-02"})"), kStart + 9000).ok());
    REQUIRE(calls.apply(event(R"({"event":"ended","call":"C","outcome":"abandoned"})"), kStart + 21000).ok());
    CHECK(calls.ringing().isEmpty());
    CHECK(calls.call(QStringLiteral("A"))->state == PhoneCall::State::AnsweredHere);
    CHECK(calls.call(QStringLiteral("A"))->answeredAtMs - calls.call(QStringLiteral("A"))->ringAtMs == 8000);
    CHECK(calls.call(QStringLiteral("B"))->state == PhoneCall::State::AnsweredElsewhere);
    CHECK(calls.call(QStringLiteral("B"))->answeredBy == QStringLiteral("110-02"));
    REQUIRE(calls.abandoned().size() == 1);
    CHECK(calls.abandoned().first().number == QStringLiteral("13800000003"));
    CHECK(calls.abandoned().first().endedAtMs == kStart + 21000);

    // The end of an answered call; an answer or end of a call this desk never heard ring never rings afterwards.
    REQUIRE(calls.apply(event(R"({"event":"ended","call":"A","outcome":"answered"})"), kStart + 60000).ok());
    CHECK(calls.call(QStringLiteral("A"))->state == PhoneCall::State::Ended);
    REQUIRE(calls.apply(event(R"({"event":"ended","call":"D","outcome":"abandoned"})"), kStart + 61000).ok());
    CHECK(calls.ringing().isEmpty());
    CHECK(calls.abandoned().size() == 1); // a hang-up of a call never seen ringing is not owed a call back here

    // The switch's time is taken unless it is after the receipt or long before it (a switch clock that is off).
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"T1","line":"110","time":"2026-11-22T09:05:00+08:00"})"), kStart + 62000).ok());
    CHECK(calls.call(QStringLiteral("T1"))->ringAtMs == kStart + 62000); // 09:05 is after 09:01:02
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"T2","line":"110","time":"2026-11-22T09:00:50+08:00"})"), kStart + 62000).ok());
    CHECK(calls.call(QStringLiteral("T2"))->ringAtMs == kStart + 50000);
    REQUIRE(calls.apply(event(R"({"event":"ringing","call":"T3","line":"110","time":"2026-11-22T07:00:00+08:00"})"), kStart + 62000).ok());
    CHECK(calls.call(QStringLiteral("T3"))->ringAtMs == kStart + 62000);
    // Answered here with F2, but the caller was gone by then: owed a call back all the same.
    REQUIRE(calls.apply(event(R"({"event":"answered","call":"T1","desk":"110-01"})"), kStart + 63000).ok());
    REQUIRE(calls.apply(event(R"({"event":"ended","call":"T1","outcome":"abandoned"})"), kStart + 64000).ok());
    CHECK(calls.call(QStringLiteral("T1"))->state == PhoneCall::State::Abandoned);
    CHECK(calls.takeAbandoned(QStringLiteral("T1")));

    // Calls over are forgotten after a while; a call still "ringing" long after (its end lost) too; the abandoned
    // one stays until taken off the list.
    calls.forgetEnded(kStart + 60 * 60000, 30 * 60000);
    CHECK(calls.call(QStringLiteral("A")) == nullptr);
    CHECK(calls.call(QStringLiteral("B")) == nullptr);
    CHECK(calls.call(QStringLiteral("T2")) == nullptr); // rang an hour ago and never ended
    CHECK(calls.call(QStringLiteral("C")) != nullptr);
    CHECK(calls.takeAbandoned(QStringLiteral("C")));
    CHECK_FALSE(calls.takeAbandoned(QStringLiteral("C")));
    CHECK(calls.abandoned().isEmpty());
}

TEST_CASE("cti: a desk keeps at most so many calls: a flood of rings is refused, not kept", "[cti]")
{
    RingingCalls calls(QStringLiteral("110-01"));
    for (int i = 0; i < RingingCalls::kMaxCalls; ++i) {
        CtiEvent e;
        e.callId = QStringLiteral("F%1").arg(i);
        e.line = QStringLiteral("110");
        REQUIRE(calls.apply(e, kStart + i).ok());
    }
    CtiEvent one;
    one.callId = QStringLiteral("one-more");
    one.line = QStringLiteral("110");
    CHECK(calls.apply(one, kStart).errorString().contains(QStringLiteral("calls are kept already")));
    CHECK(calls.size() == RingingCalls::kMaxCalls);
    // Nor can answers or ends of calls never heard ringing grow the desk's memory past the limit.
    CtiEvent answered;
    answered.type = CtiEventType::Answered;
    answered.callId = QStringLiteral("answered-only");
    answered.desk = QStringLiteral("110-02");
    CHECK(calls.apply(answered, kStart).errorString().contains(QStringLiteral("calls are kept already")));
    CHECK(calls.size() == RingingCalls::kMaxCalls);
    calls.forgetEnded(kStart + RingingCalls::kMaxRingMs + 2000, 0);
    CHECK(calls.size() == 0);
}

TEST_CASE("cti: the TCP feed takes a peer's events while a malformed client and a dropped connection disturb nothing",
          "[cti]")
{
    ManualClock clock(kStart);
    RingingCalls calls(QStringLiteral("110-01"));
    CtiListener listener(calls, clock);
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0).ok());
    REQUIRE(listener.port() != 0);

    QTcpSocket peer, rude;
    for (QTcpSocket* c : {&peer, &rude})
        c->connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(waitFor([&] { return listener.connectionCount() == 2; }));

    rude.write("GET / HTTP/1.1\r\n{\"event\":\"ringing\"}\r\n");
    rude.write(QByteArray(CtiListener::kMaxLine + 100, 'x'));
    rude.write("yyy\n");
    peer.write(R"({"event":"ringing","call":"C1","line":"110","number":"13800001111","location":{"lat":22.78,"lon":100.97,"radius_m":30,"source":"gps"}})"
               "\r\n"
               R"({"event":"ringing","call":"C2","line":"119","number":"13800002222"})"
               "\n");
    REQUIRE(waitFor([&] { return calls.ringing().size() == 2 && listener.stats().malformed == 3; }));
    CHECK(calls.call(QStringLiteral("C1"))->ringAtMs == kStart); // no time on the line: the desk's receive time
    CHECK(listener.stats().lastProblem.contains(QStringLiteral("longer than")));

    // The rude client goes; the peer drops and reconnects, and its events go on.
    rude.disconnectFromHost();
    REQUIRE(waitFor([&] { return listener.connectionCount() == 1; }));
    peer.write(R"({"event":"answered","call":"C1","desk":"110-02"})" "\n");
    peer.disconnectFromHost();
    REQUIRE(waitFor([&] { return listener.connectionCount() == 0; }));
    CHECK(calls.ringing().size() == 1);

    QTcpSocket back;
    back.connectToHost(QHostAddress::LocalHost, listener.port());
    REQUIRE(waitFor([&] { return listener.connectionCount() == 1; }));
    clock.advanceMs(15000);
    back.write(R"({"event":"ended","call":"C2","outcome":"abandoned"})" "\n"
               R"({"event":"location","call":"nobody","location":{"lat":22,"lon":100}})" "\n"
               R"({"event":"ringing","call":"C3","line":"110","number":"13800003333"})");  // the last line without its end
    back.disconnectFromHost();
    REQUIRE(waitFor([&] { return listener.connectionCount() == 0; }));
    CHECK(calls.abandoned().size() == 1);
    CHECK(calls.abandoned().first().endedAtMs == kStart + 15000);
    CHECK(calls.ringing().size() == 1); // C3, taken from the line that ended with the connection
    CHECK(listener.stats().applied == 5);
    CHECK(listener.stats().refused == 1);
    CHECK(listener.stats().malformed == 3);
    CHECK(listener.stats().lines == 9);

    // A switch holds a connection or two: beyond kMaxConnections at once, each further one is closed on arrival.
    std::vector<std::unique_ptr<QTcpSocket>> many;
    for (int i = 0; i <= CtiListener::kMaxConnections; ++i) {
        many.push_back(std::make_unique<QTcpSocket>());
        many.back()->connectToHost(QHostAddress::LocalHost, listener.port());
    }
    REQUIRE(waitFor([&] { return listener.stats().connectionsRefused == 1; }));
    CHECK(listener.connectionCount() == CtiListener::kMaxConnections);
}
