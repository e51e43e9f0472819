// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl export --eido / import --eido: the real binary writes an incident as EIDO and takes handed-over ones
// in; what it refuses it names, with exit code 1, and takes nothing.
#include "CatchQt.h"
#include "CtlRun.h"
#include "SchemaCheck.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("dispatchctl exports an incident as EIDO and takes handed-over ones in", "[ctl][eido]")
{
    TestStore s;
    const QString db = s.path();
    const CtlRun call = ctl({QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--tool"),
                             QStringLiteral("bridge")},
                            R"({"line":"110","phone":"13800001111","address":"城北路 18 号夜市","lat":22.780,"lon":100.970,
                                "text":"夜市里有人被抢了包，抢包的人往北跑了"})");
    INFO(call.err.toStdString());
    REQUIRE(call.exitCode == 0);
    const QString number = QJsonDocument::fromJson(call.out.toUtf8()).object().value(QStringLiteral("incident")).toString();

    const CtlRun one = ctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--eido"), number});
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(one.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("incidentComponent")).toObject().value(QStringLiteral("internalIncidentId")).toString() == number);
    CHECK(jsonSchemaErrors(doc, testDataPath(QStringLiteral("interchange/eido-1.0.schema.json"))).isEmpty());

    // A period to a file (the tool runs on the real clock, so from the year's start): an array; the same incident coming back to its own centre is refused.
    const QString file = s.dir() + QStringLiteral("/day.eido.json");
    const CtlRun day = ctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                            QStringLiteral("--out"), file});
    REQUIRE(day.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll()).array().size() == 1);
    const CtlRun own = ctl({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--eido"), file,
                            QStringLiteral("--tool"), QStringLiteral("bridge")});
    CHECK(own.exitCode == 1);
    CHECK(own.err.contains(QStringLiteral("a centre does not take its own incident in again")));

    const QString foreign = testDataPath(QStringLiteral("interchange/foreign-psap.eido.json"));
    const CtlRun taken = ctl({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--eido"), foreign,
                              QStringLiteral("--line"), QStringLiteral("12345"), QStringLiteral("--tool"), QStringLiteral("bridge"),
                              QStringLiteral("--json")});
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(taken.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("sender")).toString() == QStringLiteral("psap.harbour-county.example"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("notes")).toArray().size() == 1);
    const CtlRun twice = ctl({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--eido"), foreign,
                              QStringLiteral("--tool"), QStringLiteral("bridge")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("was already taken in as incident")));
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--eido"), QStringLiteral("20991231-00001")}).exitCode == 1);
    requireStoreChecks(db);
}
