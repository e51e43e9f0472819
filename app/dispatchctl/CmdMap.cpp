// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl map: the centre's map loaded from an OpenStreetMap file, and what the store's map holds.
#include "CtlContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
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
            {QStringLiteral("address_list"), s.listSource.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(QJsonObject{{QStringLiteral("source"), s.listSource},
                                                                                             {QStringLiteral("sha256"), s.listSha256},
                                                                                             {QStringLiteral("imported_at"), s.listImportedAtMs},
                                                                                             {QStringLiteral("imported_by"), s.listImportedBy},
                                                                                             {QStringLiteral("addresses"), s.listed}})},
            {QStringLiteral("confirmed_addresses"), s.confirmed},
            {QStringLiteral("vehicle_profile"), QJsonObject{{QStringLiteral("name"), s.vehicleProfile},
                                                            {QStringLiteral("start_seconds"), s.vehicleStartSeconds}}},
            {QStringLiteral("extent"), s.roads ? QJsonValue(QJsonObject{{QStringLiteral("min_lat"), s.minLat},
                                                                         {QStringLiteral("min_lon"), s.minLon},
                                                                         {QStringLiteral("max_lat"), s.maxLat},
                                                                         {QStringLiteral("max_lon"), s.maxLon}})
                                               : QJsonValue()}};
}

void print(CtlContext& ctx, const MapSummary& s)
{
    if (!s.listSource.isEmpty())
        ctx.out() << CtlContext::tr("address list %1 (SHA-256 %2), loaded %3 by %4: %5 addresses")
                         .arg(s.listSource, s.listSha256.left(16), ctx.localTime(s.listImportedAtMs), s.listImportedBy)
                         .arg(s.listed)
                  << "\n";
    if (s.confirmed > 0)
        ctx.out() << CtlContext::tr("%1 addresses confirmed by incidents").arg(s.confirmed) << "\n";
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
              << "\n"
              << CtlContext::tr("vehicles' road speeds: %1 (start-up %2 s)").arg(s.vehicleProfile).arg(s.vehicleStartSeconds, 0, 'f', 0)
              << "\n";
}

} // namespace

