// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl simulate / scenario: a training scenario run headless from its seed, checked, or written from history.
#include "CtlContext.h"

#include "training/ScenarioFromHistory.h"
#include "training/TrainingRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace dispatch::ctl {

int runSimulate(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("scenario"), CtlContext::tr("The scenario file (JSON)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("db"), CtlContext::tr("Where to write the training store (a new file; default: a temporary one)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("speed"), CtlContext::tr("Only \"max\": headless runs go as fast as they can."), QStringLiteral("max"),
                 QStringLiteral("max")});
    p.addOption({QStringLiteral("auto-dispatch"), CtlContext::tr("An automatic dispatcher takes every call (triage's proposal, "
                                                                 "the recommendation's top unit).")});
    p.addOption({QStringLiteral("seed"), CtlContext::tr("The seed of the run (default 1): the same seed gives the same run."),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("positions"), CtlContext::tr("Seconds between a travelling unit's position reports (default 0: "
                                                             "on arrival only)."),
                 QStringLiteral("S"), QStringLiteral("0")});
    if (!ctx.parse(p, args, CtlContext::tr("Run a training scenario headless on a new training store and print its metrics.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.isSet(QStringLiteral("scenario")) || !p.positionalArguments().isEmpty())
        return ctx.usage(CtlContext::tr("usage: dispatchctl simulate --scenario FILE [--db PATH] --speed max [--auto-dispatch] "
                                        "[--seed N] [--json]"));
    if (p.value(QStringLiteral("speed")) != QLatin1String("max"))
        return ctx.usage(CtlContext::tr("--speed: headless runs go at \"max\" only (the desk has 1× to 60×)"));
    bool okSeed = false, okPositions = false;
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    const int positions = p.value(QStringLiteral("positions")).toInt(&okPositions);
    if (!okSeed)
        return ctx.usage(CtlContext::tr("--seed: a whole number"));
    if (!okPositions || positions < 0)
        return ctx.usage(CtlContext::tr("--positions: seconds, 0 or more"));
    const Result<Scenario> scenario = Scenario::fromFile(p.value(QStringLiteral("scenario")));
    if (!scenario)
        return ctx.fail(scenario.errorString());
    QTemporaryDir temp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : temp.filePath(QStringLiteral("training.sqlite"));
    SimulationOptions options;
    options.seed = seed;
    options.autoDispatch = p.isSet(QStringLiteral("auto-dispatch"));
    options.positionSeconds = positions;
    QElapsedTimer wall;
    wall.start();
    const Result<TrainingRunResult> r = TrainingRun::run(*scenario, path, options);
    if (!r)
        return ctx.fail(r.errorString());
    const qint64 wallMs = wall.elapsed();
    const QTimeZone zone("Asia/Shanghai");
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = r->toJson(zone, seed);
        o.insert(QStringLiteral("wall_ms"), wallMs);
        ctx.printJson(QJsonDocument(o));
        return Ok;
    }
    ctx.out() << scenario->title << "\n"
              << CtlContext::tr("seed %1 · %2 incidents · %3 dispatched · %4 events in %5 ms · score %6")
                     .arg(seed)
                     .arg(r->incidents)
                     .arg(r->dispatched)
                     .arg(r->events)
                     .arg(wallMs)
                     .arg(r->report.score, 0, 'f', 1)
              << "\n"
              << CtlContext::tr("state %1").arg(r->stateHash) << "\n";
    return Ok;
}

int runScenario(CtlContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (!sub.startsWith(u'-') && !sub.isEmpty())
        rest.removeAt(1);
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    p.addOption({QStringLiteral("from"), CtlContext::tr("Start of the period (ISO, centre-local unless it has an offset)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("End of the period (exclusive)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("out"), CtlContext::tr("The scenario file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("title"), CtlContext::tr("The scenario's title."), QStringLiteral("TEXT")});
    if (!ctx.parse(p, rest, CtlContext::tr("Training scenarios: \"check FILE\" validates one (every problem with its JSON path); "
                                           "\"from-history\" writes one from a period of stored history.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (sub == QLatin1String("check")) {
        if (p.positionalArguments().size() != 1)
            return ctx.usage(CtlContext::tr("usage: dispatchctl scenario check FILE"));
        const Result<Scenario> s = Scenario::fromFile(p.positionalArguments().first());
        if (!s)
            return ctx.fail(s.errorString());
        ctx.out() << CtlContext::tr("%1: %2 events, %3 calls, %4 min").arg(s->title).arg(s->events.size()).arg(s->callCount())
                         .arg((s->endMs() - s->startMs) / 60000)
                  << "\n";
        return Ok;
    }
    if (sub != QLatin1String("from-history"))
        return ctx.usage(CtlContext::tr("usage: dispatchctl scenario check FILE | from-history --db PATH --from ISO --to ISO --out FILE"));
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")) || !p.isSet(QStringLiteral("out")))
        return ctx.usage(CtlContext::tr("usage: dispatchctl scenario from-history --db PATH --from ISO --to ISO --out FILE"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QTimeZone zone = svc.board().timeZone();
    const auto from = CtlContext::parseWhen(p.value(QStringLiteral("from")), zone);
    const auto to = CtlContext::parseWhen(p.value(QStringLiteral("to")), zone);
    if (!from || !to || *to <= *from)
        return ctx.usage(CtlContext::tr("--from and --to: ISO dates or date-times, --from before --to"));
    const Result<Scenario> s = ScenarioFromHistory::build(svc.database().connection(), zone, *from, *to,
                                                          p.value(QStringLiteral("title")));
    if (!s)
        return ctx.fail(s.errorString());
    QSaveFile f(p.value(QStringLiteral("out")));
    const QByteArray json = QJsonDocument(s->toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return ctx.fail(CtlContext::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    ctx.out() << CtlContext::tr("wrote %1: %2 calls over %3 min").arg(f.fileName()).arg(s->callCount())
                     .arg((s->endMs() - s->startMs) / 60000)
              << "\n";
    return Ok;
}

} // namespace dispatch::ctl
