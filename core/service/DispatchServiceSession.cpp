// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's sessions: signing in (with the lockout and the equal cost of an unknown name), the trainer seating a
// trainee, signing out, unlocking an account and the centre's sign-in policy.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "auth/SignInPolicy.h"
#include "domain/EventKinds.h"
#include "service/CommandContext.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/UserRepository.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

namespace dispatch {

namespace {

/// The refusal of a locked account, with the time the lock ends.
Error lockedError(qint64 untilMs, const QTimeZone& zone)
{
    return Error{DispatchService::tr("this account is locked after %1 failed sign-ins until %2; a shift leader or an "
                                     "administrator can unlock it")
                     .arg(SignInPolicy::kFailuresBeforeLock)
                     .arg(QDateTime::fromMSecsSinceEpoch(untilMs, zone).toString(QStringLiteral("HH:mm")))};
}

/// Until when the account is locked now (0: it is not), as its session events say.
qint64 lockedNow(const QSqlDatabase& db, const SignInPolicy& policy, qint64 userId, qint64 nowMs)
{
    return policy.lockedUntil(
        EventLog::lastOfEntity(db, QStringLiteral("session"), userId, SignInPolicy::kFailuresBeforeLock + 1), nowMs);
}

/// Records a failed password, by the system or the signed-in user: a known account's (`userId`) failures are its own,
/// and the one that locks it says until when. Returns that time (0: not locked).
qint64 recordFailure(CommandContext& ctx, const SignInPolicy& policy, qint64 userId, QJsonObject payload)
{
    qint64 locksUntil = 0;
    if (userId) {
        QList<EventRecord> history =
            EventLog::lastOfEntity(ctx.db(), QStringLiteral("session"), userId, SignInPolicy::kFailuresBeforeLock);
        EventRecord failure;
        failure.kind = events::kSessionLoginFailed;
        failure.atMs = ctx.now();
        history.prepend(failure);
        locksUntil = policy.lockedUntil(history, ctx.now());
        if (locksUntil)
            payload.insert(QStringLiteral("locked_until"), locksUntil);
    }
    ctx.record(events::kSessionLoginFailed, QStringLiteral("session"), userId, payload);
    return locksUntil;
}

} // namespace

Result<User> DispatchService::login(const QString& username, const QString& password)
{
    std::optional<UserRepository::Row> row;
    SignInPolicy policy;
    qint64 lockedUntil = 0;
    try {
        row = UserRepository::findByUsername(m_db.connection(), username.trimmed());
        policy = SignInPolicy::of(m_db);
        if (row)
            lockedUntil = lockedNow(m_db.connection(), policy, row->user.id, m_clock.nowMs());
        else // an unknown name costs what a known one does, so that names cannot be found by timing
            PasswordHash::pbkdf2Sha256(password.toUtf8(), QByteArrayLiteral("no such user...."),
                                       std::max(1, UserRepository::mostIterations(m_db.connection())));
    } catch (const DispatchError& e) {
        return e.error();
    }
    // A locked account's password is checked (so that it costs the same) but never accepted: it cannot be guessed
    // meanwhile.
    const bool matches = row && row->password.matches(password) && !lockedUntil;
    const bool ok = matches && row->user.active;
    const QString savedTool = m_systemTool;
    m_user.reset();
    if (!ok) {
        // Recorded either way, by the system, naming the user name tried; a known account's failures are its own
        // (the fifth in a row locks it).
        const QString reason = !row ? QStringLiteral("unknown user")
                               : lockedUntil ? QStringLiteral("locked")
                               : !matches    ? QStringLiteral("wrong password")
                                             : QStringLiteral("account disabled");
        qint64 locksUntil = lockedUntil;
        m_systemTool = QStringLiteral("system");
        auto r = perform<Done>([&](CommandContext& ctx) {
            const qint64 locks = recordFailure(ctx, policy, row && !matches ? row->user.id : 0,
                                               {{QStringLiteral("username"), username.trimmed()}, {QStringLiteral("reason"), reason}});
            locksUntil = std::max(locksUntil, locks);
            return Done{};
        });
        m_systemTool = savedTool;
        Q_EMIT sessionChanged();
        if (!r)
            return r.error();
        if (locksUntil)
            return lockedError(locksUntil, m_board.timeZone());
        if (matches && !row->user.active)
            return Error{tr("this account is disabled")};
        return Error{tr("unknown user name or wrong password")};
    }
    m_user = row->user;
    m_systemTool.clear();
    auto r = perform<Done>([&](CommandContext& ctx) {
        ctx.record(events::kSessionLogin, QStringLiteral("session"), m_user->id,
                   {{QStringLiteral("username"), m_user->username}, {QStringLiteral("role"), Roles::code(m_user->role)}});
        return Done{};
    });
    if (!r) {
        m_user.reset();
        m_systemTool = savedTool;
        return r.error();
    }
    Q_EMIT sessionChanged();
    return *m_user;
}

Status DispatchService::confirmPassword(const QString& password)
{
    return checkPassword(password, QStringLiteral("lock screen"), true);
}

Status DispatchService::confirmSignature(const QString& password, const QString& what)
{
    return checkPassword(password, what, false);
}

Status DispatchService::checkPassword(const QString& password, const QString& what, bool recordUnlock)
{
    if (!m_user)
        return Error{tr("nobody is signed in at this desk")};
    std::optional<UserRepository::Row> row;
    qint64 lockedUntil = 0;
    SignInPolicy policy;
    try {
        row = UserRepository::findByUsername(m_db.connection(), m_user->username);
        policy = SignInPolicy::of(m_db);
        lockedUntil = lockedNow(m_db.connection(), policy, m_user->id, m_clock.nowMs());
    } catch (const DispatchError& e) {
        return e.error();
    }
    const bool matches = row && row->password.matches(password) && !lockedUntil;
    if (matches && !recordUnlock)
        return Done{};
    qint64 locksUntil = lockedUntil;
    auto r = perform<Done>([&](CommandContext& ctx) {
        if (matches) {
            if (recordUnlock)
                ctx.record(events::kSessionScreenUnlocked, QStringLiteral("session"), m_user->id,
                           {{QStringLiteral("username"), m_user->username}});
            return Done{};
        }
        locksUntil = recordFailure(ctx, policy, m_user->id,
                                   {{QStringLiteral("username"), m_user->username},
                                    {QStringLiteral("reason"), lockedUntil ? QStringLiteral("locked") : QStringLiteral("wrong password")},
                                    {QStringLiteral("at"), what}});
        return Done{};
    });
    if (!r)
        return r.error();
    if (matches)
        return Done{};
    if (locksUntil)
        return lockedError(locksUntil, m_board.timeZone());
    return Error{tr("wrong password")};
}

Status DispatchService::noteScreenLocked(int idleMinutes)
{
    if (!m_user)
        return Done{};
    return perform<Done>([&](CommandContext& ctx) {
        ctx.record(events::kSessionScreenLocked, QStringLiteral("session"), m_user->id,
                   {{QStringLiteral("username"), m_user->username}, {QStringLiteral("idle_minutes"), idleMinutes}});
        return Done{};
    });
}

Status DispatchService::unlockUser(const QString& username)
{
    return perform<Done>([&](CommandContext& ctx) {
        ctx.requireRole({Role::ShiftLeader, Role::Administrator});
        const auto row = UserRepository::findByUsername(ctx.db(), username.trimmed());
        if (!row)
            throw DispatchError(tr("no user \"%1\"").arg(username), QStringLiteral("username"));
        ctx.record(events::kSessionUnlocked, QStringLiteral("session"), row->user.id, {{QStringLiteral("username"), row->user.username}});
        return Done{};
    });
}

Status DispatchService::setSignInPolicy(const SignInPolicy& policy)
{
    if (policy.lockMinutes < 1 || policy.lockMinutes > 24 * 60)
        return Error{tr("the lock time is 1 to 1440 minutes"), QStringLiteral("lock_minutes")};
    if (policy.idleLockMinutes < 1 || policy.idleLockMinutes > 24 * 60)
        return Error{tr("the idle time before a desk locks is 1 to 1440 minutes"), QStringLiteral("idle_minutes")};
    if (policy.signBeforeEndMinutes < 0 || policy.signBeforeEndMinutes > 12 * 60)
        return Error{tr("a handover is signed 0 to 720 minutes before its shift's end"), QStringLiteral("sign_minutes")};
    return perform<Done>([&](CommandContext& ctx) {
        ctx.requireRole({Role::Administrator});
        policy.write(m_db);
        ctx.record(events::kSignInPolicySet, QStringLiteral("centre"), 0,
                   {{QStringLiteral("lock_minutes"), policy.lockMinutes},
                    {QStringLiteral("idle_lock_minutes"), policy.idleLockMinutes},
                    {QStringLiteral("sign_minutes_before_end"), policy.signBeforeEndMinutes}});
        return Done{};
    });
}

Result<User> DispatchService::signInForExercise(const QString& username)
{
    if (!m_board.centre().training)
        return Error{tr("only a training store lets the trainer seat a trainee without the password")};
    const auto row = UserRepository::findByUsername(m_db.connection(), username.trimmed());
    if (!row || !row->user.active)
        return Error{tr("no active user \"%1\" in this exercise").arg(username)};
    const QString savedTool = m_systemTool;
    m_user = row->user;
    m_systemTool.clear();
    auto r = perform<Done>([&](CommandContext& ctx) {
        ctx.record(events::kSessionLogin, QStringLiteral("session"), m_user->id,
                   {{QStringLiteral("username"), m_user->username}, {QStringLiteral("role"), Roles::code(m_user->role)},
                    {QStringLiteral("exercise"), true}});
        return Done{};
    });
    if (!r) {
        m_user.reset();
        m_systemTool = savedTool;
        return r.error();
    }
    Q_EMIT sessionChanged();
    return *m_user;
}

Status DispatchService::logout()
{
    if (!m_user)
        return Done{};
    auto r = perform<Done>([&](CommandContext& ctx) {
        ctx.record(events::kSessionLogout, QStringLiteral("session"), m_user->id,
                   {{QStringLiteral("username"), m_user->username}});
        return Done{};
    });
    m_user.reset();
    Q_EMIT sessionChanged();
    return r;
}

} // namespace dispatch
