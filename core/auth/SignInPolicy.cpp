// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/SignInPolicy.h"

#include "domain/EventKinds.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/MetaRepository.h"

#include <QSet>

namespace dispatch {

namespace {

const QString kLockKey = QStringLiteral("signin.lock_minutes");
const QString kIdleKey = QStringLiteral("desk.idle_lock_minutes");
const QString kSignKey = QStringLiteral("handover.sign_minutes_before_end");

/// Passwords people choose first (lists of leaked passwords, and the Chinese favourites among them): refused
/// whatever their length, compared without case.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list{
        QStringLiteral("12345678"), QStringLiteral("123456789"), QStringLiteral("1234567890"), QStringLiteral("87654321"),
        QStringLiteral("11111111"), QStringLiteral("00000000"), QStringLiteral("88888888"), QStringLiteral("66666666"),
        QStringLiteral("99999999"), QStringLiteral("12341234"), QStringLiteral("11223344"), QStringLiteral("12121212"),
        QStringLiteral("123123123"), QStringLiteral("147258369"), QStringLiteral("123456abc"), QStringLiteral("abc12345"),
        QStringLiteral("abcd1234"), QStringLiteral("a1234567"), QStringLiteral("a12345678"), QStringLiteral("aa123456"),
        QStringLiteral("qq123456"), QStringLiteral("1q2w3e4r"), QStringLiteral("1qaz2wsx"), QStringLiteral("qwertyui"),
        QStringLiteral("qwerty123"), QStringLiteral("qwer1234"), QStringLiteral("asdf1234"), QStringLiteral("zxcvbnm1"),
        QStringLiteral("password"), QStringLiteral("password1"), QStringLiteral("password123"), QStringLiteral("passw0rd"),
        QStringLiteral("p@ssw0rd"), QStringLiteral("iloveyou"), QStringLiteral("sunshine"), QStringLiteral("princess"),
        QStringLiteral("football"), QStringLiteral("baseball"), QStringLiteral("welcome1"), QStringLiteral("admin123"),
        QStringLiteral("administrator"), QStringLiteral("letmein1"), QStringLiteral("trustno1"), QStringLiteral("changeme"),
        QStringLiteral("woaini1314"), QStringLiteral("5201314520"), QStringLiteral("52013145"), QStringLiteral("13145200"),
        QStringLiteral("woaini520"), QStringLiteral("iloveyou1"), QStringLiteral("zhang123"), QStringLiteral("wang1234"),
        QStringLiteral("li123456"), QStringLiteral("police110"), QStringLiteral("police123"), QStringLiteral("110110110"),
        QStringLiteral("12345678a"), QStringLiteral("dispatch"), QStringLiteral("dispatcher"), QStringLiteral("dispatch1"),
    };
    return list;
}

} // namespace

SignInPolicy SignInPolicy::of(const Database& db)
{
    return of(db.connection());
}

SignInPolicy SignInPolicy::of(const QSqlDatabase& db)
{
    SignInPolicy p;
    p.lockMinutes = MetaRepository::value(db, kLockKey, QString::number(kDefaultLockMinutes)).toInt();
    p.idleLockMinutes = MetaRepository::value(db, kIdleKey, QString::number(kDefaultIdleLockMinutes)).toInt();
    p.signBeforeEndMinutes = MetaRepository::value(db, kSignKey, QString::number(kDefaultSignBeforeEndMinutes)).toInt();
    return p;
}

void SignInPolicy::write(Database& db) const
{
    db.setMeta(kLockKey, QString::number(lockMinutes));
    db.setMeta(kIdleKey, QString::number(idleLockMinutes));
    db.setMeta(kSignKey, QString::number(signBeforeEndMinutes));
}

qint64 SignInPolicy::lockedUntil(const QList<EventRecord>& newestFirst, qint64 nowMs) const
{
    int failures = 0;
    for (const EventRecord& e : newestFirst) {
        if (e.kind == events::kSessionLogin || e.kind == events::kSessionUnlocked || e.kind == events::kSessionScreenUnlocked)
            break;
        if (e.kind == events::kSessionLoginFailed)
            ++failures;
        if (failures == kFailuresBeforeLock)
            break;
    }
    if (failures < kFailuresBeforeLock || newestFirst.isEmpty())
        return 0;
    const qint64 until = newestFirst.first().atMs + qint64(lockMinutes) * 60 * 1000;
    return until > nowMs ? until : 0;
}

std::optional<QString> SignInPolicy::passwordProblem(const QString& password, const QString& username)
{
    if (password.size() < kMinimumPasswordLength)
        return tr("a password needs at least %1 characters").arg(kMinimumPasswordLength);
    if (commonPasswords().contains(password.toLower()))
        return tr("this password is one of the most common ones; choose another");
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return tr("a password must not be the user name");
    return std::nullopt;
}

} // namespace dispatch
