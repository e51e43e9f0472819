// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/HandInCommands.h"

#include "domain/EventKinds.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/Sql.h"

#include <QDateTime>

namespace dispatch {

qint64 HandInCommands::take(CommandContext& ctx, const EidoHandIn& h, const QString& line)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader});
    if (line != QLatin1String("instruction") && line != QLatin1String("12345"))
        throw DispatchError(tr("a handed-in incident comes on the line \"instruction\" or \"12345\""), QStringLiteral("line"));
    const QString own = EidoWriter::agencyId(ctx.board().centre());
    if (h.eidoId.endsWith(u':' + own) || h.sender == own)
        throw DispatchError(tr("%1 is this centre's own incident: it is not taken in again").arg(h.eidoId),
                            QStringLiteral("$id"));
    const QString source = QStringLiteral("EIDO:") + h.eidoId;
    // Who took it in and where: the hand-in's own event (a tool has no user row, but its name is on the event).
    sql::Query q = sql::run(ctx.db(),
                            QStringLiteral("SELECT i.number, e.at, e.desk, e.username FROM incidents i "
                                           "JOIN events e ON e.entity = 'incident' AND e.entity_id = i.id AND e.kind = ? "
                                           "WHERE i.source_ref = ? AND i.source_ref LIKE 'EIDO:%'"),
                            {events::kIncidentHandedIn, source});
    if (q.next()) {
        const QString when = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc())
                                 .toTimeZone(ctx.timeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        throw DispatchError(tr("%1 was already taken in as incident %2 by %3 at desk %4, %5")
                                .arg(h.eidoId, q.value(0).toString(), q.value(3).toString(), q.value(2).toString(), when),
                            QStringLiteral("$id"));
    }
    IncidentDraft d = h.draft;
    d.line = line;
    d.sourceRef = source;
    d.receivedAtMs = 0; // received when taken in: the clocks here measure this centre's own response
    const qint64 id = IncidentCommands::create(ctx, d);
    const Incident i = IncidentCommands::load(ctx, id);
    QJsonObject payload{{QStringLiteral("format"), QStringLiteral("eido")},
                        {QStringLiteral("id"), h.eidoId},
                        {QStringLiteral("sender"), h.sender},
                        {QStringLiteral("row_version"), i.rowVersion},
                        {QStringLiteral("address"), i.address},
                        {QStringLiteral("call_started"),
                         h.callStartedMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(h.callStartedMs, QTimeZone::utc())
                                                          .toTimeZone(ctx.timeZone())
                                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                         : QJsonValue()},
                        {QStringLiteral("document"), h.document}};
    if (i.position) {
        payload.insert(QStringLiteral("lat"), i.position->lat);
        payload.insert(QStringLiteral("lon"), i.position->lon);
    }
    ctx.record(events::kIncidentHandedIn, QStringLiteral("incident"), id, payload);
    return id;
}

} // namespace dispatch
