// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl cti replay: the real binary writes a recorded morning of the switch into a demo store; the figures and
// the owed call backs follow; a bad line refuses the whole file.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("dispatchctl cti replay writes a recorded morning; stats and owed show it; a bad line writes nothing",
          "[ctl][cti]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QString morning = testDataPath(QStringLiteral("cti/demo-morning.jsonl"));

    // A broken copy: the 20th line's time taken away. Refused naming the line; nothing is written.
    QByteArray text = testData(QStringLiteral("cti/demo-morning.jsonl"));
    QList<QByteArray> lines = text.split('\n');
    lines[19] = lines[19].left(lines[19].indexOf(",\"time\"")) + '}';
    QFile broken(dir.filePath(QStringLiteral("broken.jsonl")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(lines.join('\n'));
    broken.close();
    const CtlRun bad = ctl({QStringLiteral("cti"), QStringLiteral("replay"), QStringLiteral("--db"), db, broken.fileName()});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("broken.jsonl:20: time: a recorded event needs the time it happened")));
    CHECK(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_calls")) == 0);

    const CtlRun r = ctl({QStringLiteral("cti"), QStringLiteral("replay"), QStringLiteral("--db"), db, morning, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("events")).toInt() == 120);
    CHECK(o.value(QStringLiteral("calls")).toInt() == 40);
    CHECK(o.value(QStringLiteral("abandoned")).toInt() == 4);
    CHECK(o.value(QStringLiteral("refused")).toInt() == 0);
    CHECK(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_calls")) == 40);

    const CtlRun stats = ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject tel = QJsonDocument::fromJson(stats.out.toUtf8())
                                .object()
                                .value(QStringLiteral("outcomes"))
                                .toObject()
                                .value(QStringLiteral("telephone"))
                                .toObject();
    CHECK(tel.value(QStringLiteral("calls")).toInt() == 40);
    CHECK(tel.value(QStringLiteral("answered")).toInt() == 36);
    CHECK(tel.value(QStringLiteral("abandoned")).toInt() == 4);
    CHECK(tel.value(QStringLiteral("answered_within_10s")).toInt()
          == rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_calls WHERE answered_at - rang_at <= 10000")));

    // The morning's abandoned calls are owed (long overdue): the owed list says so; the store checks.
    const CtlRun owed = ctl({QStringLiteral("owed"), QStringLiteral("--db"), db});
    REQUIRE(owed.exitCode == 0);
    CHECK(owed.out.count(QStringLiteral("call_back")) == 4);
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);

    // Replayed twice: the store keeps one row per call, and no abandoned call is recorded twice.
    REQUIRE(ctl({QStringLiteral("cti"), QStringLiteral("replay"), QStringLiteral("--db"), db, morning}).exitCode == 0);
    CHECK(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_calls")) == 40);
    CHECK(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'call.abandoned'")) == 4);
}
