// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "store/ChainKey.h"
#include "store/EventLog.h"

namespace dispatch::ctl {

int runKey(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("out"), CtlContext::tr("Where to write the key (default: STORE.key beside a store file)."),
                 CtlContext::tr("FILE")});
    p.addPositionalArgument(QStringLiteral("init"), CtlContext::tr("Make the store's key."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("key init: make the centre's key for the event log. From the next event on, every "
                                  "event's hash is an HMAC under it, so that a log rewritten by someone who can write "
                                  "the store but has not got the key does not verify. Keep the file readable by the "
                                  "desks' accounts only, and a copy apart from the store's backups; every desk and "
                                  "dispatchctl finds it in DISPATCH_CHAIN_KEY or as STORE.key.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments() != QStringList{QStringLiteral("init")})
        return ctx.usage(CtlContext::tr("usage: dispatchctl key init --db PATH [--out FILE] --admin NAME"));
    const QString db = p.value(QStringLiteral("db"));
    QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() && !Database::isServerAddress(db))
        out = db + QStringLiteral(".key");
    if (out.isEmpty())
        return ctx.usage(CtlContext::tr("a server's store needs --out FILE"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    if (!ctx.signInAdministrator(p))
        return ctx.exitCode();
    if (ChainKey::of(ctx.service().database().connection()))
        return ctx.fail(CtlContext::tr("this store's log is keyed already (its key was found): a store is keyed once"));
    const qint64 from = EventLog::lastSeq(ctx.service().database().connection()) + 1;
    const Result<ChainKey> key = ChainKey::create(out, from);
    if (!key)
        return ctx.fail(key.errorString());
    ctx.out() << CtlContext::tr("wrote %1: the event log is keyed from event #%2 on").arg(out).arg(from) << "\n";
    return Ok;
}

} // namespace dispatch::ctl
