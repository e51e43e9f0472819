// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl zones: the zones of a store, and their import from a centre's own GeoJSON file.
#include "CtlContext.h"

#include "geo/ZoneImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

namespace {

int listZones(CtlContext& ctx, bool json)
{
    const QList<Zone>& zones = ctx.service().board().zones();
    if (json) {
        QJsonArray arr;
        for (const Zone& z : zones) {
            const GeoBox& b = z.area.bounds();
            arr.append(QJsonObject{{QStringLiteral("id"), z.id},
                                   {QStringLiteral("code"), z.code},
                                   {QStringLiteral("name"), z.name},
                                   {QStringLiteral("tier"), z.tier},
                                   {QStringLiteral("parts"), int(z.area.parts().size())},
                                   {QStringLiteral("vertices"), ZoneImport::fileVertexCount(z.area)},
                                   {QStringLiteral("source"), z.source},
                                   {QStringLiteral("bounds"), QJsonArray{b.minLat, b.minLon, b.maxLat, b.maxLon}}});
        }
        ctx.printJson(QJsonDocument(arr));
        return Ok;
    }
    int vertices = 0;
    for (const Zone& z : zones) {
        const int n = ZoneImport::fileVertexCount(z.area);
        vertices += n;
        ctx.out() << z.code.leftJustified(24) << "  " << CtlContext::tr("tier %1").arg(z.tier) << "  "
                  << QString::number(n).rightJustified(6) << "  " << z.name
                  << (z.source.isEmpty() ? QString() : QStringLiteral("  (") + z.source + u')') << "\n";
    }
    ctx.out() << CtlContext::tr("%n zone(s), %1 vertices", nullptr, int(zones.size())).arg(vertices) << "\n";
    return Ok;
}

void printReport(CtlContext& ctx, const ZoneImportReport& r, bool json)
{
    if (json) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), r.file},
                                                {QStringLiteral("name_property"), r.nameProperty},
                                                {QStringLiteral("zones"), r.zones},
                                                {QStringLiteral("vertices"), r.vertices},
                                                {QStringLiteral("added"), QJsonArray::fromStringList(r.added)},
                                                {QStringLiteral("updated"), QJsonArray::fromStringList(r.updated)},
                                                {QStringLiteral("unchanged"), QJsonArray::fromStringList(r.unchanged)},
                                                {QStringLiteral("removed"), QJsonArray::fromStringList(r.removed)}}));
        return;
    }
    ctx.out() << CtlContext::tr("%1: %n zone(s), %2 vertices, names from property \"%3\"", nullptr, r.zones)
                     .arg(r.file, QString::number(r.vertices), r.nameProperty)
              << "\n"
              << CtlContext::tr("added %1, updated %2, unchanged %3, removed %4")
                     .arg(r.added.size())
                     .arg(r.updated.size())
                     .arg(r.unchanged.size())
                     .arg(r.removed.size())
              << "\n";
    const auto codes = [&](const QString& label, const QStringList& list) {
        if (!list.isEmpty())
            ctx.out() << "  " << label << " " << list.join(QStringLiteral(", ")) << "\n";
    };
    codes(CtlContext::tr("added:"), r.added);
    codes(CtlContext::tr("updated:"), r.updated);
    codes(CtlContext::tr("removed:"), r.removed);
}

} // namespace

int runZones(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("name-property"),
                 CtlContext::tr("The feature property that names the zones (required when several could)."),
                 CtlContext::tr("PROPERTY")});
    p.addOption({QStringLiteral("code-property"),
                 CtlContext::tr("The feature property that gives the zone codes (default: derived from the names)."),
                 CtlContext::tr("PROPERTY")});
    p.addOption({QStringLiteral("tier-property"),
                 CtlContext::tr("The feature property that gives the circle tier, 1 to 5 (default: --tier)."),
                 CtlContext::tr("PROPERTY")});
    p.addOption({QStringLiteral("tier"), CtlContext::tr("The circle tier of zones without one, 1 to 5 (default 3)."),
                 QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("replace"),
                 CtlContext::tr("Also remove the zones the file lacks; refused if an incident or a staging point "
                                "refers to one.")});
    p.addPositionalArgument(QStringLiteral("action"), CtlContext::tr("list (default) or import."));
    p.addPositionalArgument(QStringLiteral("FILE"), CtlContext::tr("The GeoJSON FeatureCollection to import."),
                            QStringLiteral("[FILE]"));
    if (!ctx.parse(p, args,
                   CtlContext::tr("List the zones of a store, or import them from a GeoJSON file of Polygon and "
                                  "MultiPolygon features. Zones whose code is already stored are updated in place; "
                                  "new codes are added.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list")) {
        if (pos.size() > 1)
            return ctx.usage(CtlContext::tr("usage: dispatchctl zones list --db PATH [--json]"));
        if (!ctx.openStore(p, Database::Mode::OpenExisting))
            return ctx.exitCode();
        return listZones(ctx, json);
    }
    if (action != QLatin1String("import"))
        return ctx.usage(CtlContext::tr("unknown action \"%1\" (list, import)").arg(action));
    if (pos.size() != 2)
        return ctx.usage(CtlContext::tr("usage: dispatchctl zones import --db PATH FILE.geojson [--name-property P] "
                                        "[--code-property P] [--tier-property P] [--tier N] [--replace] [--json]"));
    ZoneImportOptions options;
    options.nameProperty = p.value(QStringLiteral("name-property"));
    options.codeProperty = p.value(QStringLiteral("code-property"));
    options.tierProperty = p.value(QStringLiteral("tier-property"));
    options.replace = p.isSet(QStringLiteral("replace"));
    bool tierOk = false;
    options.defaultTier = p.value(QStringLiteral("tier")).toInt(&tierOk);
    if (!tierOk || options.defaultTier < 1 || options.defaultTier > 5)
        return ctx.usage(CtlContext::tr("--tier must be 1 to 5"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    if (!ctx.signInAdministrator(p))
        return ctx.exitCode();
    const Result<ZoneImportReport> report = ctx.service().importZones(pos.at(1), options);
    if (!report)
        return ctx.fail(report.errorString());
    printReport(ctx, *report, json);
    return Ok;
}

} // namespace dispatch::ctl
