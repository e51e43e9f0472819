// SPDX-License-Identifier: GPL-3.0-or-later
// A stranger at the desk: an account locked after five failed sign-ins in a row (for the centre's lock time, or until
// a shift leader unlocks it), the failures each an event of the account, a sign-in between them starting the count
// again, an unknown name never locking anything nor telling itself apart, a disabled account told only to whoever
// knows its password, passwords of at least eight characters that are not common ones, and the centre's policy set by
// an administrator alone.
#include "CatchQt.h"
#include "TestStore.h"

#include "auth/SignInPolicy.h"
#include "domain/EventKinds.h"
#include "service/DispatchService.h"
#include "store/EventLog.h"
#include "store/UserRepository.h"
#include "util/Clock.h"

#include <QJsonObject>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

QList<EventRecord> sessionEvents(TestStore& s, const QString& kind)
{
    QList<EventRecord> out;
    for (const EventRecord& e : EventLog::range(s.db().connection(), 1, 1000000))
        if (e.kind == kind)
            out << e;
    return out;
}

void failTimes(DispatchService& svc, const QString& username, int times)
{
    for (int i = 0; i < times; ++i)
        REQUIRE_FALSE(svc.login(username, QStringLiteral("not-the-password")).ok());
}

} // namespace

TEST_CASE("five failed sign-ins in a row lock the account for the centre's lock time", "[auth][lockout]")
{
    TestStore s(TestStore::Demo, QString());
    DispatchService& svc = s.service();
    s.clock().setMs(defaultStartMs());
    failTimes(svc, QStringLiteral("dispatcher"), 4);
    // The fifth locks it, and says so.
    const auto fifth = svc.login(QStringLiteral("dispatcher"), QStringLiteral("not-the-password"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.errorString()
          == QStringLiteral("this account is locked after 5 failed sign-ins until 09:15; a shift leader or an administrator "
                            "can unlock it"));
    // The right password is not even tried meanwhile.
    s.clock().advanceSecs(60);
    const auto right = svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110"));
    REQUIRE_FALSE(right.ok());
    CHECK(right.errorString().contains(QStringLiteral("locked")));
    CHECK_FALSE(svc.currentUser());
    // Each failure is an event of the account; the one that locked it says until when; the refusal while locked too.
    const QList<EventRecord> failed = sessionEvents(s, events::kSessionLoginFailed);
    REQUIRE(failed.size() == 6);
    const qint64 id = UserRepository::findByUsername(s.db().connection(), QStringLiteral("dispatcher"))->user.id;
    for (const EventRecord& e : failed)
        CHECK(e.entityId == id);
    CHECK_FALSE(failed[3].payloadObject().contains(QStringLiteral("locked_until")));
    CHECK(failed[4].payloadObject().value(QStringLiteral("locked_until")).toDouble() == double(defaultStartMs() + 15 * kMinute));
    CHECK(failed[5].payloadObject().value(QStringLiteral("reason")).toString() == QStringLiteral("locked"));
    // Other accounts are not touched.
    CHECK(svc.login(QStringLiteral("leader"), QStringLiteral("leader110")).ok());
    REQUIRE(svc.logout().ok());
    // Once the lock time has passed since the last attempt, the right password signs in.
    s.clock().advanceSecs(15 * 60);
    const auto later = svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110"));
    INFO(later.errorString().toStdString());
    CHECK(later.ok());
}

TEST_CASE("a sign-in between failures starts the count again; an unknown name locks nothing", "[auth][lockout]")
{
    TestStore s(TestStore::Demo, QString());
    DispatchService& svc = s.service();
    failTimes(svc, QStringLiteral("dispatcher"), 4);
    REQUIRE(svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
    REQUIRE(svc.logout().ok());
    failTimes(svc, QStringLiteral("dispatcher"), 4);
    CHECK(svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
    REQUIRE(svc.logout().ok());

    failTimes(svc, QStringLiteral("nobody"), 8);
    const auto unknown = svc.login(QStringLiteral("nobody"), QStringLiteral("anything-at-all"));
    CHECK(unknown.errorString() == QStringLiteral("unknown user name or wrong password"));
    for (const EventRecord& e : sessionEvents(s, events::kSessionLoginFailed))
        if (e.payloadObject().value(QStringLiteral("username")).toString() == QStringLiteral("nobody"))
            CHECK(e.entityId == 0);
}

TEST_CASE("a shift leader unlocks an account; a dispatcher cannot", "[auth][lockout]")
{
    TestStore s(TestStore::Demo, QString());
    DispatchService& svc = s.service();
    failTimes(svc, QStringLiteral("dispatcher2"), 5);
    REQUIRE_FALSE(svc.login(QStringLiteral("dispatcher2"), QStringLiteral("dispatcher2110")).ok());

    s.signIn(QStringLiteral("dispatcher"));
    const Status refused = svc.unlockUser(QStringLiteral("dispatcher2"));
    CHECK_FALSE(refused.ok());
    s.signIn(QStringLiteral("leader"));
    CHECK_FALSE(svc.unlockUser(QStringLiteral("nobody")).ok());
    REQUIRE(svc.unlockUser(QStringLiteral("dispatcher2")).ok());
    const QList<EventRecord> unlocked = sessionEvents(s, events::kSessionUnlocked);
    REQUIRE(unlocked.size() == 1);
    CHECK(unlocked.first().username == QStringLiteral("leader"));
    REQUIRE(svc.logout().ok());
    CHECK(svc.login(QStringLiteral("dispatcher2"), QStringLiteral("dispatcher2110")).ok());
}

TEST_CASE("a disabled account is named only to whoever knows its password", "[auth]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(s.service().addUser({QStringLiteral("retired"), QStringLiteral("退休"), Role::Dispatcher,
                                 QStringLiteral("retired-pass-1"), 500})
                .ok());
    UserRepository::setActive(s.db().connection(),
                              UserRepository::findByUsername(s.db().connection(), QStringLiteral("retired"))->user.id, false);
    REQUIRE(s.service().logout().ok());
    CHECK(s.service().login(QStringLiteral("retired"), QStringLiteral("wrong-guess-1")).errorString()
          == QStringLiteral("unknown user name or wrong password"));
    CHECK(s.service().login(QStringLiteral("retired"), QStringLiteral("retired-pass-1")).errorString()
          == QStringLiteral("this account is disabled"));
}

