// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "store/EventLog.h"
#include "store/StoreCheck.h"

#include <QDateTime>
#include <QFile>

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

int runCheck(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("anchors"),
                 CtlContext::tr("Also prove the log still extends every head anchored in this file (dispatchctl anchor)."),
                 CtlContext::tr("FILE")});
    if (!ctx.parse(p, args, CtlContext::tr("Verify SQLite integrity, foreign keys and the event hash chain.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    QList<ChainAnchor> anchors;
    if (p.isSet(QStringLiteral("anchors"))) {
        Result<QList<ChainAnchor>> read = EventLog::readAnchors(p.value(QStringLiteral("anchors")));
        if (!read)
            return ctx.fail(read.errorString());
        anchors = std::move(read).value();
    }
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
    QStringList anchorProblems;
    try {
        anchorProblems = EventLog::verifyAnchors(db->connection(), anchors);
    } catch (const DispatchError& e) {
        anchorProblems << e.error().toString();
    }
    const bool ok = r.ok() && anchorProblems.isEmpty();
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), ok},
            {QStringLiteral("integrity_ok"), r.integrityOk},
            {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(r.integrityProblems)},
            {QStringLiteral("events"), r.chain.events},
            {QStringLiteral("chain_ok"), r.chain.ok},
            {QStringLiteral("broken_event"), r.chain.brokenSeq},
            {QStringLiteral("unverified_keyed_events"), r.chain.unverified},
            {QStringLiteral("reason"), r.chain.reason},
            {QStringLiteral("handovers_checked"), r.handoversChecked},
            {QStringLiteral("handover_problems"), QJsonArray::fromStringList(r.handoverProblems)},
            {QStringLiteral("guards_checked"), r.guardsChecked},
            {QStringLiteral("guard_problems"), QJsonArray::fromStringList(r.guardProblems)},
            {QStringLiteral("guards_restored"), QJsonArray::fromStringList(r.guardsRestored)},
            {QStringLiteral("incidents_checked"), r.incidentsChecked},
            {QStringLiteral("assignments_checked"), r.assignmentsChecked},
            {QStringLiteral("follow_up_items_checked"), r.followUpItemsChecked},
            {QStringLiteral("list_rows_checked"), r.listRowsChecked},
            {QStringLiteral("clocks_checked"), r.clocksChecked},
            {QStringLiteral("state_problems"), QJsonArray::fromStringList(r.stateProblems)},
            {QStringLiteral("anchors_checked"), int(anchors.size())},
            {QStringLiteral("anchor_problems"), QJsonArray::fromStringList(anchorProblems)},
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
        if (r.chain.ok && r.chain.unverified)
            ctx.out() << CtlContext::tr("event chain: the content of %1 keyed events was not verified: this check has "
                                        "not got the centre's key (DISPATCH_CHAIN_KEY)")
                             .arg(r.chain.unverified)
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
        if (r.stateProblems.isEmpty()) {
            ctx.out() << CtlContext::tr("state: %n incident(s) as the log left them", nullptr, r.incidentsChecked) << "\n";
            ctx.out() << CtlContext::tr("state: %n unit assignment(s) as the log left them", nullptr, r.assignmentsChecked)
                      << "\n";
            ctx.out() << CtlContext::tr("state: %n follow-up item(s) as the log left them", nullptr, r.followUpItemsChecked)
                      << "\n";
            ctx.out() << CtlContext::tr("state: %n row(s) of the follow-up lists as the log left them", nullptr,
                                        r.listRowsChecked)
                      << "\n";
            ctx.out() << CtlContext::tr("state: %n clock(s) and sign-for stamp(s) as the log left them", nullptr,
                                        r.clocksChecked)
                      << "\n";
        }
        for (const QString& problem : std::as_const(r.stateProblems))
            ctx.err() << CtlContext::tr("state: %1").arg(problem) << "\n";
        if (!anchors.isEmpty() && anchorProblems.isEmpty())
            ctx.out() << CtlContext::tr("anchors: the log extends all %n anchored head(s)", nullptr, int(anchors.size()))
                      << "\n";
        for (const QString& problem : std::as_const(anchorProblems))
            ctx.err() << CtlContext::tr("anchors: %1").arg(problem) << "\n";
    }
    ctx.out().flush();
    ctx.err().flush();
    return ok ? Ok : Failed;
}

int runAnchor(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    p.addOption({QStringLiteral("append"), CtlContext::tr("Append the anchor to this file (made readable by its owner only)."),
                 CtlContext::tr("FILE")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("anchor: print the head of the event chain (\"SEQ HASH TIME\") to be kept outside the "
                                  "store: on paper, in another system, or appended to a file on another machine. "
                                  "dispatchctl check --anchors FILE proves the log still extends every anchored head.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    Database* db = ctx.openStore(p, Database::Mode::Inspect);
    if (!db)
        return ctx.exitCode();
    const QString line = EventLog::anchorLine(db->connection(), QDateTime::currentMSecsSinceEpoch());
    if (line.isEmpty())
        return ctx.fail(CtlContext::tr("the event log is empty: nothing to anchor yet"));
    if (p.isSet(QStringLiteral("append"))) {
        QFile f(p.value(QStringLiteral("append")));
        const bool fresh = !f.exists();
        if (!f.open(QIODevice::Append | QIODevice::Text) || f.write(line.toUtf8() + '\n') < 0 || !f.flush())
            return ctx.fail(CtlContext::tr("cannot append to %1: %2").arg(f.fileName(), f.errorString()));
        if (fresh)
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    ctx.out() << line << "\n";
    return Ok;
}

} // namespace dispatch::ctl
