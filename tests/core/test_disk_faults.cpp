// SPDX-License-Identifier: GPL-3.0-or-later
// A failing disk under every command of the desk, at every position: a SQLite VFS (tests/support/FaultyDisk) makes
// the nth read, write, fsync or open fail, the operating system's read come back short, or the disk full, and the sweep moves n from the
// first operation of the command to past its last. At each position: a command that said it was done is in the
// store, one that failed said so and left nothing of itself (no row, no event), the desk's board agrees with the
// store once it reads again, the same command works once the disk works again, and the store passes the check.
// SQLite only: the server's disk is the server's (its faults are the lost connections of test_server_restart).
#include "CatchQt.h"
#include "FaultyDisk.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "history/ImportProfile.h"
#include "service/Board.h"
#include "util/Clock.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <functional>

using namespace dispatch;
using namespace dispatch::test;

namespace {

using Fault = FaultyDisk::Fault;

/// What the store holds of the board's things, read on a connection of the test's own (no fault armed).
QString storeFingerprint(const QString& path)
{
    auto db = Database::open(path, Database::Mode::Inspect);
    REQUIRE(db.ok());
    QStringList out;
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, state FROM incidents ORDER BY id")));
    while (q.next()) {
        const auto state = IncidentLifecycle::fromCode(q.value(1).toString());
        if (state && IncidentLifecycle::isActive(*state))
            out << QStringLiteral("i%1 %2").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    }
    REQUIRE(q.exec(QStringLiteral("SELECT id, state, COALESCE(incident_id, 0) FROM units ORDER BY id")));
    while (q.next())
        out << QStringLiteral("u%1 %2 %3").arg(q.value(0).toLongLong()).arg(q.value(1).toString()).arg(q.value(2).toLongLong());
    return out.join(u'\n');
}

/// The same, as the desk's board shows it.
QString boardFingerprint(const Board& b)
{
    QStringList out;
    QList<qint64> ids = b.activeIncidentIds();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        out << QStringLiteral("i%1 %2").arg(id).arg(IncidentLifecycle::code(b.incident(id)->state));
    QList<qint64> units = b.unitIds();
    std::sort(units.begin(), units.end());
    for (qint64 id : units)
        out << QStringLiteral("u%1 %2 %3").arg(id).arg(UnitLifecycle::code(b.unit(id)->state)).arg(b.unit(id)->incidentId);
    return out.join(u'\n');
}

/// One command of the desk: what it needs made first (on a working disk), the command itself, and whether its
/// effect is in the store.
struct Command
{
    const char* name;
    std::function<void()> prepare;
    std::function<Status()> run;
    std::function<bool()> applied;
};

struct Sweep
{
    FaultyDisk disk; // first: the store below is opened through it
    TestStore s;
    QMap<QString, int> injected;
    int positions = 0, acknowledged = 0, refused = 0;

    qint64 freeUnit()
    {
        for (qint64 id : s.service().board().unitIds()) {
            const Unit* u = s.service().board().unit(id);
            if (u->isAvailable() && u->type != QLatin1String("mediator"))
                return id;
        }
        FAIL("no free unit left");
        return 0;
    }

