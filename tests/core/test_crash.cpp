// SPDX-License-Identifier: GPL-3.0-or-later
// The crash campaign: a desk of its own (tests/support/desk_worker.cpp, the real store connection and facade) sends,
// steps and clears units, cancels incidents and takes calls as fast as it can, saying each command's outcome once
// it has returned; after a chosen number of acknowledged writes it is killed (SIGKILL), in the middle of whatever it
// was doing next. Every write it acknowledged must be in the store, the store must pass the check (pages, chain,
// guards, state against the log), and the next desk must work on it. DISPATCH_CRASH_CYCLES sets the number of cycles
// (a short run in the suite; `ctest -C long -L long` runs hundreds). On SQLite and, in the suite's second run, on the
// server.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <random>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("a desk killed at any moment loses nothing it acknowledged, and the store passes the check", "[crash]")
{
    const int cycles = qEnvironmentVariableIsSet("DISPATCH_CRASH_CYCLES") ? qEnvironmentVariableIntValue("DISPATCH_CRASH_CYCLES")
                                                                          : 8;
    TestStore s;
    DispatchService& here = s.service();
    QList<qint64> incidents;
    for (const char* said : {"两伙人在夜市斗殴", "商场内手机被盗", "邻居吵架，声音很大", "有人砸车"})
        incidents << takeCall(here, QString::fromUtf8(said));
    QList<qint64> units;
    for (qint64 id : here.board().unitIds()) {
        const Unit* u = here.board().unit(id);
        if (u->isAvailable() && u->type != QLatin1String("mediator") && units.size() < 5)
            units << id;
    }
    REQUIRE(units.size() == 5);
    const QSqlDatabase& c = s.db().connection();
    std::mt19937 rng(110);
    int acknowledged = 0, lost = 0;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        const QString desk = QStringLiteral("crash-%1").arg(cycle);
        const qint64 before = EventLog::lastSeq(c);
        QProcess p;
        p.start(QStringLiteral(DESK_WORKER_PATH),
                {QStringLiteral("hammer"), QStringLiteral("--db"), s.path(), QStringLiteral("--desk"), desk,
                 QStringLiteral("--seed"), QString::number(cycle), QStringLiteral("--commands"), QStringLiteral("1000000"),
                 QStringLiteral("--units"), joinedIds(units), QStringLiteral("--incidents"), joinedIds(incidents)});
        REQUIRE(p.waitForStarted());
        // Killed after 1 to 40 acknowledged writes: while it runs the next command.
        const int killAfter = 1 + int(rng() % 40);
        QList<QJsonObject> ok;
        bool ready = false;
        while (int(ok.size()) < killAfter) {
            if (!p.canReadLine()) {
                INFO(desk.toStdString() << ": " << QString::fromUtf8(p.readAllStandardError()).toStdString());
                REQUIRE(p.waitForReadyRead(120000));
                continue;
            }
            const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
            REQUIRE_FALSE(o.contains(QStringLiteral("failed")));
            if (o.contains(QStringLiteral("ready"))) {
                ready = true;
                p.write("go\n");
            } else if (o.value(QStringLiteral("ok")).toBool()) {
                ok << o;
            }
        }
        REQUIRE(ready);
        p.kill();
        REQUIRE(p.waitForFinished(30000));

        // Every acknowledged write is there, read on a connection of the test's own.
        INFO("cycle " << cycle);
        acknowledged += int(ok.size());
        const int lostBefore = lost;
        for (const QJsonObject& o : ok) {
            const QString op = o.value(QStringLiteral("op")).toString();
            const qint64 incident = o.value(QStringLiteral("incident")).toInteger();
            const qint64 unit = o.value(QStringLiteral("unit")).toInteger();
            if (op == QLatin1String("call")) {
                lost += sql::scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE id = ?"), {incident}).toInt() == 1 ? 0 : 1;
                incidents << incident;
            } else if (op == QLatin1String("cancel")) {
                lost += sql::scalar(c, QStringLiteral("SELECT state FROM incidents WHERE id = ?"), {incident}).toString()
                                == QLatin1String("cancelled")
                            ? 0
                            : 1;
            } else if (op == QLatin1String("dispatch") || op == QLatin1String("reassign")) {
                lost += sql::scalar(c, QStringLiteral("SELECT count(*) FROM assignments WHERE incident_id = ? AND unit_id = ?"),
                                    {incident, unit})
                                    .toInt()
                                > 0
                            ? 0
                            : 1;
            }
        }
        // Each acknowledged command wrote at least one event under the desk's name.
        const int logged = sql::scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE seq > ? AND desk = ?"), {before, desk})
                               .toInt();
        CHECK(logged >= int(ok.size()));
        CHECK(lost == lostBefore);
        requireStoreChecks(s.path());
    }
    // The store works after the last kill: this desk reads everything and takes a call.
    here.poll();
    takeCall(here, QStringLiteral("最后一起警情"));
    CHECK(lost == 0);
    WARN("crash campaign: " << cycles << " kills, " << acknowledged << " acknowledged writes, " << lost << " lost");
}
