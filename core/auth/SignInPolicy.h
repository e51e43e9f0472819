// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

class Database;
struct EventRecord;

/// How the desk keeps a stranger out: an account locked after five failed sign-ins in a row (for `lockMinutes`,
/// unless a shift leader or an administrator unlocks it first), a desk that locks its screen after `idleLockMinutes`
/// without a key or a click, passwords of at least eight characters that are not common ones, and a handover signed
/// no earlier than `signBeforeEndMinutes` before its shift's end. The times are the centre's (kept in the store's
/// meta, set by an administrator).
struct SignInPolicy
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SignInPolicy)

public:
    static constexpr int kFailuresBeforeLock = 5;
    static constexpr int kMinimumPasswordLength = 8;
    static constexpr int kDefaultLockMinutes = 15;
    static constexpr int kDefaultIdleLockMinutes = 30;
    static constexpr int kDefaultSignBeforeEndMinutes = 30;

    int lockMinutes = kDefaultLockMinutes;
    int idleLockMinutes = kDefaultIdleLockMinutes;
    /// A shift's handover is signed from this long before the shift's end, not earlier.
    int signBeforeEndMinutes = kDefaultSignBeforeEndMinutes;

    /// The centre's policy (defaults where the store says nothing). Throws DispatchError when the store cannot be read.
    static SignInPolicy of(const Database& db);
    static SignInPolicy of(const QSqlDatabase& db);
    /// Writes it into the store's meta (inside the caller's transaction).
    void write(Database& db) const;

    /// Until when the account is locked (0: it is not), from its session events, newest first: the newest
    /// kFailuresBeforeLock are failed sign-ins with no sign-in, unlock or password confirmed among them, and the newest is less than
    /// `lockMinutes` old at `nowMs`.
    qint64 lockedUntil(const QList<EventRecord>& newestFirst, qint64 nowMs) const;

    /// Why a password may not be used for `username` (nothing when it may): too short, a common one, or the name itself.
    static std::optional<QString> passwordProblem(const QString& password, const QString& username);
};

} // namespace dispatch
