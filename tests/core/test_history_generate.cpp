// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic history: deterministic for a seed, inside its period, marked with source GEN, with seed 003's
// category mix and transfer share, a daily and hourly rhythm, and first-unit times in the right order.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "history/HistoryGenerator.h"
#include "stats/Statistics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// Every generated row as one text line, to compare two runs.
QStringList dump(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT received_at, category, priority, zone_id, lat, lon, state, first_dispatched_at, "
                          "first_signed_for_at, first_on_scene_at FROM incidents WHERE origin = 'imported' ORDER BY id"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 10; ++c)
            cells << q.value(c).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("generated history is deterministic, inside its period and marked as such", "[history][generate]")
{
    GenerateOptions o;
    o.incidents = 3000;
    o.days = 28;
    o.seed = 7;
    o.endMs = defaultStartMs();

    TestStore a(TestStore::Demo, QStringLiteral("admin"));
    TestStore b(TestStore::Demo, QStringLiteral("admin"));
    const Result<qint64> idA = a.service().generateHistory(o);
    REQUIRE(idA.ok());
    REQUIRE(b.service().generateHistory(o).ok());
    const QStringList rowsA = dump(a.db());
    CHECK(rowsA.size() == 3000);
    CHECK(rowsA == dump(b.db()));

    TestStore c(TestStore::Demo, QStringLiteral("admin"));
    GenerateOptions other = o;
    other.seed = 8;
    REQUIRE(c.service().generateHistory(other).ok());
    CHECK(dump(c.db()) != rowsA);

    Database& db = a.db();
    // Inside [end − 28 local days, end): the first local day starts at midnight Asia/Shanghai.
    const QTimeZone zone("Asia/Shanghai");
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(o.endMs - 1, zone).date();
    const qint64 periodStart = QDateTime(lastDay.addDays(-27), QTime(0, 0), zone).toMSecsSinceEpoch();
    CHECK(scalar(db, QStringLiteral("SELECT MIN(received_at) FROM incidents")) >= periodStart);
    CHECK(scalar(db, QStringLiteral("SELECT MAX(received_at) FROM incidents")) < o.endMs);
    // Marked: origin imported, the import record's source GEN, references GEN:<import>-<n>, all in zones.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin <> 'imported'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM imports WHERE source = 'GEN' AND incidents = 3000")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE source_ref LIKE 'GEN:%1-%'").arg(*idA)) == 3000);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE zone_id IS NULL")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'history.generated'")) == 1);
    // First-unit times never precede the call, and sign-for follows dispatch.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE first_dispatched_at < received_at "
                                    "OR first_signed_for_at < first_dispatched_at "
                                    "OR first_on_scene_at < first_dispatched_at OR state_since < received_at")) == 0);
    // Inquiries and non-police calls get no unit.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE category IN ('inquiry', 'non_police') "
                                    "AND first_dispatched_at IS NOT NULL")) == 0);

    // A second run adds to the first instead of colliding with it.
    REQUIRE(a.service().generateHistory(o).ok());
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incidents")) == 6000);
}

TEST_CASE("generated history follows seed 003's mix and the daily and hourly rhythm", "[history][generate]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    GenerateOptions o;
    o.incidents = 20000;
    o.days = 56;
    o.seed = 3;
    o.endMs = defaultStartMs();
    REQUIRE(s.service().generateHistory(o).ok());
    StatsQuery q;
    const Result<Statistics> st = s.service().statistics(q);
    REQUIRE(st.ok());
    REQUIRE(st->incidents == 20000);
    const auto share = [&](const char* category) {
        return Statistics::share(st->byCategory.value(QString::fromLatin1(category)), st->incidents);
    };
    // Seed 003: criminal 327, public order 459, dispute 1,286, assistance 2,239 of 5,046.
    CHECK(share("criminal") == Approx(327.0 / 5046).margin(0.01));
    CHECK(share("public_order") == Approx(459.0 / 5046).margin(0.01));
    CHECK(share("dispute") == Approx(1286.0 / 5046).margin(0.01));
    CHECK(share("assistance") == Approx(2239.0 / 5046).margin(0.01));
    CHECK(Statistics::share(st->transferred, st->incidents) == Approx(0.216).margin(0.01));
    // Quiet before dawn, busy in the evening; every day of the period has calls.
    CHECK(st->byHour[4] * 3 < st->byHour[19]);
    CHECK(st->daily.size() == 56);
    for (const auto& [day, n] : st->daily)
        CHECK(n > 0);
    // Weekends about 10 % busier than weekdays (per day).
    const double weekday = (st->byWeekday[0] + st->byWeekday[1] + st->byWeekday[2] + st->byWeekday[3] + st->byWeekday[4]) / 5.0;
    const double weekend = (st->byWeekday[5] + st->byWeekday[6]) / 2.0;
    CHECK(weekend / weekday == Approx(1.1).margin(0.05));
    // Call → dispatch around a minute.
    CHECK(st->receivedToDispatched.p50 == Approx(55).margin(5));
}

TEST_CASE("generating needs a trainer or an administrator", "[history][generate]")
{
    TestStore s; // the dispatcher
    GenerateOptions o;
    o.incidents = 10;
    o.days = 1;
    CHECK_FALSE(s.service().generateHistory(o).ok());
    o.days = 0;
    s.signIn(QStringLiteral("admin"));
    const Result<qint64> refused = s.service().generateHistory(o);
    REQUIRE_FALSE(refused.ok());
}

TEST_CASE("dispatchctl generate writes the history and reports it", "[ctl][history][generate]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const CtlRun run = ctl(QStringList{QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                            QStringLiteral("500"), QStringLiteral("--days"), QStringLiteral("7"), QStringLiteral("--seed"),
                            QStringLiteral("11"), QStringLiteral("--json")} + demoAdmin(),
                           kDemoAdminPassword);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("incidents")).toInt() == 500);
    CHECK(o.value(QStringLiteral("seed")).toInt() == 11);
    const CtlRun stats = ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    CHECK(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("incidents")).toInt() == 500);
    CHECK(ctl({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
               QStringLiteral("0"), QStringLiteral("--days"), QStringLiteral("7")})
              .exitCode == 2);
}
