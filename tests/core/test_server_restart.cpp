// SPDX-License-Identifier: GPL-3.0-or-later
// The server really restarted under two working desks (desk processes of their own, tests/support/desk_worker.cpp,
// each taking a call every 300 ms): each desk says the server is gone and back, a call that could not be saved meanwhile
// is said, and afterwards every incident in the store is on the other desk's board: nothing lost across the restart.
// It restarts the cluster the suite runs on (pg_virtualenv's, found by its port), so ctest runs it alone
// ("server restart:", RUN_SERIAL); hidden from the other runs (its tag is not [server]).
#include "CatchQt.h"
#include "TestServer.h"
#include "TestStore.h"

#include "store/Database.h"
#include "store/EventLog.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <memory>

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// The cluster serving PGPORT, as pg_ctlcluster names it ("15 regress"); empty when there is none to restart.
QStringList clusterOnPort()
{
    QProcess ls;
    ls.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("-h")});
    if (!ls.waitForFinished(10000))
        return {};
    const QString port = qEnvironmentVariable("PGPORT");
    for (const QString& line : QString::fromUtf8(ls.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3 && f[2] == port)
            return {f[0], f[1]};
    }
    return {};
}

} // namespace

TEST_CASE("server restart: two working desks say it, mend it and lose nothing", "[restart][.]")
{
    const QStringList cluster = clusterOnPort();
    REQUIRE(cluster.size() == 2);
    TestStore s; // a fresh database on the test server with the demo district (its connection is ended too)
    REQUIRE(s.db().isServer());
    const QString uri = s.path();

    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> desks;
    for (const char* name : {"desk-a", "desk-b"}) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(DESK_WORKER_PATH),
                 {QStringLiteral("shift"), QStringLiteral("--db"), uri, QStringLiteral("--desk"), QString::fromUtf8(name),
                  QStringLiteral("--seed"), QString::number(desks.size() + 1), QStringLiteral("--interval-ms"),
                  QStringLiteral("300"), QStringLiteral("--duration-s"), QStringLiteral("9"),
                  QStringLiteral("--start-at"), QString::number(startAt), QStringLiteral("--no-sweep")});
        REQUIRE(p->waitForStarted());
        desks.push_back(std::move(p));
    }
    // Three seconds into the shift the server restarts (fast: every session ended at once).
    while (QDateTime::currentMSecsSinceEpoch() < startAt + 3000)
        desks[0]->waitForFinished(int(std::max<qint64>(1, startAt + 3000 - QDateTime::currentMSecsSinceEpoch())));
    QProcess restart;
    restart.start(QStringLiteral("pg_ctlcluster"), {cluster[0], cluster[1], QStringLiteral("restart"),
                                                    QStringLiteral("-m"), QStringLiteral("fast")});
    REQUIRE(restart.waitForFinished(60000));
    REQUIRE(restart.exitCode() == 0);

    struct Said
    {
        QSet<qint64> seen;
        int calls = 0, failed = 0, lost = 0, restored = 0;
        bool ended = false;
    };
    std::vector<Said> said(desks.size());
    for (std::size_t i = 0; i < desks.size(); ++i) {
        REQUIRE(desks[i]->waitForFinished(60000));
        CHECK(desks[i]->exitCode() == 0);
        for (const QByteArray& line : desks[i]->readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString t = o.value(QStringLiteral("t")).toString();
            if (t == QLatin1String("seen"))
                said[i].seen.insert(o.value(QStringLiteral("id")).toInteger());
            said[i].calls += t == QLatin1String("call");
            said[i].failed += t == QLatin1String("call_failed");
            said[i].lost += t == QLatin1String("lost");
            said[i].restored += t == QLatin1String("restored");
            said[i].ended = said[i].ended || t == QLatin1String("end");
        }
        INFO("desk " << i << ": " << said[i].calls << " calls, " << said[i].failed << " failed");
        CHECK(said[i].ended);
        CHECK(said[i].lost >= 1);
        CHECK(said[i].restored >= 1);
        CHECK(said[i].calls > 10);
    }

    // Every incident in the store is on the other desk's board; every call a desk was told was saved is stored.
    {
        auto db = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        int stored = 0;
        for (sql::Query q = sql::run((*db)->connection(), QStringLiteral("SELECT id, desk FROM incidents")); q.next();) {
            ++stored;
            const std::size_t other = q.value(1).toString() == QLatin1String("desk-a") ? 1 : 0;
            INFO("incident " << q.value(0).toLongLong() << " of " << q.value(1).toString().toStdString());
            CHECK(said[other].seen.contains(q.value(0).toLongLong()));
        }
        CHECK(stored >= said[0].calls + said[1].calls);
        CHECK(stored <= said[0].calls + said[1].calls + said[0].failed + said[1].failed);
        CHECK(EventLog::verify((*db)->connection()).ok);
    }
}
