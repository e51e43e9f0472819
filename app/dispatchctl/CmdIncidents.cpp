// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "domain/Taxonomy.h"
#include "store/IncidentRepository.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dispatch::ctl {

int runIncidents(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    p.addOption({QStringLiteral("active"), CtlContext::tr("Only incidents still open.")});
    p.addOption({QStringLiteral("limit"), CtlContext::tr("At most N incidents, newest first (default 1000)."),
                 QStringLiteral("N"), QStringLiteral("1000")});
    if (!ctx.parse(p, args, CtlContext::tr("List incidents, newest first.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool okLimit = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit <= 0)
        return ctx.usage(CtlContext::tr("--limit needs a positive number"));
    Database* db = ctx.openStoreToRead(p);
    if (!db)
        return ctx.exitCode();
    const Board& board = ctx.service().board();
    IncidentQuery q;
    q.activeOnly = p.isSet(QStringLiteral("active"));
    q.limit = limit;
    QList<Incident> list;
    try {
        list = IncidentRepository::list(db->connection(), q);
    } catch (const DispatchError& e) {
        return ctx.fail(e.error().toString());
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const Incident& i : std::as_const(list)) {
            const Zone* z = board.zone(i.zoneId);
            QJsonObject o{{QStringLiteral("id"), i.id},
                          {QStringLiteral("number"), i.number},
                          {QStringLiteral("received_at"), timefmt::isoUtc(i.receivedAtMs)},
                          {QStringLiteral("line"), i.line},
                          {QStringLiteral("category"), i.category},
                          {QStringLiteral("priority"), i.priority},
                          {QStringLiteral("state"), IncidentLifecycle::code(i.state)},
                          {QStringLiteral("zone"), z ? z->code : QString()},
                          {QStringLiteral("tier"), i.tier},
                          {QStringLiteral("address"), i.address},
                          {QStringLiteral("summary"), i.summary},
                          {QStringLiteral("caller_phone"), i.callerPhone},
                          {QStringLiteral("origin"), originCode(i.origin)}};
            if (i.position) {
                o.insert(QStringLiteral("lat"), i.position->lat);
                o.insert(QStringLiteral("lon"), i.position->lon);
            }
            arr.append(o);
        }
        ctx.printJson(QJsonDocument(arr));
        return Ok;
    }
    const Taxonomy& tax = Taxonomy::builtin();
    const QString lang = QStringLiteral("en");
    ctx.out() << CtlContext::tr("%n incident(s)", nullptr, int(list.size())) << "\n";
    for (const Incident& i : std::as_const(list)) {
        const Zone* z = board.zone(i.zoneId);
        ctx.out() << i.number << "  " << ctx.localTime(i.receivedAtMs) << "  " << i.line.leftJustified(6) << "  "
                  << (i.category.isEmpty() ? QStringLiteral("-") : tax.categoryLabel(i.category, lang)).leftJustified(14)
                  << "  P" << (i.priority ? QString::number(i.priority) : QStringLiteral("-")) << "  "
                  << IncidentLifecycle::code(i.state).leftJustified(14) << "  "
                  << (z ? z->name : QStringLiteral("-")) << "  " << (i.address.isEmpty() ? i.summary : i.address)
                  << "\n";
    }
    return Ok;
}

} // namespace dispatch::ctl
