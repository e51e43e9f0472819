// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl warnings: the four-colour zone warnings at a moment, as text, JSON or a CAP 1.2 alert.
#include "CtlContext.h"

#include "util/Translations.h"
#include "warnings/CapExport.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace dispatch::ctl {

int runWarnings(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("as-of"), CtlContext::tr("The moment the recent window ends (ISO; default now)."),
                 QStringLiteral("ISO")});
    p.addOption({QStringLiteral("policy"), CtlContext::tr("A warning policy file (default: the built-in one)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cap"), CtlContext::tr("Also write the bulletin as a CAP 1.2 alert to this file."),
                 QStringLiteral("OUT.xml")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Four-colour zone warnings: per zone and category, the last days' volume against "
                                  "the same days of earlier weeks, with the policy's thresholds.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(CtlContext::tr("usage: dispatchctl warnings --db PATH [--as-of ISO] [--policy FILE] [--cap OUT.xml] [--json]"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    if (p.isSet(QStringLiteral("policy")))
        if (const Status s = svc.loadWarningPolicy(p.value(QStringLiteral("policy"))); !s)
            return ctx.fail(s.errorString());
    qint64 asOf = 0;
    if (p.isSet(QStringLiteral("as-of"))) {
        const auto when = CtlContext::parseWhen(p.value(QStringLiteral("as-of")), svc.board().timeZone());
        if (!when)
            return ctx.usage(CtlContext::tr("--as-of: \"%1\" is not an ISO date or date-time").arg(p.value(QStringLiteral("as-of"))));
        asOf = *when;
    }
    const Result<WarningReport> report = svc.zoneWarnings(asOf);
    if (!report)
        return ctx.fail(report.errorString());
    const QString lang = Translations::currentLanguage();
    if (p.isSet(QStringLiteral("cap"))) {
        const CapExport::Sender sender = CapExport::senderFor(svc.board().centre(), svc.board().timeZone(), lang, svc.clock().nowMs());
        QSaveFile f(p.value(QStringLiteral("cap")));
        if (!f.open(QIODevice::WriteOnly) || f.write(CapExport::write(*report, svc.board().zones(), sender)) < 0 || !f.commit())
            return ctx.fail(CtlContext::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(report->toJson(lang)));
        return Ok;
    }
    ctx.out() << CtlContext::tr("Warnings as of %1 (the last %2 days against the same days of the previous %3 weeks): "
                                "red %4 · orange %5 · yellow %6 of %7 judged")
                     .arg(ctx.localTime(report->asOfMs))
                     .arg(report->recentDays)
                     .arg(report->baselineWeeks)
                     .arg(report->countAt(WarningLevel::Red))
                     .arg(report->countAt(WarningLevel::Orange))
                     .arg(report->countAt(WarningLevel::Yellow))
                     .arg(report->pairsJudged)
              << "\n";
    if (!report->hasBaseline())
        ctx.out() << CtlContext::tr("No baseline yet: the records cover %1 of the %2 weeks before this moment (at least %3 "
                                    "are needed); nothing is raised.")
                         .arg(report->baselineWeeksCovered)
                         .arg(report->baselineWeeks)
                         .arg(WarningReport::kMinBaselineWeeks)
                  << "\n";
    for (const ZoneWarning& w : report->raised)
        ctx.out() << WarningPolicy::code(w.level).leftJustified(7) << w.explanation(report->recentDays, lang) << "\n";
    return Ok;
}

} // namespace dispatch::ctl
