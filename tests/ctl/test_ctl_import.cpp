// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl import: the real binary imports the real SF export through the shipped profile; bad profiles
// and bad files are refused with the file and field, and the exit code says so.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch::test;

TEST_CASE("dispatchctl import prints rows, incidents, assignments and rejected", "[ctl][history]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    CHECK(ctl({QStringLiteral("--help")}).out.contains(QStringLiteral("import")));
    const QString csv = testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"));

    const CtlRun run = ctl(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                            QStringLiteral("sf-fire-calls"), csv, QStringLiteral("--json")} + demoAdmin(),
                           kDemoAdminPassword);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("rows")).toInt() == 10410);
    CHECK(o.value(QStringLiteral("incidents")).toInt() == 5292);
    CHECK(o.value(QStringLiteral("assignments")).toInt() == 10410);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(o.value(QStringLiteral("first_received")).toString() == QStringLiteral("2020-04-07T07:01:25Z"));

    const CtlRun text = ctl(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                             QStringLiteral("sf-fire-calls"), csv} + demoAdmin(),
                            kDemoAdminPassword);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("already imported 5292")));

    // A bad profile: refused before anything is read, naming the file and the field.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"x","source":"X","columns":{"incident_id":"id"},"timestamp":{"format":"iso","time_zone":"UTC"},
                "line":"110","categories":{"*":"criminal"},"priorities":{"*":2}})");
    f.close();
    const CtlRun refused = ctl({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"), bad, csv});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.json: columns.received")));
    CHECK(ctl({QStringLiteral("import"), QStringLiteral("--db"), db, csv}).exitCode == 2);
}