int runMap(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addAdminOption(p);
    p.addOption({QStringLiteral("profile"), CtlContext::tr("addresses: the list's columns and encoding (JSON, see README)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("builtin"), CtlContext::tr("profile: back to the built-in road speeds.")});
    p.addPositionalArgument(QStringLiteral("action"), CtlContext::tr("info (the default), import, addresses or profile."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            CtlContext::tr("import: an OpenStreetMap file, .osm.pbf or .osm; addresses: a CSV address list; "
                                           "profile: a road profile (JSON, as dispatchctl calibrate writes it)."),
                            QStringLiteral("[FILE]"));
    if (!ctx.parse(p, args,
                   CtlContext::tr("The centre's map: what the store holds (info), an OpenStreetMap file loaded in "
                                  "place of it (import), or the centre's own address list loaded into the gazetteer "
                                  "in place of the list held (addresses), or the vehicles' road speeds (profile); loading is an "
                                  "administrator's act, all or none.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("info"));
    const bool json = p.isSet(QStringLiteral("json"));
    // What the store's map holds after the action, as text or JSON.
    const auto report = [&](const Result<MapSummary>& s) {
        if (!s)
            return ctx.fail(s.errorString());
        if (json)
            ctx.printJson(QJsonDocument(toJson(*s)));
        else
            print(ctx, *s);
        return int(Ok);
    };
    if (action == QLatin1String("info")) {
        if (pos.size() > 1)
            return ctx.usage(CtlContext::tr("usage: dispatchctl map info --db PATH [--json]"));
        if (!ctx.openStoreToRead(p))
            return ctx.exitCode();
        return report(ctx.service().mapSummary());
    }
    if (action == QLatin1String("addresses")) {
        if (pos.size() != 2)
            return ctx.usage(CtlContext::tr("usage: dispatchctl map addresses --db PATH [--admin NAME] [--profile P.json] FILE.csv [--json]"));
        if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.signInAdministrator(p))
            return ctx.exitCode();
        return report(ctx.service().importAddressList(pos.at(1), p.value(QStringLiteral("profile"))));
    }
    if (action == QLatin1String("profile")) {
        const bool builtin = p.isSet(QStringLiteral("builtin"));
        if (pos.size() != (builtin ? 1 : 2))
            return ctx.usage(CtlContext::tr("usage: dispatchctl map profile --db PATH [--admin NAME] (PROFILE.json | --builtin) [--json]"));
        std::optional<RoadProfile> profile;
        if (!builtin) {
            QFile f(pos.at(1));
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(CtlContext::tr("%1: cannot read the profile: %2").arg(f.fileName(), f.errorString()));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            if (!doc.isObject())
                return ctx.fail(CtlContext::tr("%1: not a JSON object (%2)").arg(f.fileName(), error.errorString()));
            const Result<RoadProfile> read = RoadProfile::fromJson(doc.object(), f.fileName());
            if (!read)
                return ctx.fail(read.errorString());
            profile = *read;
        }
        if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.signInAdministrator(p))
            return ctx.exitCode();
        return report(ctx.service().setVehicleProfile(profile));
    }
    if (action != QLatin1String("import"))
        return ctx.usage(CtlContext::tr("unknown action \"%1\" (info, import, addresses, profile)").arg(action));
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
    return report(ctx.service().importMap(pos.at(1), progress));
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

int runGeocode(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("limit"), CtlContext::tr("At most this many places (default 10)."), QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("TEXT"), CtlContext::tr("An address or a place's name, as a caller says it."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("The places of the gazetteer for an address or a name, best first, as the intake "
                                  "form offers them: each with its position, zone and response circle.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool okLimit = true;
    const int limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&okLimit) : 10;
    if (p.positionalArguments().size() != 1 || !okLimit || limit < 1 || limit > 100)
        return ctx.usage(CtlContext::tr("usage: dispatchctl geocode --db PATH \"TEXT\" [--limit 1..100] [--json]"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const ReadList<GazetteerHit> hits = svc.findPlaces(p.positionalArguments().front(), limit);
    if (!hits.ok())
        return ctx.fail(hits.error()->toString());
    const auto matchCode = [](int m) {
        static const char* codes[] = {"whole", "beginning", "part", "words"};
        return QString::fromLatin1(codes[std::clamp(m, 0, 3)]);
    };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const GazetteerHit& h : hits) {
            const Zone* z = svc.board().zoneAt(h.point);
            out.append(QJsonObject{{QStringLiteral("text"), h.text},
                                   {QStringLiteral("kind"), h.kind},
                                   {QStringLiteral("source"), h.source},
                                   {QStringLiteral("match"), matchCode(h.match)},
                                   {QStringLiteral("lat"), h.point.lat},
                                   {QStringLiteral("lon"), h.point.lon},
                                   {QStringLiteral("zone"), z ? QJsonValue(z->code) : QJsonValue()},
                                   {QStringLiteral("tier"), z ? QJsonValue(z->tier) : QJsonValue()},
                                   {QStringLiteral("uses"), h.uses}});
        }
        ctx.printJson(QJsonDocument(out));
        return Ok;
    }
    if (hits.isEmpty()) {
        ctx.out() << CtlContext::tr("no place of the gazetteer matches") << "\n";
        return Ok;
    }
    for (const GazetteerHit& h : hits) {
        const Zone* z = svc.board().zoneAt(h.point);
        ctx.out() << h.text << "\t" << h.kind << "\t" << QString::number(h.point.lat, 'f', 6) << ","
                  << QString::number(h.point.lon, 'f', 6) << "\t"
                  << (z ? CtlContext::tr("zone %1, circle %2").arg(z->name).arg(z->tier) : CtlContext::tr("outside every zone"))
                  << "\n";
    }
    return Ok;
}

} // namespace dispatch::ctl
