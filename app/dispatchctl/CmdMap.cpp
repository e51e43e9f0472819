// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl map: the centre's map loaded from an OpenStreetMap file, and what the store's map holds.
#include "CtlContext.h"

#include <QJsonObject>

#include <cstdio>

namespace dispatch::ctl {

namespace {

QJsonObject toJson(const MapSummary& s)
{
    return {{QStringLiteral("source"), s.source},
            {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("imported_at"), s.importedAtMs ? QJsonValue(s.importedAtMs) : QJsonValue()},
            {QStringLiteral("imported_by"), s.importedBy},
            {QStringLiteral("roads"), s.roads},
            {QStringLiteral("named_roads"), s.namedRoads},
            {QStringLiteral("oneway_roads"), s.oneway},
            {QStringLiteral("addresses"), s.addresses},
            {QStringLiteral("pois"), s.pois},
            {QStringLiteral("places"), s.places},
            {QStringLiteral("water"), s.water},
            {QStringLiteral("parks"), s.parks},
            {QStringLiteral("extent"), s.roads ? QJsonValue(QJsonObject{{QStringLiteral("min_lat"), s.minLat},
                                                                         {QStringLiteral("min_lon"), s.minLon},
                                                                         {QStringLiteral("max_lat"), s.maxLat},
                                                                         {QStringLiteral("max_lon"), s.maxLon}})
                                               : QJsonValue()}};
}

void print(CtlContext& ctx, const MapSummary& s)
{
    if (s.isEmpty()) {
        ctx.out() << CtlContext::tr("no map loaded (dispatchctl map import --db PATH FILE.osm.pbf)") << "\n";
        return;
    }
    ctx.out() << CtlContext::tr("map from %1 (SHA-256 %2), loaded %3 by %4")
                     .arg(s.source, s.sha256.left(16), ctx.localTime(s.importedAtMs), s.importedBy)
              << "\n"
              << CtlContext::tr("%1 roads (%2 named, %3 one-way); %4 addresses, %5 points of interest, %6 named places; "
                                "%7 water and %8 green areas")
                     .arg(s.roads)
                     .arg(s.namedRoads)
                     .arg(s.oneway)
                     .arg(s.addresses)
                     .arg(s.pois)
                     .arg(s.places)
                     .arg(s.water)
                     .arg(s.parks)
              << "\n";
}

} // namespace

int runMap(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addPositionalArgument(QStringLiteral("action"), CtlContext::tr("info (the default) or import."));
    p.addPositionalArgument(QStringLiteral("FILE"), CtlContext::tr("import: an OpenStreetMap file, .osm.pbf or .osm."),
                            QStringLiteral("[FILE]"));
    if (!ctx.parse(p, args,
                   CtlContext::tr("The centre's map: what the store holds (info), or an OpenStreetMap file loaded in "
                                  "place of it (import; an administrator's act, all or none).")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("info"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (action == QLatin1String("info")) {
        if (pos.size() > 1)
            return ctx.usage(CtlContext::tr("usage: dispatchctl map info --db PATH [--json]"));
        if (!ctx.openStoreToRead(p))
            return ctx.exitCode();
        const Result<MapSummary> s = ctx.service().mapSummary();
        if (!s)
            return ctx.fail(s.errorString());
        if (json)
            ctx.printJson(QJsonDocument(toJson(*s)));
        else
            print(ctx, *s);
        return Ok;
    }
    if (action != QLatin1String("import"))
        return ctx.usage(CtlContext::tr("unknown action \"%1\" (info, import)").arg(action));
    if (pos.size() != 2)
        return ctx.usage(CtlContext::tr("usage: dispatchctl map import --db PATH [--admin NAME] FILE.osm.pbf|FILE.osm [--json]"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.signInAdministrator(p))
        return ctx.exitCode();
    // Progress on standard error in tenths of the file, for a large extract.
    int shown = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (tenth > shown && tenth < 10) {
            shown = tenth;
            std::fprintf(stderr, "dispatchctl: %s\n", qPrintable(CtlContext::tr("map: %1 % read").arg(tenth * 10)));
        }
    };
    const Result<MapSummary> s = ctx.service().importMap(pos.at(1), progress);
    if (!s)
        return ctx.fail(s.errorString());
    if (json)
        ctx.printJson(QJsonDocument(toJson(*s)));
    else
        print(ctx, *s);
    return Ok;
}

} // namespace dispatch::ctl