    /// Runs the command at every position of every fault.
    void run(const Command& c)
    {
        for (const Fault fault : FaultyDisk::kAllFaults) {
            for (int n = 1;; ++n) {
                INFO(c.name << ", " << FaultyDisk::name(fault).toStdString() << " from operation " << n);
                REQUIRE(n < 400);
                c.prepare();
                const qint64 eventsBefore = rawScalar(s.path(), QStringLiteral("SELECT count(*) FROM events"));
                disk.failFrom(fault, n);
                const Status st = c.run();
                const int failed = disk.failed();
                disk.clear();
                if (failed == 0) {
                    // Past the command's last operation of this kind: it ran on a working disk.
                    INFO(st.errorString().toStdString());
                    REQUIRE(st.ok());
                    REQUIRE(c.applied());
                    break;
                }
                ++positions;
                injected[FaultyDisk::name(fault)] += failed;
                if (fault == Fault::ShortRead) {
                    // The platform reads on after a short read: nothing failed.
                    INFO(st.errorString().toStdString());
                    REQUIRE(st.ok());
                }
                if (st.ok()) {
                    // Said done: it is in the store.
                    ++acknowledged;
                    REQUIRE(c.applied());
                } else {
                    // Said failed, in a sentence, and nothing of it is anywhere.
                    ++refused;
                    CHECK_FALSE(st.error().message.isEmpty());
                    REQUIRE_FALSE(c.applied());
                    REQUIRE(rawScalar(s.path(), QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);
                }
                // The desk reads again and shows what the store holds.
                s.service().poll();
                REQUIRE(boardFingerprint(s.service().board()) == storeFingerprint(s.path()));
                // The disk works again: so does the command.
                if (!st.ok()) {
                    const Status again = c.run();
                    INFO(again.errorString().toStdString());
                    REQUIRE(again.ok());
                    REQUIRE(c.applied());
                }
            }
            // After every position of the fault (a damage done at one would still be there): the store passes the
            // check, pages, chain, guards and state against the log.
            INFO(c.name << ", " << FaultyDisk::name(fault).toStdString());
            requireStoreChecks(s.path());
        }
    }
};

} // namespace

TEST_CASE("a failing disk at every position of every command: nothing acknowledged lost, nothing half-written",
          "[store][faults][sqlite]")
{
    Sweep w;
    DispatchService& svc = w.s.service();
    const QString path = w.s.path();
    qint64 incident = 0, unit = 0;
    int serial = 0;
    QString summary;

    const Command create{"take a call",
                         [&] { summary = QStringLiteral("磁盘故障测试 %1").arg(++serial); },
                         [&]() -> Status {
                             auto id = svc.createIncident(disputeCall(summary));
                             if (id.ok())
                                 incident = *id;
                             return id.ok() ? Status(Done{}) : Status(id.error());
                         },
                         [&] {
                             return rawScalar(path, QStringLiteral("SELECT count(*) FROM incidents WHERE summary = '%1'").arg(summary))
                                    == 1;
                         }};
    const Command dispatch{"send a unit",
                           [&] {
                               incident = takeCall(svc, QStringLiteral("派警故障测试 %1").arg(++serial));
                               unit = w.freeUnit();
                           },
                           [&] { return svc.dispatchUnits(incident, {DispatchPick{unit, 800, 120}}); },
                           [&] {
                               return rawScalar(path, QStringLiteral("SELECT count(*) FROM assignments WHERE incident_id = %1 AND "
                                                                 "unit_id = %2")
                                                      .arg(incident)
                                                      .arg(unit))
                                      == 1;
                           }};
    const Command step{"a unit signs for its call",
                       [&] {
                           incident = takeCall(svc, QStringLiteral("签收故障测试 %1").arg(++serial));
                           unit = w.freeUnit();
                           REQUIRE(svc.dispatchUnits(incident, {DispatchPick{unit, 800, 120}}).ok());
                       },
                       [&] { return svc.advanceUnit(unit, UnitState::Acknowledged); },
                       [&] {
                           return rawScalar(path, QStringLiteral("SELECT count(*) FROM units WHERE id = %1 AND state = '%2'")
                                                  .arg(unit)
                                                  .arg(UnitLifecycle::code(UnitState::Acknowledged)))
                                  == 1;
                       }};
    const Command feedback{"the unit's feedback",
                           [&] {
                               incident = takeCall(svc, QStringLiteral("反馈故障测试 %1").arg(++serial));
                               unit = w.freeUnit();
                               REQUIRE(svc.dispatchUnits(incident, {DispatchPick{unit, 800, 120}}).ok());
                               for (UnitState st : {UnitState::Acknowledged, UnitState::EnRoute, UnitState::OnScene})
                                   REQUIRE(svc.advanceUnit(unit, st).ok());
                           },
                           [&] {
                               return svc.recordFeedback(incident, unit, QStringLiteral("双方已调解"),
                                                         QStringLiteral("resolved_on_scene"));
                           },
                           [&] {
                               return rawScalar(path, QStringLiteral("SELECT count(*) FROM feedback WHERE incident_id = %1")
                                                      .arg(incident))
                                      == 1;
                           }};
    // Each of these clears its unit, so the district never runs out of free units.
    const auto clearAfter = [&](const Command& c) {
        return Command{c.name, c.prepare, c.run, [&, applied = c.applied] {
                           const bool done = applied();
                           if (done && w.s.service().board().unit(unit)->isCommitted())
                               REQUIRE(svc.clearUnit(unit).ok());
                           return done;
                       }};
    };

    // Another desk opening the store and signing in.
    bool opened = false;
    const Command open{"open the store and sign in", [&] { opened = false; },
                       [&]() -> Status {
                           auto db = Database::open(path, Database::Mode::OpenExisting);
                           if (!db.ok())
                               return db.error();
                           ManualClock clock(w.s.clock().nowMs());
                           // A facade reads its board as it is made: one that cannot is thrown as DispatchError, which
                           // the desk's main says in a message box (and dispatchctl as its message) before exiting.
                           try {
                               DispatchService desk(**db, clock, QStringLiteral("desk-9"));
                               auto user = desk.login(QStringLiteral("dispatcher2"), QStringLiteral("dispatcher2110"));
                               if (!user.ok())
                                   return user.error();
                           } catch (const DispatchError& e) {
                               return e.error();
                           }
                           opened = true;
                           return Done{};
                       },
                       [&] { return opened; }};

    // The shift leader signs the handover of each next shift in its last half hour.
    qint64 handover = 0;
    const Command sign{"sign a handover",
                       [&] {
                           w.s.signIn(QStringLiteral("leader"));
                           w.s.clock().set(svc.currentShift().end.addSecs(60)); // the next shift
                           const ShiftInstance shift = svc.currentShift();
                           w.s.clock().set(shift.end.addSecs(-20 * 60));
                           auto id = svc.prepareHandover(shift);
                           REQUIRE(id.ok());
                           handover = *id;
                       },
                       [&] { return svc.signHandover(handover, QStringLiteral("leader110")); },
                       [&] {
                           return rawScalar(path, QStringLiteral("SELECT count(*) FROM handovers WHERE id = %1 AND state = 'signed'")
                                                  .arg(handover))
                                  == 1;
                       }};

    // A CAD export of three calls, each import of its own ids.
    auto profile = ImportProfile::fromJson(
        R"({"name":"small","source":"T","grain":"incident","on_bad_row":"skip",
            "columns":{"incident_id":"id","received":"recv","priority":"pri","call_type":"type","location":"loc"},
            "timestamp":{"format":"yyyy-MM-dd HH:mm:ss","time_zone":"Asia/Shanghai"},
            "line":"110","categories":{"theft":"criminal","fight":"public_order"},"priorities":{"A":1,"B":2}})",
        QStringLiteral("small.json"));
    REQUIRE(profile.ok());
    const QString csv = w.s.dir() + QStringLiteral("/calls.csv");
    const Command import{"import a CAD export",
                         [&] {
                             ++serial;
                             QFile f(csv);
                             REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                             f.write(QStringLiteral("id,recv,pri,type,loc\n"
                                                    "%1-1,2026-11-01 09:00:00,A,theft,\"(22.78, 100.97)\"\n"
                                                    "%1-2,2026-11-01 09:30:00,B,fight,\"(22.77, 100.96)\"\n"
                                                    "%1-3,2026-11-01 10:00:00,B,theft,\n")
                                         .arg(serial)
                                         .toUtf8());
                         },
                         [&]() -> Status {
                             auto r = svc.importHistory(*profile, csv);
                             if (!r.ok())
                                 return r.error();
                             REQUIRE(r->incidents == 3);
                             return Done{};
                         },
                         [&] {
                             return rawScalar(path, QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref LIKE 'T:%1-%'")
                                                    .arg(serial))
                                    == 3;
                         }};

    // The handover first, while few calls are open (its report carries every one of them), then as the shift leader.
    w.run(open);
    w.run(sign);
    w.run(import);
    w.run(create);
    w.run(clearAfter(dispatch));
    w.run(clearAfter(step));
    w.run(clearAfter(feedback));

    QStringList byKind;
    for (auto it = w.injected.cbegin(); it != w.injected.cend(); ++it)
        byKind << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    WARN("disk faults: " << w.positions << " positions swept, " << w.acknowledged << " acknowledged, " << w.refused
                         << " refused, 0 lost; injected: " << byKind.join(QStringLiteral(", ")).toStdString());
}

