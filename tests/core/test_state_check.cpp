// SPDX-License-Identifier: GPL-3.0-or-later
// The state agrees with the log, beyond incidents and assignments: the follow-up lists' rows and steps (opened,
// accepted, done, closed, overdue) and the 1/3/5-minute clocks (their deadlines, outcomes and breach stamps). Each
// row changed, inserted or deleted around the commands is named by the check; each put back, the check passes.
#include "CatchQt.h"
#include "FollowUpFixture.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/Sql.h"
#include "store/StoreCheck.h"

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

QString problems(TestStore& s)
{
    const StoreCheckReport r = StoreCheckReport::run(s.db());
    CHECK(r.chain.ok); // none of this touches the log: only the check of the state can see it
    return r.stateProblems.join(u'\n');
}

} // namespace

TEST_CASE("a follow-up list's row or step written, undone or deleted without its event is named by the check",
          "[events][state]")
{
    TestStore s;
    const FollowUpFixture f(s);
    DispatchService& svc = s.service();
    const QSqlDatabase& c = s.db().connection();
    StoreCheckReport r = StoreCheckReport::run(s.db());
    REQUIRE(r.ok());
    CHECK(r.listRowsChecked >= 12); // at least one open and one dealt-with row of each coded list

    // Every open item goes overdue: the sweeps stamp them, each with its event.
    s.clock().advanceMs(40 * 24 * kHour);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(problems(s).isEmpty());
    const auto stamped = [&](const char* table) {
        return sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1 WHERE overdue_at IS NOT NULL").arg(QLatin1String(table)))
            .toInt();
    };
    REQUIRE(stamped("transfers") >= 1);
    REQUIRE(stamped("ledger_entries") >= 1);

    // An overdue transfer made to look on time: its stamp cleared.
    sql::run(c, QStringLiteral("UPDATE transfers SET overdue_at = NULL WHERE id = ?"), {f.transfer});
    CHECK(problems(s) == QStringLiteral("transfer %1: the log has its transfer.overdue event, but its row does not show "
                                        "it: the row was changed without its event")
                             .arg(f.transfer));
    // Accepted in its row only.
    sql::run(c, QStringLiteral("UPDATE transfers SET overdue_at = 1, accepted_at = 2, accepted_by = 'x' WHERE id = ?"),
             {f.transfer});
    CHECK(problems(s) == QStringLiteral("transfer %1: its row shows what transfer.accepted records, but the log has no such "
                                        "event: the row was changed without its event")
                             .arg(f.transfer));
    sql::run(c, QStringLiteral("UPDATE transfers SET accepted_at = NULL, accepted_by = '' WHERE id = ?"), {f.transfer});
    CHECK(problems(s).isEmpty());

    // A mediation settled behind the commands; an instruction that was never registered; a ledger entry deleted.
    sql::run(c, QStringLiteral("UPDATE mediations SET outcome = 'settled', outcome_at = 5 WHERE id = ?"), {f.mediation});
    sql::run(c, QStringLiteral("INSERT INTO instructions(source, text, class, received_at, registered_at, registered_by, "
                               "sign_deadline_at, reply_deadline_at) VALUES ('市局', '伪造的指令', 'general', 1, 1, 'x', 2, 3)"));
    const qint64 forged = sql::scalar(c, QStringLiteral("SELECT max(id) FROM instructions")).toLongLong();
    sql::run(c, QStringLiteral("DELETE FROM ledger_actions WHERE entry_id = ?"), {f.ledger});
    sql::run(c, QStringLiteral("DELETE FROM ledger_marks WHERE entry_id = ?"), {f.ledger});
    sql::run(c, QStringLiteral("DELETE FROM supervisions WHERE subject = 'ledger' AND subject_id = ?"), {f.ledger});
    sql::run(c, QStringLiteral("DELETE FROM ledger_entries WHERE id = ?"), {f.ledger});
    const QString said = problems(s);
    CHECK(said.contains(QStringLiteral("mediation %1: its row shows what mediation.settled / mediation.not_settled / "
                                       "mediation.referred records, but the log has no such event")
                            .arg(f.mediation)));
    CHECK(said.contains(QStringLiteral("instruction %1 has no instruction.registered event: it was written behind the "
                                       "application's back")
                            .arg(forged)));
    CHECK(said.contains(QStringLiteral("ledger %1 is in the log (ledger.opened) but its row is gone: it was deleted without "
                                       "an event")
                            .arg(f.ledger)));
}

