// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "auth/SignInPolicy.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace dispatch::ctl {

int runUsers(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("username"), CtlContext::tr("The user name (add, passwd, unlock)."), CtlContext::tr("NAME")});
    p.addOption({QStringLiteral("lock-minutes"), CtlContext::tr("How long five failed sign-ins lock an account (policy)."),
                 CtlContext::tr("MINUTES")});
    p.addOption({QStringLiteral("idle-minutes"), CtlContext::tr("How long a desk may stay untouched before it locks (policy)."),
                 CtlContext::tr("MINUTES")});
    p.addOption({QStringLiteral("sign-minutes"),
                 CtlContext::tr("How long before its shift's end a handover may be signed (policy)."), CtlContext::tr("MINUTES")});
    p.addOption({QStringLiteral("name"), CtlContext::tr("The display name (add)."), CtlContext::tr("TEXT")});
    p.addOption({QStringLiteral("role"), CtlContext::tr("dispatcher, shift_leader, trainer or admin (add)."),
                 CtlContext::tr("ROLE")});
    p.addPositionalArgument(QStringLiteral("action"),
                            CtlContext::tr("list (default), add, passwd, unlock or policy; add and passwd read the "
                                           "new password from the next line of standard input (after the "
                                           "administrator's)."));
    if (!ctx.parse(p, args, CtlContext::tr("Manage the users of a store.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString action = p.positionalArguments().value(0, QStringLiteral("list"));
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("unlock"),
                              QStringLiteral("policy")};
    if (!actions.contains(action))
        return ctx.usage(CtlContext::tr("unknown action \"%1\" (list, add, passwd, unlock, policy)").arg(action));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();

    if (action == QStringLiteral("list")) {
        const QList<User>& users = svc.board().users();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const User& u : users)
                arr.append(QJsonObject{{QStringLiteral("id"), u.id},
                                       {QStringLiteral("username"), u.username},
                                       {QStringLiteral("display_name"), u.displayName},
                                       {QStringLiteral("role"), Roles::code(u.role)},
                                       {QStringLiteral("active"), u.active}});
            ctx.printJson(QJsonDocument(arr));
        } else {
            for (const User& u : users)
                ctx.out() << u.username.leftJustified(14) << Roles::code(u.role).leftJustified(14) << u.displayName
                          << (u.active ? QString() : CtlContext::tr(" (disabled)")) << "\n";
        }
        return Ok;
    }

    if (action == QStringLiteral("policy")) {
        // The centre's sign-in policy: shown, or changed where an option says so.
        SignInPolicy policy;
        try {
            policy = SignInPolicy::of(svc.database());
        } catch (const DispatchError& e) {
            return ctx.fail(e.error().toString());
        }
        bool ok = true;
        if (p.isSet(QStringLiteral("lock-minutes")))
            policy.lockMinutes = p.value(QStringLiteral("lock-minutes")).toInt(&ok);
        if (ok && p.isSet(QStringLiteral("idle-minutes")))
            policy.idleLockMinutes = p.value(QStringLiteral("idle-minutes")).toInt(&ok);
        if (ok && p.isSet(QStringLiteral("sign-minutes")))
            policy.signBeforeEndMinutes = p.value(QStringLiteral("sign-minutes")).toInt(&ok);
        if (!ok)
            return ctx.usage(CtlContext::tr("--lock-minutes, --idle-minutes and --sign-minutes take a number of minutes"));
        if (p.isSet(QStringLiteral("lock-minutes")) || p.isSet(QStringLiteral("idle-minutes")) || p.isSet(QStringLiteral("sign-minutes"))) {
            if (!ctx.signInAdministrator(p))
                return ctx.exitCode();
            if (Status s = svc.setSignInPolicy(policy); !s)
                return ctx.fail(s.errorString());
        }
        ctx.out() << CtlContext::tr("an account locks for %1 min after %2 failed sign-ins; a desk locks after %3 min untouched; "
                                    "a handover is signed from %4 min before its shift's end")
                         .arg(policy.lockMinutes)
                         .arg(SignInPolicy::kFailuresBeforeLock)
                         .arg(policy.idleLockMinutes)
                         .arg(policy.signBeforeEndMinutes)
                  << "\n";
        return Ok;
    }
    const QString username = p.value(QStringLiteral("username"));
    if (username.isEmpty())
        return ctx.usage(CtlContext::tr("--username is required"));
    // Everything below changes users: an administrator signs in first (a shift leader may unlock).
    if (!ctx.signInAdministrator(p, action == QStringLiteral("unlock")))
        return ctx.exitCode();
    if (action == QStringLiteral("unlock")) {
        if (Status s = svc.unlockUser(username); !s)
            return ctx.fail(s.errorString());
        ctx.out() << CtlContext::tr("unlocked %1").arg(username) << "\n";
        return Ok;
    }
    const QString password = ctx.readStdinLine();
    if (action == QStringLiteral("add")) {
        const auto role = Roles::fromCode(p.value(QStringLiteral("role")));
        if (!role)
            return ctx.usage(CtlContext::tr("--role must be dispatcher, shift_leader, trainer or admin"));
        auto r = svc.addUser({username, p.value(QStringLiteral("name")), *role, password});
        if (!r)
            return ctx.fail(r.errorString());
        ctx.out() << CtlContext::tr("added user %1 (%2)").arg(username, Roles::code(*role)) << "\n";
        return Ok;
    }
    if (Status s = svc.setPassword(username, password); !s)
        return ctx.fail(s.errorString());
    ctx.out() << CtlContext::tr("password changed for %1").arg(username) << "\n";
    return Ok;
}

} // namespace dispatch::ctl