TEST_CASE("a board read that fails half-way leaves the board as it was", "[store][faults][sqlite]")
{
    FaultyDisk disk;
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 first = takeCall(svc, QStringLiteral("第一起"));
    Board board;
    board.load(s.db().connection());
    const QString before = boardFingerprint(board);
    REQUIRE(board.incident(first));
    // Another call and a unit sent, so that a whole read would change the board.
    const qint64 second = takeCall(svc, QStringLiteral("第二起"));
    const qint64 unit = svc.board().unitIds().first();
    REQUIRE(svc.dispatchUnits(second, {DispatchPick{unit, 500, 60}}).ok());

    int failedReads = 0;
    for (int n = 1;; ++n) {
        INFO("read error from read " << n);
        REQUIRE(n < 200);
        auto fresh = Database::open(s.path(), Database::Mode::Inspect); // a cold page cache: the board is read from disk
        REQUIRE(fresh.ok());
        disk.failFrom(FaultyDisk::Fault::Read, n);
        bool threw = false;
        try {
            board.load((*fresh)->connection());
        } catch (const DispatchError&) {
            threw = true;
        }
        const int failed = disk.failed();
        disk.clear();
        if (!threw) {
            CHECK(failed == 0);
            break;
        }
        ++failedReads;
        REQUIRE(boardFingerprint(board) == before); // nothing of the half-read store
    }
    CHECK(failedReads > 0);
    CHECK(board.incident(second));
    CHECK(board.unit(unit)->incidentId == second);
}
