// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl map: the centre's map loaded from an OpenStreetMap file, and what the store's map holds.
#include "CtlContext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>

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

namespace {

std::optional<GeoPoint> pointOf(const QString& text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false, okLon = false;
    const GeoPoint p{parts.at(0).trimmed().toDouble(&okLat), parts.at(1).trimmed().toDouble(&okLon)};
    return okLat && okLon && p.isValid() ? std::optional(p) : std::nullopt;
}

} // namespace

int runRoute(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("from"), CtlContext::tr("Where the route starts."), QStringLiteral("LAT,LON")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("Where the route ends."), QStringLiteral("LAT,LON")});
    p.addOption({QStringLiteral("unit-type"), CtlContext::tr("The unit's type: foot and mediator walk, others drive."),
                 QStringLiteral("TYPE")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("The fastest route by the roads of the centre's map: seconds, metres, the roads "
                                  "followed, and (--json) the path as a GeoJSON LineString.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const std::optional<GeoPoint> from = pointOf(p.value(QStringLiteral("from")));
    const std::optional<GeoPoint> to = pointOf(p.value(QStringLiteral("to")));
    if (!from || !to)
        return ctx.usage(CtlContext::tr("usage: dispatchctl route --db PATH --from LAT,LON --to LAT,LON [--unit-type T] [--json]"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    const Result<RoadRoute> r = ctx.service().routeByRoad(*from, *to, p.value(QStringLiteral("unit-type")));
    if (!r)
        return ctx.fail(r.errorString());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray coordinates;
        for (const GeoPoint& g : r->path)
            coordinates.append(QJsonArray{g.lon, g.lat});
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("seconds"), std::round(r->seconds * 10) / 10},
            {QStringLiteral("metres"), std::round(r->metres)},
            {QStringLiteral("access_metres"), std::round(r->accessMetres)},
            {QStringLiteral("roads"), QJsonArray::fromStringList(r->roadNames)},
            {QStringLiteral("path"), QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                                                 {QStringLiteral("coordinates"), coordinates}}}}));
        return Ok;
    }
    ctx.out() << CtlContext::tr("%1 s (%2 min), %3 m by road (%4 m of it to and from the nearest road); by %5")
                     .arg(qRound(r->seconds))
                     .arg(r->seconds / 60.0, 0, 'f', 1)
                     .arg(qRound(r->metres))
                     .arg(qRound(r->accessMetres))
                     .arg(r->roadNames.isEmpty() ? CtlContext::tr("unnamed roads") : r->roadNames.join(QStringLiteral(" → ")))
              << "\n";
    return Ok;
}

} // namespace dispatch::ctl
