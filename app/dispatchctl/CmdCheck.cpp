// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "store/StoreCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

int runCheck(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    if (!ctx.parse(p, args, CtlContext::tr("Verify SQLite integrity, foreign keys and the event hash chain.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    Database* db = ctx.openStore(p, Database::Mode::Inspect);
    if (!db)
        return ctx.exitCode();
    // Not a failure of the store, but the administrator's to close.
    if (const QString exposed = db->exposure(); !exposed.isEmpty())
        ctx.err() << CtlContext::tr("warning: %1").arg(exposed) << "\n";
    StoreCheckReport r;
    try {
        r = StoreCheckReport::run(*db);
    } catch (const DispatchError& e) {
        return ctx.fail(e.error().toString());
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), r.ok()},
            {QStringLiteral("integrity_ok"), r.integrityOk},
            {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(r.integrityProblems)},
            {QStringLiteral("events"), r.chain.events},
            {QStringLiteral("chain_ok"), r.chain.ok},
            {QStringLiteral("broken_event"), r.chain.brokenSeq},
            {QStringLiteral("reason"), r.chain.reason},
            {QStringLiteral("handovers_checked"), r.handoversChecked},
            {QStringLiteral("handover_problems"), QJsonArray::fromStringList(r.handoverProblems)},
            {QStringLiteral("guards_checked"), r.guardsChecked},
            {QStringLiteral("guard_problems"), QJsonArray::fromStringList(r.guardProblems)},
            {QStringLiteral("guards_restored"), QJsonArray::fromStringList(r.guardsRestored)},
        }));
    } else {
        if (r.integrityOk)
            ctx.out() << CtlContext::tr("integrity: ok") << "\n";
        for (const QString& problem : std::as_const(r.integrityProblems))
            ctx.err() << CtlContext::tr("integrity: %1").arg(problem) << "\n";
        if (r.chain.ok)
            ctx.out() << CtlContext::tr("event chain: %1 events, intact").arg(r.chain.events) << "\n";
        else
            ctx.err() << CtlContext::tr("event chain: BROKEN at event #%1: %2").arg(r.chain.brokenSeq).arg(r.chain.reason)
                      << "\n";
        if (r.handoverProblems.isEmpty())
            ctx.out() << CtlContext::tr("handovers: %n accepted, unchanged", nullptr, r.handoversChecked) << "\n";
        for (const QString& problem : std::as_const(r.handoverProblems))
            ctx.err() << CtlContext::tr("handovers: %1").arg(problem) << "\n";
        if (r.guardProblems.isEmpty())
            ctx.out() << CtlContext::tr("guards: %n trigger(s), in place", nullptr, r.guardsChecked) << "\n";
        for (const QString& problem : std::as_const(r.guardProblems))
            ctx.err() << CtlContext::tr("guards: %1 (a desk makes it again when it opens the store)").arg(problem) << "\n";
        for (const QString& restored : std::as_const(r.guardsRestored))
            ctx.out() << CtlContext::tr("guards: restored %1").arg(restored) << "\n";
    }
    ctx.out().flush();
    ctx.err().flush();
    return r.ok() ? Ok : Failed;
}

} // namespace dispatch::ctl
