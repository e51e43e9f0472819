// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl calibrate: the vehicles' road speeds fitted to the journeys units made in the centre's history.
#include "CtlContext.h"

#include "map/SpeedCalibration.h"
#include "store/MapRepository.h"
#include "store/SitingQueries.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace dispatch::ctl {

namespace {

QString accuracyLine(const QString& label, const CalibrationAccuracy& a)
{
    return QStringLiteral("  %1%2 s%3%4 s%5%6 %")
        .arg(label, -22)
        .arg(a.medianAbsError, 6, 'f', 0)
        .arg(QString(), 4)
        .arg(a.bias, 6, 'f', 0)
        .arg(QString(), 4)
        .arg(a.within60 * 100, 5, 'f', 0);
}

} // namespace

int runCalibrate(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("stations"), CtlContext::tr("The stations units leave from: a GeoJSON file of points, each "
                                                            "with its number in its name (\"Fire Station #15\")."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("unit-type"), CtlContext::tr("The unit types to fit on, as the export names them "
                                                             "(comma-separated; default all)."),
                 QStringLiteral("TYPES")});
    p.addOption({QStringLiteral("unit-pattern"), CtlContext::tr("How a unit's name gives its station's number: a regular "
                                                                "expression capturing it (default ^[A-Za-z]+0*([0-9]+)$, "
                                                                "\"E32\" → 32)."),
                 QStringLiteral("REGEX")});
    p.addOption({QStringLiteral("from"), CtlContext::tr("Incidents received from (ISO; default all history)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("Incidents received before (ISO; default now)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("held-out"), CtlContext::tr("The share of the journeys, the latest, kept out of the fit to "
                                                            "measure it (default 0.3)."),
                 QStringLiteral("SHARE")});
    p.addOption({QStringLiteral("name"), CtlContext::tr("The fitted profile's name (default \"fitted\")."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("out"), CtlContext::tr("Write the fitted profile to this file (load it with dispatchctl map profile)."),
                 QStringLiteral("FILE")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Fits the speeds of the road classes and a start-up time to the journeys units made in "
                                  "imported history (en route to on scene, from their own station to incidents in its "
                                  "area), and measures the fit on the latest journeys held out of it, beside the best "
                                  "straight-line model fitted on the same journeys.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString usage = CtlContext::tr("usage: dispatchctl calibrate --db PATH --stations FILE.geojson [--unit-type TYPES] "
                                         "[--unit-pattern REGEX] [--from ISO] [--to ISO] [--held-out SHARE] [--name NAME] "
                                         "[--out PROFILE.json] [--json]");
    if (!p.isSet(QStringLiteral("stations")) || !p.positionalArguments().isEmpty())
        return ctx.usage(usage);
    double heldOut = 0.3;
    if (p.isSet(QStringLiteral("held-out"))) {
        bool ok = false;
        heldOut = p.value(QStringLiteral("held-out")).toDouble(&ok);
        if (!ok || heldOut < 0.05 || heldOut > 0.9)
            return ctx.usage(CtlContext::tr("--held-out: a share from 0.05 to 0.9 is needed"));
    }
    const QRegularExpression pattern(p.value(QStringLiteral("unit-pattern")).isEmpty()
                                         ? QStringLiteral("^[A-Za-z]+0*([0-9]+)$")
                                         : p.value(QStringLiteral("unit-pattern")));
    if (!pattern.isValid() || pattern.captureCount() < 1)
        return ctx.usage(CtlContext::tr("--unit-pattern: a regular expression with one capturing group is needed (%1)")
                             .arg(pattern.errorString()));
    const Result<QList<SitingSite>> sites = sitesFrom(p.value(QStringLiteral("stations")));
    if (!sites)
        return ctx.fail(sites.errorString());
    QList<CalibrationStation> stations;
    static const QRegularExpression digits(QStringLiteral("([0-9]+)"));
    for (const SitingSite& s : *sites) {
        QRegularExpressionMatch m = digits.match(s.name);
        if (!m.hasMatch())
            m = digits.match(s.code);
        if (m.hasMatch())
            stations.append({m.captured(1), s.point});
    }
    if (stations.isEmpty())
        return ctx.fail(CtlContext::tr("%1: no station with a number in its name").arg(p.value(QStringLiteral("stations"))));

    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    qint64 fromMs = std::numeric_limits<qint64>::min() / 2, toMs = svc.clock().nowMs();
    if (!ctx.readPeriod(p, fromMs, toMs))
        return ctx.exitCode();
    QList<UnitJourney> journeys;
    QList<RoadRecord> roads;
    try {
        const QSqlDatabase& db = svc.database().connection();
        journeys = SitingQueries::unitJourneys(db, fromMs, toMs,
                                               p.value(QStringLiteral("unit-type")).split(u',', Qt::SkipEmptyParts));
        roads = MapRepository::roadRecords(db);
    } catch (const DispatchError& e) {
        return ctx.fail(e.error().toString());
    }
    const TripSelection selection = SpeedCalibration::select(journeys, stations, pattern, heldOut);
    const Result<CalibrationResult> fit = SpeedCalibration::fit(roads, selection.trips, RoadProfile::car());
    if (!fit)
        return ctx.fail(CtlContext::tr("%1 (%2 journeys read: %3 without a station of the file, %4 outside their station's "
                                       "area, %5 under 20 s or over 20 min)")
                            .arg(fit.errorString())
                            .arg(selection.journeys)
                            .arg(selection.noStation)
                            .arg(selection.outsideOwnArea)
                            .arg(selection.implausible));
    CalibrationResult result = *fit;
    CalibrationResult* r = &result;
    r->profile.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")).trimmed().left(60) : QStringLiteral("fitted");
    if (r->profile.name.isEmpty())
        return ctx.usage(CtlContext::tr("--name: a name is needed"));
    QJsonObject out = SpeedCalibration::toJson(*r);
    QJsonObject fitted = out.value(QStringLiteral("fitted")).toObject();
    fitted.insert(QStringLiteral("journeys"),
                  QJsonObject{{QStringLiteral("read"), selection.journeys},
                              {QStringLiteral("no_station"), selection.noStation},
                              {QStringLiteral("outside_own_area"), selection.outsideOwnArea},
                              {QStringLiteral("implausible"), selection.implausible}});
    out.insert(QStringLiteral("fitted"), fitted);
    const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (p.isSet(QStringLiteral("out"))) {
        QFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return ctx.fail(CtlContext::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(out));
        return Ok;
    }
    QTextStream& o = ctx.out();
    o << CtlContext::tr("%1 journeys read: %2 fitted on, %3 held out (the latest); left out: %4 without a station of the "
                        "file, %5 outside their station's area, %6 under 20 s or over 20 min, %7 off the roads")
             .arg(selection.journeys)
             .arg(r->fitTrips)
             .arg(r->holdoutTrips)
             .arg(selection.noStation)
             .arg(selection.outsideOwnArea)
             .arg(selection.implausible)
             .arg(r->offNetwork)
      << "\n"
      << CtlContext::tr("median journey %1 km as the crow flies").arg(r->medianMetres / 1000, 0, 'f', 2) << "\n"
      << CtlContext::tr("start-up %1 s").arg(r->profile.startSeconds, 0, 'f', 0) << "\n";
    for (const CalibrationGroup& g : r->groups)
        o << "  " << (g.fitted ? CtlContext::tr("%1: %2 km/h (%3 km driven)").arg(g.name).arg(g.kmh, 0, 'f', 1).arg(g.metres / 1000, 0, 'f', 0)
                               : CtlContext::tr("%1: %2 km/h kept (%3 km driven, too little to fit)")
                                     .arg(g.name)
                                     .arg(g.kmh, 0, 'f', 1)
                                     .arg(g.metres / 1000, 0, 'f', 0))
          << "\n";
    o << CtlContext::tr("best straight line: start-up %1 s, then %2 km/h as the crow flies")
             .arg(r->straightStartSeconds, 0, 'f', 0)
             .arg(r->straightKmh, 0, 'f', 1)
      << "\n"
      << CtlContext::tr("on the %1 held-out journeys: median error, bias (+ slow, − too quick), within a minute")
             .arg(r->holdoutTrips)
      << "\n"
      << accuracyLine(CtlContext::tr("built-in speeds"), r->startingHeldOut) << "\n"
      << accuracyLine(CtlContext::tr("fitted speeds"), r->fittedHeldOut) << "\n"
      << accuracyLine(CtlContext::tr("straight line"), r->straightHeldOut) << "\n";
    if (p.isSet(QStringLiteral("out")))
        o << CtlContext::tr("profile written to %1 (dispatchctl map profile --db PATH %1 puts it to use)")
                 .arg(p.value(QStringLiteral("out")))
          << "\n";
    return Ok;
}

} // namespace dispatch::ctl
