// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl stats: the figures of a period (counts, intervals to the first unit, compliance, outcomes).
#include "CtlContext.h"

#include "stats/Statistics.h"

#include <QDateTime>
#include <QJsonObject>

namespace dispatch::ctl {

namespace {

QString interval(const QString& name, const IntervalStats& s)
{
    return CtlContext::tr("%1: n %2, p50 %3 s, p90 %4 s, p95 %5 s, within 1/3/5 min %6 / %7 / %8 %")
        .arg(name.leftJustified(26))
        .arg(s.n)
        .arg(s.p50, 0, 'f', 0)
        .arg(s.p90, 0, 'f', 0)
        .arg(s.p95, 0, 'f', 0)
        .arg(s.shareWithin60s * 100, 0, 'f', 1)
        .arg(s.shareWithin180s * 100, 0, 'f', 1)
        .arg(s.shareWithin300s * 100, 0, 'f', 1);
}

} // namespace

int runStats(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("from"), CtlContext::tr("Received from (ISO date or date-time; local to the centre unless an offset is given)."),
                 QStringLiteral("ISO")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("Received before (exclusive; same forms as --from)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("zone"), CtlContext::tr("A zone's code or name (repeatable)."), QStringLiteral("Z")});
    p.addOption({QStringLiteral("category"), CtlContext::tr("A category code (repeatable)."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("origin"), CtlContext::tr("live, imported, exercise or all (default: live and imported)."),
                 QStringLiteral("ORIGIN")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("The figures of a period: counts by line, category, priority, zone, hour and weekday; "
                                  "intervals to the first unit with p50/p90/p95 and the shares within 1, 3 and 5 "
                                  "minutes; compliance; outcomes; the daily average and trend.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(CtlContext::tr("usage: dispatchctl stats --db PATH [--from ISO --to ISO] [--zone Z] [--json]"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QTimeZone zone = svc.board().timeZone();
    StatsQuery q;
    if (!ctx.readPeriod(p, q.fromMs, q.toMs))
        return ctx.exitCode();
    if (q.fromMs && q.toMs && q.toMs <= q.fromMs)
        return ctx.usage(CtlContext::tr("--to must come after --from"));
    for (const QString& z : p.values(QStringLiteral("zone"))) {
        qint64 id = 0;
        for (const Zone& known : svc.board().zones())
            if (known.code == z || known.name == z)
                id = known.id;
        if (!id)
            return ctx.fail(CtlContext::tr("--zone: no zone with code or name \"%1\" (dispatchctl zones list)").arg(z));
        q.zoneIds.append(id);
    }
    q.categories = p.values(QStringLiteral("category"));
    if (p.isSet(QStringLiteral("origin"))) {
        const QString o = p.value(QStringLiteral("origin"));
        if (o == QLatin1String("all"))
            q.origins = {QStringLiteral("live"), QStringLiteral("imported"), QStringLiteral("exercise")};
        else if (o == QLatin1String("live") || o == QLatin1String("imported") || o == QLatin1String("exercise"))
            q.origins = {o};
        else
            return ctx.usage(CtlContext::tr("--origin must be live, imported, exercise or all"));
    }
    const Result<Statistics> stats = svc.statistics(q);
    if (!stats)
        return ctx.fail(stats.errorString());
    const Statistics& s = *stats;
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(s.toJson(zone)));
        return Ok;
    }
    ctx.out() << CtlContext::tr("%1 to %2: %n incident(s) over %3 day(s), %4 a day on average (trend %5 a day)", nullptr, s.incidents)
                     .arg(ctx.localTime(s.fromMs), ctx.localTime(s.toMs))
                     .arg(s.daily.size())
                     .arg(s.dailyAverage, 0, 'f', 1)
                     .arg(s.trendPerDay, 0, 'f', 2)
              << "\n";
    ctx.out() << interval(QStringLiteral("received_to_dispatched"), s.receivedToDispatched) << "\n"
              << interval(QStringLiteral("dispatched_to_signed_for"), s.dispatchedToSignedFor) << "\n"
              << interval(QStringLiteral("dispatched_to_on_scene"), s.dispatchedToOnScene) << "\n"
              << interval(QStringLiteral("received_to_on_scene"), s.receivedToOnScene) << "\n";
    ctx.out() << CtlContext::tr("sign-for within 30 s: %1 of %2 · call to dispatch in time: %3 of %4 · arrival within the "
                                "own circle: %5 of %6")
                     .arg(s.signForWithin30s)
                     .arg(s.signForN)
                     .arg(s.callToDispatchMet)
                     .arg(s.callToDispatchN)
                     .arg(s.arrivalMet)
                     .arg(s.arrivalN)
              << "\n";
    ctx.out() << CtlContext::tr("diverted %1 · transferred %2 · merged %3 · cancelled %4 · closed %5")
                     .arg(s.diverted)
                     .arg(s.transferred)
                     .arg(s.merged)
                     .arg(s.cancelled)
                     .arg(s.closed)
              << "\n";
    return Ok;
}

} // namespace dispatch::ctl
