// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl units / recommend: the roster and the ranked candidates for a point, as the desk sees them.
#include "CtlContext.h"

#include "domain/Taxonomy.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace dispatch::ctl {

int runUnits(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    if (!ctx.parse(p, args, CtlContext::tr("List every unit with its type, status, last position fix and staleness.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const Board& board = svc.board();
    const qint64 now = svc.clock().nowMs();
    QJsonArray arr;
    for (qint64 id : board.unitIds()) {
        const Unit* u = board.unit(id);
        const bool stale = svc.isPositionStale(*u);
        const Incident* incident = board.incident(u->incidentId);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("callsign"), u->callsign},
                          {QStringLiteral("type"), u->type},
                          {QStringLiteral("status"), UnitLifecycle::code(u->state)},
                          {QStringLiteral("stale"), stale},
                          {QStringLiteral("incident"), incident ? incident->number : QString()}};
            if (u->position) {
                o.insert(QStringLiteral("lat"), u->position->lat);
                o.insert(QStringLiteral("lon"), u->position->lon);
            }
            if (u->fixAtMs) {
                o.insert(QStringLiteral("fix_at"), timefmt::isoUtc(u->fixAtMs));
                o.insert(QStringLiteral("fix_age_seconds"), double(now - u->fixAtMs) / 1000.0);
            }
            arr.append(o);
            continue;
        }
        ctx.out() << u->callsign.leftJustified(10) << "  " << u->type.leftJustified(15) << "  "
                  << UnitLifecycle::code(u->state).leftJustified(18) << "  "
                  << (u->position ? QStringLiteral("%1, %2").arg(u->position->lat, 0, 'f', 6).arg(u->position->lon, 0, 'f', 6)
                                  : CtlContext::tr("no position"))
                  << "  " << (u->fixAtMs ? ctx.localTime(u->fixAtMs) : QStringLiteral("-")) << "  "
                  << (stale ? CtlContext::tr("stale") : CtlContext::tr("fresh"))
                  << (incident ? QStringLiteral("  ") + incident->number : QString()) << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.printJson(QJsonDocument(arr));
    return Ok;
}

int runRecommend(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("lat"), CtlContext::tr("Latitude of the incident."), QStringLiteral("LAT")});
    p.addOption({QStringLiteral("lon"), CtlContext::tr("Longitude of the incident."), QStringLiteral("LON")});
    p.addOption({QStringLiteral("category"), CtlContext::tr("Category code (taxonomy)."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("priority"), CtlContext::tr("Priority 1 to 4 (default 2)."), QStringLiteral("N"),
                 QStringLiteral("2")});
    p.addOption({QStringLiteral("types"), CtlContext::tr("Suitable unit types, comma separated (default: every police type)."),
                 QStringLiteral("LIST")});
    if (!ctx.parse(p, args, CtlContext::tr("Rank the units for an incident at a point: distance, ETA against the "
                                           "arrival target of the zone's circle, and the units left out with the reason.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool okLat = false, okLon = false, okPriority = false;
    const GeoPoint at{p.value(QStringLiteral("lat")).toDouble(&okLat), p.value(QStringLiteral("lon")).toDouble(&okLon)};
    const int priority = p.value(QStringLiteral("priority")).toInt(&okPriority);
    if (!okLat || !okLon || !at.isValid())
        return ctx.usage(CtlContext::tr("--lat and --lon need a valid latitude and longitude"));
    if (!okPriority || priority < 1 || priority > 4)
        return ctx.usage(CtlContext::tr("--priority must be 1 to 4"));
    const QString category = p.value(QStringLiteral("category"));
    if (!category.isEmpty() && !Taxonomy::builtin().hasCategory(category))
        return ctx.usage(CtlContext::tr("unknown category \"%1\"").arg(category));
    const QStringList types = p.value(QStringLiteral("types")).split(u',', Qt::SkipEmptyParts);
    for (const QString& t : types)
        if (!Taxonomy::builtin().hasUnitType(t))
            return ctx.usage(CtlContext::tr("unknown unit type \"%1\"").arg(t));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    RecommendQuery q;
    q.position = at;
    q.priority = priority;
    q.category = category;
    q.unitTypes = types;
    q.mediation = category == QLatin1String("dispute");
    const Zone* zone = svc.board().zoneAt(at);
    q.tier = zone ? zone->tier : 0;
    const Recommendation r = svc.recommend(q);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray candidates, excluded;
        for (const Candidate& c : r.candidates)
            candidates.append(QJsonObject{{QStringLiteral("callsign"), c.callsign},
                                          {QStringLiteral("type"), c.type},
                                          {QStringLiteral("distance_m"), qRound(c.distanceM)},
                                          {QStringLiteral("eta_seconds"), c.etaSeconds},
                                          {QStringLiteral("by_road"), c.byRoad},
                                          {QStringLiteral("arrival_deadline_seconds"), r.arrivalAllowedMs / 1000},
                                          {QStringLiteral("meets_deadline"), c.meetsTarget},
                                          {QStringLiteral("committed"), c.committed},
                                          {QStringLiteral("position"), c.sourceCode()},
                                          {QStringLiteral("fix_age_seconds"), c.fixAgeMs / 1000},
                                          {QStringLiteral("low_confidence"), c.lowConfidence()}});
        for (const Exclusion& e : r.excluded)
            excluded.append(QJsonObject{{QStringLiteral("callsign"), e.callsign},
                                        {QStringLiteral("type"), e.type},
                                        {QStringLiteral("reason"), e.code()},
                                        {QStringLiteral("text"), e.text()}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("zone"), zone ? zone->code : QString()},
                                                {QStringLiteral("tier"), q.tier},
                                                {QStringLiteral("arrival_deadline_seconds"), r.arrivalAllowedMs / 1000},
                                                {QStringLiteral("units_needed"), r.unitsNeeded},
                                                {QStringLiteral("candidates"), candidates},
                                                {QStringLiteral("excluded"), excluded}}));
        return Ok;
    }
    ctx.out() << CtlContext::tr("Zone %1, tier %2: arrival within %3 s; %4 unit(s) needed")
                     .arg(zone ? zone->name : CtlContext::tr("outside every zone"))
                     .arg(q.tier)
                     .arg(r.arrivalAllowedMs / 1000)
                     .arg(r.unitsNeeded)
              << "\n";
    for (const Candidate& c : r.candidates)
        ctx.out() << "  " << c.callsign.leftJustified(10) << "  " << c.type.leftJustified(15) << "  "
                  << QString::number(qRound(c.distanceM)).rightJustified(6) << " m  "
                  << QString::number(c.etaSeconds).rightJustified(5) << " s  "
                  << (c.byRoad ? CtlContext::tr("by road") + QStringLiteral("  ")
                               : r.roadsUsed ? CtlContext::tr("straight line") + QStringLiteral("  ") : QString())
                  << (c.meetsTarget ? CtlContext::tr("meets") : CtlContext::tr("late"))
                  << (c.committed ? QStringLiteral("  ") + CtlContext::tr("committed") : QString()) << "\n";
    ctx.out() << CtlContext::tr("Excluded:") << "\n";
    for (const Exclusion& e : r.excluded)
        ctx.out() << "  " << e.callsign.leftJustified(10) << "  " << e.text() << "\n";
    return Ok;
}

} // namespace dispatch::ctl
