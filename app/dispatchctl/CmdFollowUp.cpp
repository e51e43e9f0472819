// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl owed / ledger: everything still owed after the call, and the repeat ledger's weekly bulletin.
#include "CtlContext.h"

#include "followup/FollowUpKind.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

int runOwed(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    QStringList lists;
    for (const FollowUpKind* k : FollowUpKinds::all())
        lists << k->label();
    if (!ctx.parse(p, args, CtlContext::tr("Everything still owed after the call (%1): who owes it, since when and by "
                                           "when, the overdue first.")
                                .arg(lists.join(QStringLiteral(", ")))))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const qint64 now = svc.clock().nowMs();
    const QList<OwedItem> items = svc.owed();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const OwedItem& o : items)
            arr.append(QJsonObject{{QStringLiteral("kind"), o.kind},
                                   {QStringLiteral("id"), o.id},
                                   {QStringLiteral("incident"), o.number.isEmpty() ? QJsonValue() : QJsonValue(o.number)},
                                   {QStringLiteral("what"), o.what},
                                   {QStringLiteral("owner"), o.owner},
                                   {QStringLiteral("since"), timefmt::isoUtc(o.sinceMs)},
                                   {QStringLiteral("deadline"), o.deadlineMs ? QJsonValue(timefmt::isoUtc(o.deadlineMs)) : QJsonValue()},
                                   {QStringLiteral("overdue"), o.overdue(now)}});
        ctx.printJson(QJsonDocument(arr));
        return Ok;
    }
    for (const OwedItem& o : items)
        ctx.out() << o.kind.leftJustified(16) << "  " << o.number.leftJustified(14) << "  "
                  << o.owner.leftJustified(12) << "  "
                  << (o.deadlineMs ? ctx.localTime(o.deadlineMs) : QStringLiteral("-")).leftJustified(16)
                  << (o.overdue(now) ? CtlContext::tr("  OVERDUE") : QString()) << "  " << o.what << "\n";
    ctx.out() << CtlContext::tr("%n item(s) owed", nullptr, int(items.size())) << "\n";
    return Ok;
}

int runLedger(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("week"), CtlContext::tr("Any day of the week (Monday to Sunday) to report (default: this week)."),
                 QStringLiteral("DATE")});
    if (!ctx.parse(p, args, CtlContext::tr("The repeat-incident ledger's weekly bulletin: entries opened, still open "
                                           "and closed in the week.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!ctx.openStoreToRead(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QTimeZone zone = svc.board().timeZone();
    QDate day = QDateTime::fromMSecsSinceEpoch(svc.clock().nowMs(), zone).date();
    if (p.isSet(QStringLiteral("week"))) {
        day = QDate::fromString(p.value(QStringLiteral("week")), Qt::ISODate);
        if (!day.isValid())
            return ctx.usage(CtlContext::tr("--week: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(QStringLiteral("week"))));
    }
    const Result<LedgerBulletin> b = svc.ledgerBulletin(ReportPeriod::containing(ReportPeriod::Kind::Week, day, zone));
    if (!b)
        return ctx.fail(b.errorString());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(b->toJson(zone)));
        return Ok;
    }
    for (const ReportTable& t : b->tables(zone)) {
        ctx.out() << t.title << "\n  " << t.header.join(QStringLiteral(" | ")) << "\n";
        for (const QStringList& row : t.rows)
            ctx.out() << "  " << row.join(QStringLiteral(" | ")) << "\n";
        ctx.out() << "\n";
    }
    return Ok;
}

} // namespace dispatch::ctl
