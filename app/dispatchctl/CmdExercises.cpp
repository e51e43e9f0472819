// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl exercises: the exercises held in a centre's training database on the server (one schema each), for
// the administrator: what each is, who sits it, where its time stands; and an exercise dropped when it is done with.
#include "CtlContext.h"

#include "store/Database.h"
#include "training/TrainingStore.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

int runExercises(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), CtlContext::tr("The centre's training database (postgresql://…/dispatch_training)."),
                 QStringLiteral("URI")});
    p.addOption({QStringLiteral("drop"), CtlContext::tr("Drop this exercise (its schema, as listed) and everything in it."),
                 QStringLiteral("SCHEMA")});
    CtlContext::addJsonOption(p);
    if (!ctx.parse(p, args,
                   CtlContext::tr("exercises: the exercises held in a training database on the server, with their "
                                  "scenario, trainees and where their time stands; --drop removes one.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString uri = p.value(QStringLiteral("db"));
    if (!Database::isServerAddress(uri))
        return ctx.usage(CtlContext::tr("--db must name the centre's training database on the server (postgresql://…)"));
    const Result<QList<HeldExercise>> held = TrainingStore::held(uri);
    if (!held)
        return ctx.fail(held.errorString());

    if (p.isSet(QStringLiteral("drop"))) {
        const QString schema = p.value(QStringLiteral("drop"));
        const auto it = std::find_if(held->cbegin(), held->cend(), [&](const HeldExercise& e) { return e.schema == schema; });
        if (it == held->cend())
            return ctx.fail(CtlContext::tr("no exercise %1 in this training database (dispatchctl exercises --db … lists them)")
                                .arg(schema));
        TrainingStore::discard(it->address);
        const Result<QList<HeldExercise>> after = TrainingStore::held(uri);
        if (!after || std::any_of(after->cbegin(), after->cend(), [&](const HeldExercise& e) { return e.schema == schema; }))
            return ctx.fail(CtlContext::tr("the exercise %1 could not be dropped").arg(schema));
        ctx.out() << CtlContext::tr("dropped %1 (%2)").arg(schema, it->title) << "\n";
        return Ok;
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const HeldExercise& e : *held)
            list.append(QJsonObject{{QStringLiteral("schema"), e.schema},
                                    {QStringLiteral("address"), e.address},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("trainees"), QJsonArray::fromStringList(e.trainees.split(u',', Qt::SkipEmptyParts))},
                                    {QStringLiteral("start"), timefmt::isoUtc(e.startMs)},
                                    {QStringLiteral("now"), timefmt::isoUtc(e.nowMs)},
                                    {QStringLiteral("paused"), e.paused},
                                    {QStringLiteral("incidents"), e.incidents}});
        ctx.printJson(QJsonDocument(list));
        return Ok;
    }
    for (const HeldExercise& e : *held) {
        ctx.out() << e.schema << "  " << e.title << "  "
                  << CtlContext::tr("trainees: %1").arg(e.trainees.isEmpty() ? CtlContext::tr("none") : e.trainees) << "  "
                  << CtlContext::tr("%n incident(s)", nullptr, int(e.incidents)) << "  "
                  << (e.paused ? CtlContext::tr("paused at %1") : CtlContext::tr("running, at %1")).arg(ctx.localTime(e.nowMs))
                  << "\n    dispatcher --db '" << e.address << "'\n";
    }
    ctx.out() << CtlContext::tr("%n exercise(s)", nullptr, int(held->size())) << "\n";
    return Ok;
}

} // namespace dispatch::ctl
