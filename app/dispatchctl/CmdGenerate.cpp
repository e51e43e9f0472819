// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl generate: a synthetic history for benchmarks and demos, marked as such (source GEN).
#include "CtlContext.h"

#include "history/HistoryGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace dispatch::ctl {

int runGenerate(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("incidents"), CtlContext::tr("How many incidents."), QStringLiteral("N")});
    p.addOption({QStringLiteral("days"), CtlContext::tr("Over how many days, ending today."), QStringLiteral("D")});
    p.addOption({QStringLiteral("seed"), CtlContext::tr("Random seed (the same seed gives the same history)."),
                 QStringLiteral("S"), QStringLiteral("1")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Write a plausible synthetic history (seed 003's category mix, daily and hourly "
                                  "rhythm, the district's zones) as closed incidents marked with source GEN.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    GenerateOptions o;
    bool ok1 = false, ok2 = false, ok3 = false;
    o.incidents = p.value(QStringLiteral("incidents")).toInt(&ok1);
    o.days = p.value(QStringLiteral("days")).toInt(&ok2);
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.incidents < 1 || o.days < 1 || !p.positionalArguments().isEmpty())
        return ctx.usage(CtlContext::tr("usage: dispatchctl generate --db PATH --incidents N --days D [--seed S] [--json]"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    if (!ctx.signInAdministrator(p))
        return ctx.exitCode();
    QElapsedTimer t;
    t.start();
    const Result<qint64> id = ctx.service().generateHistory(o);
    if (!id)
        return ctx.fail(id.errorString());
    if (p.isSet(QStringLiteral("json")))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("import_id"), *id},
                                                {QStringLiteral("incidents"), o.incidents},
                                                {QStringLiteral("days"), o.days},
                                                {QStringLiteral("seed"), qint64(o.seed)},
                                                {QStringLiteral("ms"), t.elapsed()}}));
    else
        ctx.out() << CtlContext::tr("%n incident(s) over %1 day(s) written in %2 ms (import %3, source GEN)", nullptr, o.incidents)
                         .arg(o.days)
                         .arg(t.elapsed())
                         .arg(*id)
                  << "\n";
    return Ok;
}

} // namespace dispatch::ctl
