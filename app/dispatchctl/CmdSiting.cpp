// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl siting: where to put staging points (科学布点) for the incidents of a period, over the roads.
#include "CtlContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace dispatch::ctl {

Result<QList<SitingSite>> sitesFrom(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{CtlContext::tr("cannot read the sites: %1").arg(f.errorString()), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return Error{CtlContext::tr("not a GeoJSON FeatureCollection (%1)").arg(error.errorString()), path};
    QList<SitingSite> out;
    const QJsonArray features = doc.object().value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QJsonArray c = geometry.value(QStringLiteral("coordinates")).toArray();
        if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("Point") || c.size() < 2)
            return Error{CtlContext::tr("features[%1]: a Point is needed").arg(i), path};
        const GeoPoint p{c.at(1).toDouble(), c.at(0).toDouble()};
        if (!p.isValid())
            return Error{CtlContext::tr("features[%1]: the coordinates are not longitude, latitude").arg(i), path};
        const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
        QString code;
        for (const char* key : {"code", "facility_id", "id"})
            if (const QJsonValue v = props.value(QLatin1String(key)); !v.isUndefined() && !v.isNull()) {
                code = v.isString() ? v.toString() : QString::number(v.toVariant().toLongLong());
                break;
            }
        if (code.isEmpty())
            code = QStringLiteral("S%1").arg(i + 1);
        QString name = props.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = props.value(QStringLiteral("common_name")).toString();
        out.append({code, name, p, true});
    }
    if (out.isEmpty())
        return Error{CtlContext::tr("the file has no site"), path};
    return out;
}

namespace {

double share(int part, int whole)
{
    return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0;
}

} // namespace

