// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics over the store: live incidents built step by step with the manual clock (every figure known in
// advance), and the real SF history against a plain pass over its file.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "stats/Statistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <numeric>
#include <cmath>
#include <vector>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc, const char* category, int priority, const GeoPoint& where = kNearHospital)
{
    IncidentDraft d;
    d.summary = QStringLiteral("测试警情");
    d.category = QString::fromLatin1(category);
    d.priority = priority;
    d.position = where;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

qint64 unitId(DispatchService& svc, const char* callsign)
{
    const Unit* u = svc.board().unitByCallsign(QString::fromUtf8(callsign));
    REQUIRE(u);
    return u->id;
}

} // namespace

TEST_CASE("statistics of live incidents: counts, intervals to the first unit, compliance, hours and days",
          "[stats]")
{
    TestStore s; // 2026-11-22 09:00 Asia/Shanghai, a Sunday
    DispatchService& svc = s.service();
    ManualClock& clock = s.clock();
    const qint64 start = clock.nowMs();

    // A: P1 public order; dispatched after 40 s, signed for 10 s later, first on scene 150 s after dispatch.
    const qint64 a = newIncident(svc, "public_order", 1);
    clock.advanceMs(40 * kSecond);
    const qint64 car = unitId(svc, "特巡08");
    REQUIRE(svc.dispatchUnits(a, {{car}}).ok());
    clock.advanceMs(10 * kSecond);
    REQUIRE(svc.advanceUnit(car, UnitState::Acknowledged).ok());
    // A second unit later does not change the FIRST unit's times.
    clock.advanceMs(20 * kSecond);
    const qint64 second = unitId(svc, "特巡07");
    REQUIRE(svc.dispatchUnits(a, {{second}}).ok());
    clock.advanceMs(120 * kSecond);
    REQUIRE(svc.advanceUnit(second, UnitState::OnScene).ok()); // 150 s after the first dispatch…
    REQUIRE(svc.advanceUnit(car, UnitState::OnScene).ok());    // …the same instant
    // B: P3 dispute, dispatched after 200 s, signed for 45 s later, never on scene.
    const qint64 b = newIncident(svc, "dispute", 3);
    clock.advanceMs(200 * kSecond);
    const qint64 north = unitId(svc, "城北01");
    REQUIRE(svc.dispatchUnits(b, {{north}}).ok());
    clock.advanceMs(45 * kSecond);
    REQUIRE(svc.advanceUnit(north, UnitState::Acknowledged).ok());
    // C: P2 traffic, never dispatched. The next day at 23:30 local.
    clock.setMs(start + 14 * 3600 * kSecond + 30 * 60 * kSecond);
    newIncident(svc, "traffic", 2);

    auto r = svc.statistics({});
    REQUIRE(r.ok());
    const Statistics& st = *r;
    CHECK(st.incidents == 3);
    CHECK(st.byCategory.value(QStringLiteral("public_order")) == 1);
    CHECK(st.byCategory.value(QStringLiteral("dispute")) == 1);
    CHECK(st.byPriority.value(1) == 1);
    CHECK(st.byPriority.value(3) == 1);
    CHECK(st.byLine.value(QStringLiteral("110")) == 3);
    CHECK(st.receivedToDispatched.n == 2);
    CHECK(st.receivedToDispatched.p50 == 40);  // nearest rank of {40, 200}
    CHECK(st.receivedToDispatched.p90 == 200);
    CHECK(st.receivedToDispatched.shareWithin60s == 0.5);
    CHECK(st.dispatchedToSignedFor.n == 2);
    CHECK(st.dispatchedToSignedFor.p50 == 10);
    CHECK(st.dispatchedToSignedFor.p95 == 45);
    CHECK(st.signForWithin30s == 1);
    CHECK(st.dispatchedToOnScene.n == 1);
    CHECK(st.dispatchedToOnScene.p50 == 150);
    CHECK(st.receivedToOnScene.p50 == 190);
    CHECK(st.receivedToOnScene.shareWithin180s == 0);
    CHECK(st.receivedToOnScene.shareWithin300s == 1);
    // Arrival against the incident's own circle: the hospital zone is tier 1 (1 minute), relaxed for P1 by the policy.
    const qint64 allowed = svc.responsePolicy().allowedMs(ClockKind::Arrival, 1, svc.board().incident(a)->tier);
    CHECK(st.arrivalN == 1);
    CHECK(st.arrivalMet == (150 * kSecond <= allowed ? 1 : 0));
    // The same arrival by zone, and in the 30-second histogram: 150 s falls in [150 s, 180 s), bin 5.
    const qint64 zoneA = svc.board().incident(a)->zoneId;
    REQUIRE(zoneA != 0);
    CHECK(st.arrivalByZone.size() == 1);
    CHECK(st.arrivalByZone.value(zoneA) == QPair<int, int>(1, st.arrivalMet));
    CHECK(st.arrivalHistogram[5] == 1);
    CHECK(std::accumulate(st.arrivalHistogram.cbegin(), st.arrivalHistogram.cend(), 0) == 1);
    // Hours and days in the centre's time zone: two at 09:00 (Sunday), one at 23:30 (Sunday).
    CHECK(st.byHour[9] == 2);
    CHECK(st.byHour[23] == 1);
    CHECK(st.byWeekday[6] == 3);
    REQUIRE(st.daily.size() == 1);
    CHECK(st.daily[0].first == QDate(2026, 11, 22));

    // Period bounds: from inclusive, to exclusive.
    StatsQuery morning;
    morning.fromMs = start;
    morning.toMs = start + 14 * 3600 * kSecond + 30 * 60 * kSecond;
    CHECK(svc.statistics(morning)->incidents == 2);
    StatsQuery onlyDisputes;
    onlyDisputes.categories = {QStringLiteral("dispute")};
    CHECK(svc.statistics(onlyDisputes)->incidents == 1);
    StatsQuery elsewhere;
    elsewhere.zoneIds = {-1};
    CHECK(svc.statistics(elsewhere)->incidents == 0);
    StatsQuery history;
    history.origins = {QStringLiteral("imported")};
    CHECK(svc.statistics(history)->incidents == 0); // live work is never counted as history

    // The documented JSON names.
    const QJsonObject json = st.toJson(svc.board().timeZone());
    const QJsonObject intervals = json.value(QStringLiteral("intervals")).toObject();
    for (const char* name : {"received_to_dispatched", "dispatched_to_signed_for", "dispatched_to_on_scene", "received_to_on_scene"}) {
        const QJsonObject i = intervals.value(QString::fromLatin1(name)).toObject();
        INFO(name);
        for (const char* key : {"n", "p50", "p90", "p95", "share_within_60s", "share_within_180s", "share_within_300s"})
            CHECK(i.contains(QString::fromLatin1(key)));
    }
    CHECK(intervals.value(QStringLiteral("received_to_dispatched")).toObject().value(QStringLiteral("p50")).toDouble() == 40);
}