TEST_CASE("a clock's breach hidden, its outcome or deadline changed without an event is named by the check",
          "[events][state][clocks]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const QSqlDatabase& c = s.db().connection();
    const qint64 incident = takeCall(svc, QStringLiteral("两车剐蹭后争吵"));
    const QString number = svc.board().incident(incident)->number;

    // The call-to-dispatch clock breached and stamped by the sweep, then stopped late by the dispatch; the unit's
    // sign-for missed too.
    s.clock().advanceMs(10 * 60 * kSecond);
    REQUIRE(svc.sweepClocks().ok());
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    s.clock().advanceMs(2 * 60 * kSecond);
    REQUIRE(svc.sweepClocks().ok());
    StoreCheckReport r = StoreCheckReport::run(s.db());
    REQUIRE(r.ok());
    CHECK(r.clocksChecked >= 4); // call to dispatch, sign-for, arrival, and the assignment's sign-for stamp

    const auto clock = [&](const QString& set) {
        sql::run(c, QStringLiteral("UPDATE incident_clocks SET %1 WHERE incident_id = ? AND kind = 'call_to_dispatch'").arg(set),
                 {incident});
    };
    const qint64 breachedAt = sql::scalar(c, QStringLiteral("SELECT breached_at FROM incident_clocks WHERE incident_id = ? "
                                                            "AND kind = 'call_to_dispatch'"),
                                          {incident})
                                  .toLongLong();
    REQUIRE(breachedAt > 0);

    // The breach cleared from its row.
    clock(QStringLiteral("breached_at = NULL"));
    CHECK(problems(s) == QStringLiteral("incident %1: the log says the call_to_dispatch clock was breached, but its row shows "
                                        "no breach: the breach was cleared without an event")
                             .arg(number));
    clock(QStringLiteral("breached_at = %1").arg(breachedAt));
    // Its late stop rewritten as met.
    clock(QStringLiteral("outcome = 'met', late_ms = NULL"));
    CHECK(problems(s).startsWith(QStringLiteral("incident %1: the call_to_dispatch clock stopped ").arg(number)));
    CHECK(problems(s).contains(QStringLiteral("s after its deadline but is \"met\" in its row")));
    // Its deadline moved past the stop (and the outcome with it): the start and the breach event still say otherwise.
    const qint64 deadline =
        sql::scalar(c, QStringLiteral("SELECT deadline FROM incident_clocks WHERE incident_id = ? AND kind = 'call_to_dispatch'"),
                    {incident})
            .toLongLong();
    clock(QStringLiteral("deadline = deadline + 3600000"));
    const QString moved = problems(s);
    CHECK(moved.contains(QStringLiteral("the call_to_dispatch clock's deadline is not its start plus the time allowed")));
    CHECK(moved.contains(QStringLiteral("the call_to_dispatch clock's deadline is not the one its clock.breached event named")));
    clock(QStringLiteral("deadline = %1, outcome = 'breached', late_ms = (SELECT stopped_at FROM incident_clocks k WHERE "
                         "k.id = incident_clocks.id) - %1")
              .arg(deadline));
    CHECK(problems(s).isEmpty());

    // The unit's late sign-for cleared from its assignment; a breach stamped with no event.
    sql::run(c, QStringLiteral("UPDATE assignments SET sign_for_breached_at = NULL WHERE unit_id = ?"), {car});
    const QString unbreached = sql::scalar(c, QStringLiteral("SELECT kind FROM incident_clocks WHERE incident_id = ? AND "
                                                             "breached_at IS NULL ORDER BY id LIMIT 1"),
                                           {incident})
                                   .toString();
    REQUIRE_FALSE(unbreached.isEmpty());
    sql::run(c, QStringLiteral("UPDATE incident_clocks SET breached_at = 1 WHERE incident_id = ? AND kind = ?"),
             {incident, unbreached});
    const QString said = problems(s);
    CHECK(said.contains(QStringLiteral("incident %1: the log says unit 城北01 signed for it late, but its assignment shows no "
                                       "breach")
                            .arg(number)));
    CHECK(said.contains(QStringLiteral("incident %1: the %2 clock is stamped breached, but the log has no clock.breached "
                                       "event for it")
                            .arg(number, unbreached)));
    // A clock deleted after its breach.
    sql::run(c, QStringLiteral("UPDATE incident_clocks SET breached_at = NULL WHERE incident_id = ? AND kind = ?"),
             {incident, unbreached});
    sql::run(c, QStringLiteral("DELETE FROM incident_clocks WHERE incident_id = ? AND kind = 'call_to_dispatch'"), {incident});
    CHECK(problems(s).contains(
        QStringLiteral("incident #%1: the log says its call_to_dispatch clock was breached, but the clock is gone").arg(incident)));
}
