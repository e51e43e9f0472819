// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl import: CAD history from a centre's CSV export through a mapping profile, in one transaction.
#include "CtlContext.h"

#include "history/CadImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

namespace {

QJsonObject toJson(const ImportSummary& s)
{
    QJsonArray issues;
    for (const ImportIssue& i : s.issues)
        issues.append(QJsonObject{{QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("reason"), i.reason}});
    return {{QStringLiteral("file"), s.file},
            {QStringLiteral("profile"), s.profile},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("rows"), s.rows},
            {QStringLiteral("incidents"), s.incidents},
            {QStringLiteral("assignments"), s.assignments},
            {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("already_imported"), s.alreadyImported},
            {QStringLiteral("stopped"), s.stopped},
            {QStringLiteral("import_id"), s.importId},
            {QStringLiteral("first_received"), s.firstReceivedMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(s.firstReceivedMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("last_received"), s.lastReceivedMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(s.lastReceivedMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("columns"), QJsonArray::fromStringList(s.columnNotes)},
            {QStringLiteral("issues"), issues}};
}

} // namespace

int runImport(CtlContext& ctx, const QStringList& args)
{
    for (const QString& a : args)
        if (a == QLatin1String("--eido") || a.startsWith(QLatin1String("--eido=")))
            return runImportEido(ctx, args);
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("profile"),
                 CtlContext::tr("The mapping profile (JSON; see resources/import/README.md), or a built-in one: "
                                "sf-fire-calls."),
                 CtlContext::tr("FILE")});
    p.addPositionalArgument(QStringLiteral("CSV"), CtlContext::tr("The CAD export to import."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("Import CAD history (closed incidents with their units' times) from a CSV export "
                                  "through a mapping profile. One transaction: bad rows are skipped or stop the "
                                  "import by the profile's rule; incidents already imported from the same source "
                                  "are left as they are.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(QStringLiteral("profile")))
        return ctx.usage(CtlContext::tr("usage: dispatchctl import --db PATH --profile FILE CSV [--json]"));
    QString profilePath = p.value(QStringLiteral("profile"));
    if (!profilePath.contains(u'/') && !profilePath.endsWith(QStringLiteral(".json")))
        profilePath = QStringLiteral(":/dispatch/import/%1.json").arg(profilePath); // a built-in profile
    // A bad profile is refused before the store is opened or the file read.
    const Result<ImportProfile> profile = ImportProfile::fromFile(profilePath);
    if (!profile)
        return ctx.fail(profile.errorString());
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    if (!ctx.signInAdministrator(p))
        return ctx.exitCode();
    const Result<ImportSummary> summary = ctx.service().importHistory(*profile, pos.at(0));
    if (!summary)
        return ctx.fail(summary.errorString());
    const ImportSummary& s = *summary;
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(toJson(s)));
    } else {
        ctx.out() << CtlContext::tr("%1 through profile %2 (source %3)").arg(s.file, s.profile, s.source) << "\n"
                  << CtlContext::tr("rows %1 · incidents %2 · unit assignments %3 · rejected %4 · already imported %5")
                         .arg(s.rows)
                         .arg(s.incidents)
                         .arg(s.assignments)
                         .arg(s.rejected)
                         .arg(s.alreadyImported)
                  << "\n";
        for (const QString& note : s.columnNotes)
            ctx.out() << "  " << note << "\n";
        if (s.incidents)
            ctx.out() << CtlContext::tr("received from %1 to %2").arg(ctx.localTime(s.firstReceivedMs), ctx.localTime(s.lastReceivedMs))
                      << "\n";
        for (const ImportIssue& i : s.issues)
            ctx.out() << "  " << i.toString() << "\n";
        if (s.rejected > s.issues.size())
            ctx.out() << "  " << CtlContext::tr("… and %n more bad row(s)", nullptr, s.rejected - int(s.issues.size())) << "\n";
        if (s.stopped)
            ctx.out() << CtlContext::tr("stopped at the first bad row (the profile's on_bad_row is \"stop\"): nothing was written")
                      << "\n";
    }
    return s.stopped ? Failed : Ok;
}

} // namespace dispatch::ctl
