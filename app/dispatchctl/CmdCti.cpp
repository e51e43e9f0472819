// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl cti replay: a recorded day of the telephone switch's feed written into a store, as desks hearing it
// would have written it (the calls, the abandoned ones owed a call back, the answer figures).
#include "CtlContext.h"

#include "cti/CtiReplay.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace dispatch::ctl {

int runCti(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addActorOptions(p);
    p.addOption({QStringLiteral("to-now"),
                 CtlContext::tr("Move the recording's times so that its last event is now (a recorded day shown on "
                                "today's desk).")});
    p.addPositionalArgument(QStringLiteral("replay"), CtlContext::tr("The subcommand: replay."));
    p.addPositionalArgument(QStringLiteral("FILE"), CtlContext::tr("The switch's events, JSON Lines, each with its time."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("cti replay: write a recorded day of the telephone switch's events (JSON Lines, the "
                                  "desk's --cti-listen format, every line with its time) into the store, all or none: "
                                  "the calls, the abandoned ones owed a call back, the answer figures.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("replay"))
        return ctx.usage(CtlContext::tr("usage: dispatchctl cti replay --db PATH [--to-now] FILE.jsonl"));
    Result<CtiReplay> read = CtiReplay::load(pos.at(1));
    if (!read)
        return ctx.fail(read.errorString());
    CtiReplay day = std::move(read).value();
    CtiReplay* replay = &day;
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.actAs(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const qint64 now = svc.clock().nowMs();
    if (p.isSet(QStringLiteral("to-now")))
        replay->shift(now - replay->lastMs());
    else if (replay->lastMs() > now + 60 * 1000)
        return ctx.fail(CtlContext::tr("%1: the recording ends in the future (%2); --to-now moves it to end now")
                            .arg(pos.at(1), ctx.localTime(replay->lastMs())));
    int refused = 0;
    const QList<std::pair<CtiEventType, PhoneCall>> steps = replay->apply(QStringLiteral("replay"), &refused);
    if (const Status s = svc.recordPhoneEvents(steps); !s)
        return ctx.fail(s.errorString());
    int rings = 0, abandoned = 0;
    for (const auto& [type, call] : steps) {
        rings += type == CtiEventType::Ringing;
        abandoned += type == CtiEventType::Ended && call.state == PhoneCall::State::Abandoned;
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), pos.at(1)},
                                                {QStringLiteral("events"), int(replay->events().size())},
                                                {QStringLiteral("recorded"), int(steps.size())},
                                                {QStringLiteral("refused"), refused},
                                                {QStringLiteral("calls"), rings},
                                                {QStringLiteral("abandoned"), abandoned},
                                                {QStringLiteral("from"), replay->firstMs()},
                                                {QStringLiteral("to"), replay->lastMs()}}));
        return Ok;
    }
    ctx.out() << CtlContext::tr("%1: %2 event(s) from %3 to %4; %5 call(s) rang, %6 abandoned (owed a call back); %7 "
                                "event(s) refused as a desk would (a second ring, a location of an unknown call)")
                     .arg(pos.at(1))
                     .arg(replay->events().size())
                     .arg(ctx.localTime(replay->firstMs()), ctx.localTime(replay->lastMs()))
                     .arg(rings)
                     .arg(abandoned)
                     .arg(refused)
              << "\n";
    return Ok;
}

} // namespace dispatch::ctl