TEST_CASE("statistics of the real SF history agree with a plain pass over the file; dispatchctl stats prints them",
          "[stats][history][ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    REQUIRE(ctl(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"), QStringLiteral("sf-fire-calls"),
                 testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"))} + demoAdmin(),
                kDemoAdminPassword)
                .exitCode == 0);

    // The plain pass: received and first on scene per incident, straight from the file.
    QFile f(testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    f.readLine();
    const QTimeZone la("America/Los_Angeles");
    QHash<QString, QPair<qint64, qint64>> times; // incident → (received, first on scene)
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        const QStringList r = line.split(u','); // the fields read here hold no commas
        const auto when = [&](const QString& t) {
            if (t.isEmpty())
                return qint64(0);
            QDateTime dt = QDateTime::fromString(t, QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
            dt.setTimeZone(la);
            return dt.toMSecsSinceEpoch();
        };
        auto& [received, scene] = times[r[2]];
        received = when(r[6]);
        const qint64 s = when(r[10]);
        if (s && (!scene || s < scene))
            scene = s;
    }
    std::vector<double> secs;
    for (const auto& [received, scene] : std::as_const(times))
        if (scene)
            secs.push_back(double(scene - received) / 1000.0);
    std::sort(secs.begin(), secs.end());
    const auto rank = [&](double p) { return secs[size_t(std::ceil(p * double(secs.size()))) - 1]; };
    const double within300 = double(std::count_if(secs.begin(), secs.end(), [](double x) { return x <= 300; })) / double(secs.size());

    const CtlRun run = ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("incidents")).toInt() == 5292);
    const QJsonObject scene = o.value(QStringLiteral("intervals")).toObject().value(QStringLiteral("received_to_on_scene")).toObject();
    CHECK(scene.value(QStringLiteral("n")).toInt() == int(secs.size()));
    CHECK(scene.value(QStringLiteral("p50")).toDouble() == rank(0.5));
    CHECK(scene.value(QStringLiteral("p90")).toDouble() == rank(0.9));
    CHECK(scene.value(QStringLiteral("share_within_300s")).toDouble() == Approx(within300));
    const QJsonObject byPriority = o.value(QStringLiteral("by_priority")).toObject();
    CHECK(byPriority.value(QStringLiteral("1")).toInt() == 3018);
    CHECK(byPriority.value(QStringLiteral("3")).toInt() == 2274);

    // One day, local to the centre (Asia/Shanghai): 2020-04-08 00:00 to 2020-04-09 00:00 +08:00.
    const CtlRun day = ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2020-04-08"),
                            QStringLiteral("--to"), QStringLiteral("2020-04-09"), QStringLiteral("--json")});
    REQUIRE(day.exitCode == 0);
    const qint64 from = QDateTime(QDate(2020, 4, 8), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    const qint64 to = from + 24 * 3600 * 1000;
    const auto inDay = std::count_if(times.cbegin(), times.cend(), [&](const QPair<qint64, qint64>& t) {
        return t.first >= from && t.first < to;
    });
    CHECK(QJsonDocument::fromJson(day.out.toUtf8()).object().value(QStringLiteral("incidents")).toInt() == int(inDay));
    CHECK(ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode == 2);
    CHECK(ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--zone"), QStringLiteral("Atlantis")}).exitCode == 1);
    const CtlRun text = ctl({QStringLiteral("stats"), QStringLiteral("--db"), db});
    CHECK(text.out.contains(QStringLiteral("received_to_on_scene")));
}
