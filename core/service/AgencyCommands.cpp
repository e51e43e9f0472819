// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AgencyCommands.h"

#include "domain/EventKinds.h"
#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"
#include "domain/User.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/AgencyNotificationRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace dispatch {

qint64 AgencyCommands::notify(CommandContext& ctx, qint64 incidentId, const QString& agency, const QString& note)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(note.trimmed(), TextLimits::kReason, QStringLiteral("note"), tr("The note"));
    const Incident i = IncidentCommands::load(ctx, incidentId);
    if (!i.isActive())
        throw DispatchError(tr("incident %1 is \"%2\": no agency is notified of it any more")
                                .arg(i.number, IncidentLifecycle::label(i.state)),
                            QStringLiteral("incident %1").arg(i.number));
    if (!ctx.board().agency(agency))
        throw DispatchError(tr("agency \"%1\" is not among this centre's linked agencies").arg(agency), QStringLiteral("agency"));
    if (AgencyNotificationRepository::find(ctx.db(), incidentId, agency))
        throw DispatchError(tr("%1 was already notified of incident %2")
                                .arg(Taxonomy::builtin().agencyLabel(agency, QStringLiteral("en")), i.number),
                            QStringLiteral("agency"));
    AgencyNotification n;
    n.incidentId = incidentId;
    n.agency = agency;
    n.notifiedAtMs = ctx.now();
    n.notifiedBy = ctx.actor().username;
    n.note = note.trimmed();
    n.id = AgencyNotificationRepository::insert(ctx.db(), n);
    ctx.record(events::kAgencyNotified, QStringLiteral("incident"), incidentId,
               {{QStringLiteral("agency"), agency}, {QStringLiteral("notification_id"), n.id}, {QStringLiteral("note"), n.note}});
    ctx.touch(Entity::Incident, incidentId);
    return n.id;
}

void AgencyCommands::acknowledge(CommandContext& ctx, qint64 notificationId, const QString& by)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(by.trimmed(), TextLimits::kName, QStringLiteral("by"), tr("Who acknowledged"));
    const std::optional<AgencyNotification> n = AgencyNotificationRepository::find(ctx.db(), notificationId);
    if (!n)
        throw DispatchError(tr("no agency notification with id %1").arg(notificationId));
    if (n->isAcknowledged())
        throw DispatchError(tr("the agency already acknowledged (%1)").arg(n->acknowledgedBy), QStringLiteral("by"));
    AgencyNotificationRepository::acknowledge(ctx.db(), notificationId, ctx.now(), by.trimmed());
    ctx.record(events::kAgencyAcknowledged, QStringLiteral("incident"), n->incidentId,
               {{QStringLiteral("agency"), n->agency},
                {QStringLiteral("notification_id"), notificationId},
                {QStringLiteral("by"), by.trimmed()},
                {QStringLiteral("after_seconds"), (ctx.now() - n->notifiedAtMs) / 1000}});
    ctx.touch(Entity::Incident, n->incidentId);
}

void AgencyCommands::recordAnswers(CommandContext& ctx, qint64 incidentId, const QList<CallAnswer>& answers)
{
    if (std::none_of(answers.cbegin(), answers.cend(), [](const CallAnswer& a) { return !a.answer.trimmed().isEmpty(); }))
        return; // nothing asked, nothing written (the common case at intake)
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    IncidentCommands::load(ctx, incidentId);
    QJsonObject recorded;
    for (CallAnswer a : answers) {
        a.answer = a.answer.trimmed();
        if (a.answer.isEmpty() || a.question.isEmpty())
            continue;
        TextLimits::require(a.answer, TextLimits::kAnswer, QStringLiteral("answer"), a.asked);
        a.answeredAtMs = ctx.now();
        a.answeredBy = ctx.actor().username;
        AgencyNotificationRepository::putAnswer(ctx.db(), incidentId, a);
        recorded.insert(a.question, a.answer);
    }
    if (recorded.isEmpty())
        return;
    ctx.record(events::kIncidentAnswersRecorded, QStringLiteral("incident"), incidentId,
               {{QStringLiteral("answers"), recorded}});
    ctx.touch(Entity::Incident, incidentId);
}

} // namespace dispatch
