// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl avl replay: a recorded NMEA file fed to a unit through the live feed's decoder.
#include "CtlContext.h"

#include "avl/AvlReplay.h"

#include <QJsonObject>

namespace dispatch::ctl {

int runAvl(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("unit"), CtlContext::tr("Callsign of the unit the positions belong to."),
                 CtlContext::tr("CALLSIGN")});
    p.addOption({QStringLiteral("anchor"), CtlContext::tr("Move the track so that it starts at the unit's current position.")});
    p.addPositionalArgument(QStringLiteral("replay"), CtlContext::tr("The subcommand: replay."));
    p.addPositionalArgument(QStringLiteral("FILE"), CtlContext::tr("An NMEA-0183 file."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("avl replay: feed a recorded NMEA file to a unit through the same decoder as the "
                                  "live feed and store its last good fix; print the fixes used and the sentences "
                                  "rejected.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("replay"))
        return ctx.usage(CtlContext::tr("usage: dispatchctl avl replay --db PATH --unit CALLSIGN FILE.nmea"));
    if (!p.isSet(QStringLiteral("unit")))
        return ctx.usage(CtlContext::tr("--unit is required"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QString callsign = p.value(QStringLiteral("unit"));
    const Unit* unit = svc.board().unitByCallsign(callsign);
    if (!unit)
        return ctx.fail(CtlContext::tr("no unit with callsign \"%1\"").arg(callsign));
    std::optional<GeoPoint> anchor;
    if (p.isSet(QStringLiteral("anchor"))) {
        if (!unit->position)
            return ctx.fail(CtlContext::tr("%1 has no position to anchor the track at").arg(callsign));
        anchor = unit->position;
    }
    const Result<AvlReplay> replay = AvlReplay::load(pos.at(1), anchor);
    if (!replay)
        return ctx.fail(replay.errorString());
    const GeoPoint last = replay->fixes().last().position;
    const qint64 unitId = unit->id;
    if (const Status s = svc.reportPosition(unitId, last); !s)
        return ctx.fail(s.errorString());
    const AvlStats& st = replay->stats();
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("unit"), callsign},
                                                {QStringLiteral("file"), pos.at(1)},
                                                {QStringLiteral("lines"), st.lines},
                                                {QStringLiteral("fixes"), st.fixes},
                                                {QStringLiteral("rejected"), st.rejected()},
                                                {QStringLiteral("garbage"), st.garbage},
                                                {QStringLiteral("bad_checksum"), st.badChecksum},
                                                {QStringLiteral("no_fix"), st.noFix},
                                                {QStringLiteral("implausible"), st.implausible},
                                                {QStringLiteral("other"), st.other},
                                                {QStringLiteral("comments"), st.comments},
                                                {QStringLiteral("anchored"), anchor.has_value()},
                                                {QStringLiteral("lat"), last.lat},
                                                {QStringLiteral("lon"), last.lon}}));
        return Ok;
    }
    ctx.out() << CtlContext::tr("%1: %2 fix(es) used, %3 sentence(s) rejected (garbage %4, bad checksum %5, no fix %6, "
                                "implausible %7), %8 other sentence(s) and %9 comment line(s) ignored; last fix %10 stored")
                     .arg(callsign)
                     .arg(st.fixes)
                     .arg(st.rejected())
                     .arg(st.garbage)
                     .arg(st.badChecksum)
                     .arg(st.noFix)
                     .arg(st.implausible)
                     .arg(st.other)
                     .arg(st.comments)
                     .arg(QStringLiteral("%1, %2").arg(last.lat, 0, 'f', 6).arg(last.lon, 0, 'f', 6))
              << "\n";
    return Ok;
}

} // namespace dispatch::ctl
