// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl simulate and scenario: a headless run's documented metrics, reproduced exactly from its seed; a bad
// scenario refused with every problem's path; a scenario written from stored history that runs again.
#include "CatchQt.h"
#include "CtlRun.h"
#include "FollowUpFixture.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QJsonObject simulate(const QString& scenario, const QString& seed, const QString& db = {})
{
    QStringList args{QStringLiteral("simulate"), QStringLiteral("--scenario"), scenario, QStringLiteral("--speed"),
                     QStringLiteral("max"), QStringLiteral("--auto-dispatch"), QStringLiteral("--seed"), seed,
                     QStringLiteral("--json")};
    if (!db.isEmpty())
        args << QStringLiteral("--db") << db;
    const CtlRun r = ctl(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("dispatchctl simulate prints the run's metrics and reproduces it from the seed", "[ctl][training]")
{
    const QString small = testDataPath(QStringLiteral("scenarios/small.json"));
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("drill.sqlite"));
    const QJsonObject a = simulate(small, QStringLiteral("3"), kept);
    for (const char* key : {"incidents", "dispatched", "compliance", "intervals", "events", "state_hash", "score", "seed",
                            "after_action"})
        CHECK(a.contains(QLatin1String(key)));
    CHECK(a.value(QStringLiteral("seed")).toString() == QStringLiteral("3"));
    // Four events of the drill's five calls (a further caller is merged, an escalation joins its first call) …
    CHECK(a.value(QStringLiteral("incidents")).toInt() == 3);
    // … the power cut is diverted, the other two get units.
    CHECK(a.value(QStringLiteral("dispatched")).toInt() == 2);
    CHECK(a.value(QStringLiteral("events")).toInt() > 20);
    const QJsonObject compliance = a.value(QStringLiteral("compliance")).toObject();
    for (const char* clock : {"call_to_dispatch", "sign_for_30s", "arrival_own_tier"})
        CHECK(compliance.value(QLatin1String(clock)).toObject().value(QStringLiteral("n")).toInt() == 2);
    const QJsonObject intervals = a.value(QStringLiteral("intervals")).toObject();
    CHECK(intervals.value(QStringLiteral("dispatched_to_signed_for")).toObject().value(QStringLiteral("p50")).toInt() == 10);
    CHECK(a.value(QStringLiteral("state_hash")).toString().size() == 64);

    // The same seed: the same final state, to the hash; another seed: another run.
    const QJsonObject again = simulate(small, QStringLiteral("3"));
    CHECK(again.value(QStringLiteral("state_hash")) == a.value(QStringLiteral("state_hash")));
    CHECK(again.value(QStringLiteral("events")) == a.value(QStringLiteral("events")));
    CHECK(again.value(QStringLiteral("after_action")) == a.value(QStringLiteral("after_action")));
    const QJsonObject other = simulate(small, QStringLiteral("4"));
    CHECK(other.value(QStringLiteral("state_hash")) != a.value(QStringLiteral("state_hash")));

    // The kept store is a training store: every incident an exercise, nothing live.
    auto db = Database::open(kept, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    const QSqlDatabase& c = (*db)->connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE origin = 'exercise'")).toInt() == 3);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE origin <> 'exercise'")).toInt() == 0);
}

TEST_CASE("dispatchctl simulate refuses a bad scenario and a speed other than max", "[ctl][training]")
{
    const CtlRun broken = ctl({QStringLiteral("simulate"), QStringLiteral("--scenario"),
                               testDataPath(QStringLiteral("scenarios/broken.json")), QStringLiteral("--speed"), QStringLiteral("max")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("broken.json")));
    CHECK(broken.err.contains(QStringLiteral("events[1].id: the id \"a\" is used twice")));

    const CtlRun slow = ctl({QStringLiteral("simulate"), QStringLiteral("--scenario"),
                             testDataPath(QStringLiteral("scenarios/small.json")), QStringLiteral("--speed"), QStringLiteral("10")});
    CHECK(slow.exitCode == 2);
    CHECK(slow.err.contains(QStringLiteral("--speed")));
    CHECK(ctl({QStringLiteral("simulate")}).exitCode == 2);
}

TEST_CASE("dispatchctl scenario check names every problem; a good file is summarised", "[ctl][training]")
{
    const CtlRun bad = ctl({QStringLiteral("scenario"), QStringLiteral("check"), testDataPath(QStringLiteral("scenarios/broken.json"))});
    CHECK(bad.exitCode == 1);
    for (const char* expected : {"15 problem(s)", "title: a scenario needs a title", "events[2].unit: no unit \"不存在01\"",
                                 "events[4].type: call, escalation, unit or instruction"})
        CHECK(bad.err.contains(QString::fromUtf8(expected)));

    const CtlRun good = ctl({QStringLiteral("scenario"), QStringLiteral("check"), testDataPath(QStringLiteral("scenarios/small.json"))});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("Small drill: 7 events, 5 calls, 60 min")));
}

TEST_CASE("dispatchctl scenario from-history turns a stored period's calls into a scenario that runs", "[ctl][training]")
{
    TestStore s;
    const FollowUpFixture f(s);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("day.json"));
    const CtlRun r = ctl({QStringLiteral("scenario"), QStringLiteral("from-history"), QStringLiteral("--db"), s.path(),
                          QStringLiteral("--from"), QStringLiteral("2026-11-22"), QStringLiteral("--to"),
                          QStringLiteral("2026-11-23"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Every incident of the day (the fixture's eleven) and each further caller of one, as a call of its own.
    const QSqlDatabase& c = s.db().connection();
    const int callers = sql::scalar(c, QStringLiteral("SELECT count(*) FROM incident_callers")).toInt();
    CHECK(callers > 0);
    CHECK(r.out.contains(QStringLiteral("%1 calls over 1440 min").arg(11 + callers)));
    REQUIRE(QFile::exists(out));
    const CtlRun check = ctl({QStringLiteral("scenario"), QStringLiteral("check"), out});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    const QJsonObject run = simulate(out, QStringLiteral("1"));
    CHECK(run.value(QStringLiteral("incidents")).toInt() >= 1);

    const CtlRun reversed = ctl({QStringLiteral("scenario"), QStringLiteral("from-history"), QStringLiteral("--db"), s.path(),
                                 QStringLiteral("--from"), QStringLiteral("2026-11-23"), QStringLiteral("--to"),
                                 QStringLiteral("2026-11-22"), QStringLiteral("--out"), out});
    CHECK(reversed.exitCode == 2);
}