TEST_CASE("passwords: at least eight characters, not a common one, not the user name", "[auth][password]")
{
    CHECK(SignInPolicy::passwordProblem(QStringLiteral("abc1234"), QStringLiteral("x")));
    CHECK(*SignInPolicy::passwordProblem(QStringLiteral("abc1234"), QStringLiteral("x"))
          == QStringLiteral("a password needs at least 8 characters"));
    CHECK(SignInPolicy::passwordProblem(QStringLiteral("12345678"), QStringLiteral("x")));
    CHECK(SignInPolicy::passwordProblem(QStringLiteral("PassWord1"), QStringLiteral("x")));
    CHECK(SignInPolicy::passwordProblem(QStringLiteral("woaini1314"), QStringLiteral("x")));
    CHECK(SignInPolicy::passwordProblem(QStringLiteral("Zhangwei1"), QStringLiteral("zhangwei1")));
    CHECK_FALSE(SignInPolicy::passwordProblem(QStringLiteral("dispatcher110"), QStringLiteral("dispatcher")));
    CHECK_FALSE(SignInPolicy::passwordProblem(QStringLiteral("月光路值班2026"), QStringLiteral("x")));

    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    const auto common = s.service().addUser({QStringLiteral("newbie"), {}, Role::Dispatcher, QStringLiteral("88888888"), 500});
    REQUIRE_FALSE(common.ok());
    CHECK(common.error().where == QStringLiteral("password"));
    CHECK(common.errorString().contains(QStringLiteral("most common")));
    CHECK_FALSE(s.service().setPassword(QStringLiteral("dispatcher"), QStringLiteral("short1"), 500).ok());
    CHECK(s.service().setPassword(QStringLiteral("dispatcher"), QStringLiteral("night-shift-07"), 500).ok());
}

TEST_CASE("the centre's sign-in policy: set by an administrator, read by every desk", "[auth][lockout]")
{
    TestStore s(TestStore::Demo, QStringLiteral("leader"));
    SignInPolicy p;
    p.lockMinutes = 30;
    p.idleLockMinutes = 10;
    CHECK_FALSE(s.service().setSignInPolicy(p).ok()); // a shift leader may not
    s.signIn(QStringLiteral("admin"));
    p.idleLockMinutes = 0;
    CHECK(s.service().setSignInPolicy(p).error().where == QStringLiteral("idle_minutes"));
    p.idleLockMinutes = 10;
    REQUIRE(s.service().setSignInPolicy(p).ok());
    const SignInPolicy read = SignInPolicy::of(s.db());
    CHECK(read.lockMinutes == 30);
    CHECK(read.idleLockMinutes == 10);
    CHECK(sessionEvents(s, events::kSignInPolicySet).size() == 1);

    // The lock lasts the centre's time.
    REQUIRE(s.service().logout().ok());
    s.clock().setMs(defaultStartMs());
    failTimes(s.service(), QStringLiteral("dispatcher"), 5);
    s.clock().advanceSecs(29 * 60);
    CHECK_FALSE(s.service().login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
    s.clock().advanceSecs(30 * 60 + 1);
    CHECK(s.service().login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
}
