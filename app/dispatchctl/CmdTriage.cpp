// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "store/PlaceRepository.h"
#include "triage/TriageJsonLines.h"
#include "util/Translations.h"

#include <QFile>

#include <cstdio>

namespace dispatch::ctl {

int runTriage(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("rules"), CtlContext::tr("Triage rules file (default: the built-in rules)."),
                 QStringLiteral("FILE")});
    CtlContext::addDbOption(p);
    if (!ctx.parse(p, args,
                   CtlContext::tr("Triage calls read as JSON Lines on standard input; one JSON line per call on "
                                  "standard output. --db takes the zones (circle tiers) and time zone of a store.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;

    std::shared_ptr<const TriageEngine> engine = TriageEngine::builtin();
    if (p.isSet(QStringLiteral("rules"))) {
        Result<TriageRuleSet> rules = TriageRuleSet::fromFile(p.value(QStringLiteral("rules")));
        if (!rules)
            return ctx.fail(CtlContext::tr("the rules file was refused: %1").arg(rules.errorString()));
        engine = std::make_shared<const TriageEngine>(std::move(rules).value());
    }
    QList<Zone> zones;
    QTimeZone tz("Asia/Shanghai");
    if (p.isSet(QStringLiteral("db"))) {
        Database* db = ctx.openStore(p, Database::Mode::OpenExisting);
        if (!db)
            return ctx.exitCode();
        zones = ctx.service().board().zones();
        tz = ctx.service().board().timeZone();
    }
    const TriageJsonLines protocol(engine, zones, tz, Translations::currentLanguage());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(CtlContext::tr("cannot read standard input"));
    int lineNumber = 0;
    int errors = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject answer = protocol.answer(line, lineNumber);
        if (answer.contains(QStringLiteral("error")))
            ++errors;
        ctx.out() << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)) << "\n";
        ctx.out().flush();
    }
    if (errors)
        ctx.err() << CtlContext::tr("%n line(s) could not be read", nullptr, errors) << "\n";
    return errors ? Failed : Ok;
}

} // namespace dispatch::ctl
