// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl handover: the handover report of the shift ending at a moment, as text, JSON (the documented
// structure) and an A4 PDF.
#include "CtlContext.h"

#include "print/HandoverDocument.h"
#include "util/Translations.h"

#include <QDateTime>
#include <QJsonObject>

namespace dispatch::ctl {

int runHandover(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("shift-end"),
                 CtlContext::tr("The end of the shift to report (ISO date-time; a moment inside a shift reports that shift "
                                "as of then)."),
                 QStringLiteral("ISO")});
    p.addOption({QStringLiteral("pdf"), CtlContext::tr("Also write the report as an A4 PDF to this file."), QStringLiteral("OUT.pdf")});
    if (!ctx.parse(p, args, CtlContext::tr("The handover report of a shift: its figures, everything carried over with owner "
                                           "and clock, the units, the notable events; with the signatures when the "
                                           "handover is stored.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.isSet(QStringLiteral("shift-end")) || !p.positionalArguments().isEmpty())
        return ctx.usage(CtlContext::tr("usage: dispatchctl handover --db PATH --shift-end ISO [--json] [--pdf OUT.pdf]"));
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QTimeZone zone = svc.board().timeZone();
    const auto when = CtlContext::parseWhen(p.value(QStringLiteral("shift-end")), zone);
    if (!when)
        return ctx.usage(CtlContext::tr("--shift-end: \"%1\" is not an ISO date-time").arg(p.value(QStringLiteral("shift-end"))));
    // The shift that ends at that moment; a moment inside a shift means that shift, read up to the moment.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*when, QTimeZone::utc());
    const ShiftPattern& pattern = svc.board().shiftPattern();
    ShiftInstance shift = pattern.endingAt(at, zone);
    qint64 asOf = *when;
    if (!shift.isValid() || shift.end != at) {
        shift = pattern.at(at, zone);
        asOf = *when + 1;
    }
    if (!shift.isValid())
        return ctx.fail(CtlContext::tr("no shift of the centre's pattern at %1").arg(ctx.localTime(*when)));

    // A stored handover of that shift brings its notes and signatures; otherwise the report is built now.
    const std::optional<Handover> stored = svc.handoverForShift(shift.start.toMSecsSinceEpoch());
    HandoverReport report = stored && stored->report() ? *stored->report() : svc.buildHandoverReport(shift, asOf);

    if (p.isSet(QStringLiteral("pdf"))) {
        const ui::ReportDocument doc = ui::HandoverDocument::build(report, stored ? &*stored : nullptr, zone,
                                                                   Translations::currentLanguage(), svc.board().centre().demo,
                                                                   &svc.database().connection());
        if (const Status s = doc.writePdf(p.value(QStringLiteral("pdf"))); !s)
            return ctx.fail(s.errorString());
        ctx.err() << CtlContext::tr("wrote %1 (%n page(s))", nullptr, doc.pageCount()).arg(p.value(QStringLiteral("pdf"))) << "\n";
        ctx.err().flush();
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = report.toJson(zone);
        if (stored) {
            const auto iso = [&](qint64 ms) {
                return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate)) : QJsonValue();
            };
            o.insert(QStringLiteral("handover"),
                     QJsonObject{{QStringLiteral("id"), stored->id},
                                 {QStringLiteral("state"), HandoverCodes::code(stored->state)},
                                 {QStringLiteral("outgoing"), QJsonObject{{QStringLiteral("user"), stored->outgoingUser},
                                                                          {QStringLiteral("name"), stored->outgoingName},
                                                                          {QStringLiteral("signed_at"), iso(stored->signedAtMs)}}},
                                 {QStringLiteral("incoming"), QJsonObject{{QStringLiteral("user"), stored->incomingUser},
                                                                          {QStringLiteral("name"), stored->incomingName},
                                                                          {QStringLiteral("accepted_at"), iso(stored->acceptedAtMs)}}},
                                 {QStringLiteral("hash"), stored->contentHash},
                                 {QStringLiteral("log_anchor"),
                                  ui::HandoverDocument::logAnchor(svc.database().connection(), *stored)}});
        }
        ctx.printJson(QJsonDocument(o));
        return Ok;
    }
    ctx.out() << ui::HandoverDocument::shiftTitle(report.shift, zone) << "\n"
              << ui::HandoverDocument::signatures(stored ? &*stored : nullptr, zone) << "\n"
              << CtlContext::tr("%1 calls · %2 carried over (%3 overdue) · %4 breaches · %5 notable events")
                     .arg(report.figures.calls)
                     .arg(report.carried.size())
                     .arg(report.overdueCarried())
                     .arg(report.breaches.size())
                     .arg(report.notable.size())
              << "\n";
    for (const CarriedItem& c : report.carried)
        ctx.out() << "  " << c.kind.leftJustified(16) << c.number.leftJustified(16) << c.owner.leftJustified(14)
                  << (c.deadlineMs ? ctx.localTime(c.deadlineMs) : QStringLiteral("-")) << "  " << c.what << "\n";
    return Ok;
}

} // namespace dispatch::ctl
