// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/HandInCommands.h"

#include "domain/EventKinds.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/HandInQueries.h"

#include <QDateTime>

namespace dispatch {

qint64 HandInCommands::take(CommandContext& ctx, const EidoHandIn& h, const QString& line)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader});
    if (line != QLatin1String("instruction") && line != QLatin1String("12345"))
        throw DispatchError(tr("a handed-in incident comes on the line \"instruction\" or \"12345\""), QStringLiteral("line"));
    const QString own = EidoWriter::agencyId(ctx.board().centre());
    if (h.eidoId.endsWith(u':' + own) || h.sender == own)
        throw DispatchError(tr("%1 was issued by this centre (%2): a centre does not take its own incident in again")
                                .arg(h.eidoId, own),
                            QStringLiteral("$id"));
    const QString source = QStringLiteral("EIDO:") + h.eidoId;
    // Taken in once: the second time says who took it in, at which desk and when (a tool has its name on the event).
    if (const std::optional<HandInQueries::Taken> taken = HandInQueries::takenIn(ctx.db(), source)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(taken->atMs, QTimeZone::utc())
                                 .toTimeZone(ctx.timeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        throw DispatchError(tr("%1 was already taken in as incident %2 by %3 at desk %4, %5")
                                .arg(h.eidoId, taken->number, taken->username, taken->desk, when),
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