int runSiting(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("points"), CtlContext::tr("How many sites to choose."), QStringLiteral("N")});
    p.addOption({QStringLiteral("keep"), CtlContext::tr("Codes of existing sites that stay (comma-separated)."), QStringLiteral("CODES")});
    p.addOption({QStringLiteral("target"), CtlContext::tr("Seconds within which an incident counts as reached (default 300)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("from"), CtlContext::tr("Incidents received from (ISO; default a year before --to)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("Incidents received before (ISO; default now)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("sites"), CtlContext::tr("The existing sites from a GeoJSON file of points (default: the store's staging points)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("among-existing"), CtlContext::tr("Choose among the existing sites only.")});
    p.addOption({QStringLiteral("backup"), CtlContext::tr("Among the best covers, prefer the one reaching most incidents from a second site.")});
    p.addOption({QStringLiteral("spacing"), CtlContext::tr("Road nodes offered as new sites, one per square of this side in metres (default 400)."),
                 QStringLiteral("METRES")});
    p.addOption({QStringLiteral("time-limit"), CtlContext::tr("The solver's time limit in seconds (default 60)."), QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("geojson"), CtlContext::tr("Write the chosen sites to this GeoJSON file."), QStringLiteral("FILE")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Where to put staging points (科学布点): from the incidents of a period and the map's "
                                  "roads, the sites that reach the most incidents within the target (maximal covering, "
                                  "solved by GLPK), with the coverage of the existing sites beside it, by zone.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    SitingOptions o;
    bool ok = p.isSet(QStringLiteral("points"));
    o.points = p.value(QStringLiteral("points")).toInt(&ok);
    auto number = [&](const char* name, double& into, double low, double high) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool good = false;
        const double v = p.value(QLatin1String(name)).toDouble(&good);
        if (!good || v < low || v > high)
            return false;
        into = v;
        return true;
    };
    double limit = o.timeLimitSeconds;
    if (!ok || o.points < 1 || o.points > 500 || !p.positionalArguments().isEmpty()
        || !number("target", o.targetSeconds, 30, 3600) || !number("spacing", o.spacingMetres, 50, 5000)
        || !number("time-limit", limit, 1, 3600))
        return ctx.usage(CtlContext::tr("usage: dispatchctl siting --db PATH --points N [--keep CODES] [--target SECONDS] "
                                        "[--from ISO --to ISO] [--sites FILE.geojson] [--among-existing] [--backup] "
                                        "[--spacing METRES] [--time-limit SECONDS] [--geojson OUT] [--json]"));
    o.timeLimitSeconds = int(limit);
    o.keep = p.value(QStringLiteral("keep")).split(u',', Qt::SkipEmptyParts);
    o.backup = p.isSet(QStringLiteral("backup"));
    o.amongExisting = p.isSet(QStringLiteral("among-existing"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    qint64 toMs = svc.clock().nowMs(), fromMs = 0;
    if (!ctx.readPeriod(p, fromMs, toMs))
        return ctx.exitCode();
    if (!p.isSet(QStringLiteral("from")))
        fromMs = toMs - 365LL * 24 * 3600 * 1000;
    if (toMs <= fromMs)
        return ctx.usage(CtlContext::tr("--to must come after --from"));
    QList<SitingSite> sites;
    if (p.isSet(QStringLiteral("sites"))) {
        const Result<QList<SitingSite>> read = sitesFrom(p.value(QStringLiteral("sites")));
        if (!read)
            return ctx.fail(read.errorString());
        sites = *read;
    }
    const Result<SitingResult> r = svc.siteStagingPoints(o, fromMs, toMs, sites);
    if (!r)
        return ctx.fail(r.errorString());

    const QByteArray geojson = Siting::toGeoJson(*r);
    if (p.isSet(QStringLiteral("geojson"))) {
        QFile out(p.value(QStringLiteral("geojson")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(geojson) != geojson.size())
            return ctx.fail(CtlContext::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    const QJsonArray features = QJsonDocument::fromJson(geojson).object().value(QStringLiteral("features")).toArray();
    const int reachable = r->incidents;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray zones;
        for (const SitingZone& z : r->zones)
            zones.append(QJsonObject{{QStringLiteral("zone"), z.zone.isEmpty() ? QJsonValue() : QJsonValue(z.zone)},
                                     {QStringLiteral("incidents"), z.incidents},
                                     {QStringLiteral("covered_now"), z.coveredNow},
                                     {QStringLiteral("covered_proposed"), z.coveredProposed}});
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("incidents"), r->incidents},
            {QStringLiteral("off_network"), r->offNetwork},
            {QStringLiteral("target_seconds"), o.targetSeconds},
            {QStringLiteral("candidates"), r->candidates},
            {QStringLiteral("existing_on_network"), r->existingOnNetwork},
            {QStringLiteral("now"), QJsonObject{{QStringLiteral("covered"), r->coveredNow},
                                                {QStringLiteral("covered_twice"), r->coveredTwiceNow},
                                                {QStringLiteral("share"), share(r->coveredNow, reachable)}}},
            {QStringLiteral("proposed"), QJsonObject{{QStringLiteral("covered"), r->coveredProposed},
                                                     {QStringLiteral("covered_twice"), r->coveredTwiceProposed},
                                                     {QStringLiteral("share"), share(r->coveredProposed, reachable)}}},
            {QStringLiteral("sites"), features},
            {QStringLiteral("zones"), zones},
            {QStringLiteral("solver"), QJsonObject{{QStringLiteral("optimal"), r->optimal},
                                                   {QStringLiteral("gap"), r->gap},
                                                   {QStringLiteral("seconds"), r->solverSeconds}}}}));
        return Ok;
    }
    QTextStream& out = ctx.out();
    out << CtlContext::tr("%1 incidents with a position (%2 off the map's roads); target %3 s; %4 candidate sites")
               .arg(r->incidents)
               .arg(r->offNetwork)
               .arg(o.targetSeconds)
               .arg(r->candidates)
        << "\n"
        << CtlContext::tr("now, from %1 existing sites on the roads: %2 reached (%3 %), %4 by two")
               .arg(r->existingOnNetwork)
               .arg(r->coveredNow)
               .arg(share(r->coveredNow, reachable))
               .arg(r->coveredTwiceNow)
        << "\n"
        << CtlContext::tr("proposed, %1 sites: %2 reached (%3 %), %4 by two")
               .arg(r->chosen.size())
               .arg(r->coveredProposed)
               .arg(share(r->coveredProposed, reachable))
               .arg(r->coveredTwiceProposed)
        << "\n"
        << (r->optimal ? CtlContext::tr("the solver proved this the best cover (%1 s)").arg(r->solverSeconds, 0, 'f', 1)
                       : CtlContext::tr("the solver's time ran out: at most %1 % better is possible (%2 s)")
                             .arg(r->gap * 100, 0, 'f', 1)
                             .arg(r->solverSeconds, 0, 'f', 1))
        << "\n";
    for (const SitingChosen& c : r->chosen)
        out << "  " << c.site.code << "\t" << (c.site.existing ? CtlContext::tr("existing") : CtlContext::tr("new"))
            << "\t" << QString::number(c.site.point.lat, 'f', 5) << "," << QString::number(c.site.point.lon, 'f', 5)
            << "\t" << CtlContext::tr("reaches %1").arg(c.covered) << "\t" << c.site.name << "\n";
    for (const SitingZone& z : r->zones)
        out << "  " << (z.zone.isEmpty() ? CtlContext::tr("(outside every zone)") : z.zone) << "\t"
            << CtlContext::tr("%1 incidents: now %2 %, proposed %3 %")
                   .arg(z.incidents)
                   .arg(share(z.coveredNow, z.incidents))
                   .arg(share(z.coveredProposed, z.incidents))
            << "\n";
    return Ok;
}

} // namespace dispatch::ctl
