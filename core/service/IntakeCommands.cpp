// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IntakeCommands.h"

#include "domain/EventKinds.h"
#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"
#include "service/AgencyCommands.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/DuplicateSearch.h"
#include "service/IncidentCommands.h"
#include "service/PhoneCommands.h"
#include "service/LedgerCommands.h"
#include "store/IncidentRepository.h"
#include "store/IntakeRepository.h"
#include "triage/TriageRules.h"

#include <QJsonArray>

namespace dispatch {

namespace {

QJsonObject choiceJson(const TriageChoice& c)
{
    return {{QStringLiteral("category"), c.category},
            {QStringLiteral("priority"), c.priority},
            {QStringLiteral("divert_to"), c.divertTo.isEmpty() ? QJsonValue() : QJsonValue(c.divertTo)},
            {QStringLiteral("mediation"), c.mediation},
            {QStringLiteral("rules"), QJsonArray::fromStringList(c.rules)}};
}

void recordMark(CommandContext& ctx, qint64 incidentId, const QString& mark, const QString& cls, qint64 relatedId,
                int placeCount)
{
    RepeatMark m{0, incidentId, mark, cls, relatedId, placeCount, ctx.now()};
    m.id = IntakeRepository::insertMark(ctx.db(), m);
    QJsonObject payload{{QStringLiteral("mark"), mark}, {QStringLiteral("class"), cls}};
    if (relatedId)
        payload.insert(QStringLiteral("related_incident"), relatedId);
    if (placeCount)
        payload.insert(QStringLiteral("place_count"), placeCount);
    ctx.record(events::kIncidentRepeatMarked, QStringLiteral("incident"), incidentId, payload);
    LedgerCommands::attachMark(ctx, m);
}

} // namespace

qint64 IntakeCommands::createFromCall(CommandContext& ctx, const IncidentDraft& d, const TriageRuleSet& rules)
{
    if (!d.divertTo.isEmpty()) {
        if (d.category != QLatin1String("non_police"))
            throw DispatchError(tr("only a non-police matter can be diverted"), QStringLiteral("category"));
        if (!ctx.board().agency(d.divertTo) && !Taxonomy::builtin().hasAgency(d.divertTo))
            throw DispatchError(tr("unknown agency \"%1\"").arg(d.divertTo), QStringLiteral("divert_to"));
    }
    if (d.mediation && d.category != QLatin1String("dispute"))
        throw DispatchError(tr("only a dispute can be offered to a mediator"), QStringLiteral("mediation"));
    for (qint64 other : d.linkTo)
        if (!IncidentRepository::find(ctx.db(), other))
            throw DispatchError(tr("no incident with id %1 to link to").arg(other), QStringLiteral("link"));

    // Repeat detection runs before the insert so that the new incident does not find itself. On a server the new
    // incident's id and number are asked for with its reads (one round trip), and its INSERT goes with the commit.
    const std::shared_ptr<sql::ServerAnswer> reserved = IncidentCommands::reserve(ctx, d);
    const qint64 received = d.receivedAtMs ? d.receivedAtMs : ctx.now();
    const DuplicateReport repeats = DuplicateSearch::run(
        ctx.db(), rules, {d.callerPhone, d.position, d.address, d.category, d.summary, received});

    const qint64 id = IncidentCommands::create(ctx, d, reserved);

    if (d.proposed) {
        const TriageChoice chosen{d.category, d.priority, d.divertTo, d.mediation, d.unitTypes, d.proposed->rules};
        if (!d.proposed->sameAs(chosen))
            ctx.record(events::kIncidentTriageOverridden, QStringLiteral("incident"), id,
                       {{QStringLiteral("proposed"), choiceJson(*d.proposed)},
                        {QStringLiteral("chosen"), choiceJson(chosen)}});
    }

    if (!d.divertTo.isEmpty()) {
        Incident i = IncidentCommands::load(ctx, id);
        WorkOrder w;
        w.incidentId = id;
        w.agency = d.divertTo;
        w.state = WorkOrderState::Sent;
        w.createdAtMs = ctx.now();
        w.stateSinceMs = ctx.now();
        w.id = IntakeRepository::insertWorkOrder(ctx.db(), w);
        IncidentCommands::applyTransition(ctx, i, IncidentState::Diverted, {},
                                          {{QStringLiteral("agency"), d.divertTo}});
        ctx.record(events::kWorkOrderSent, QStringLiteral("work_order"), w.id,
                   {{QStringLiteral("incident"), id}, {QStringLiteral("number"), i.number},
                    {QStringLiteral("agency"), d.divertTo}});
    }

    for (qint64 other : d.linkTo)
        link(ctx, id, other, {});
    if (d.divertTo.isEmpty())
        for (const QString& agency : d.notify)
            AgencyCommands::notify(ctx, id, agency, {});
    AgencyCommands::recordAnswers(ctx, id, d.answers);

    for (const DuplicateCandidate& c : repeats.candidates)
        if (c.has(DuplicateKind::Recurred)) {
            recordMark(ctx, id, QStringLiteral("recurred"), repeats.repeatClass, c.incidentId, 0);
            break; // the most recent one is enough for the ledger
        }
    if (repeats.frequent)
        recordMark(ctx, id, QStringLiteral("frequent"), repeats.repeatClass, 0, repeats.placeCount + 1);
    return id;
}

void IntakeCommands::mergeCall(CommandContext& ctx, qint64 targetId, const IncidentDraft& call,
                               const TriageRuleSet& rules)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    const Incident target = IncidentCommands::load(ctx, targetId);
    if (!target.isActive())
        throw DispatchError(tr("incident %1 is \"%2\"; a call cannot be merged into it")
                                .arg(target.number, IncidentLifecycle::label(target.state)),
                            QStringLiteral("incident"));
    IncidentCommands::requireCallText(call);
    IncidentCaller c;
    c.incidentId = targetId;
    c.line = call.line;
    c.name = call.callerName.trimmed();
    c.phone = call.callerPhone.trimmed();
    c.address = call.address.trimmed();
    c.summary = call.summary.trimmed();
    c.receivedAtMs = call.receivedAtMs ? call.receivedAtMs : ctx.now();
    c.addedAtMs = ctx.now();
    c.addedBy = ctx.actor().userId;
    c.desk = ctx.actor().desk;
    c.sourceRef = call.sourceRef;
    if (!Taxonomy::builtin().hasLine(c.line))
        throw DispatchError(tr("unknown source line \"%1\"").arg(c.line), QStringLiteral("line"));
    c.id = IntakeRepository::insertCaller(ctx.db(), c);
    ctx.record(events::kIncidentCallerAdded, QStringLiteral("incident"), targetId,
               {{QStringLiteral("caller"), c.id},
                {QStringLiteral("line"), c.line},
                {QStringLiteral("caller_name"), c.name},
                {QStringLiteral("caller_phone"), c.phone},
                {QStringLiteral("address"), c.address},
                {QStringLiteral("summary"), c.summary},
                {QStringLiteral("received_at"), c.receivedAtMs}});
    recordMark(ctx, targetId, QStringLiteral("same_event"),
               DuplicateSearch::repeatClass(rules, target.summary + u' ' + c.summary), 0, 0);
    ctx.touch(Entity::Incident, targetId);
    PhoneCommands::incidentTaken(ctx, c.sourceRef, targetId, target.number); // a call of the switch, or its call back
}

void IntakeCommands::link(CommandContext& ctx, qint64 incidentId, qint64 linkedId, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    if (incidentId == linkedId)
        throw DispatchError(tr("an incident cannot be linked to itself"), QStringLiteral("link"));
    const Incident a = IncidentCommands::load(ctx, incidentId);
    const Incident b = IncidentCommands::load(ctx, linkedId);
    if (IntakeRepository::links(ctx.db(), incidentId).contains(linkedId))
        throw DispatchError(tr("%1 and %2 are already linked").arg(a.number, b.number), QStringLiteral("link"));
    IntakeRepository::insertLink(ctx.db(), incidentId, linkedId, reason, ctx.now(), ctx.actor().userId);
    ctx.record(events::kIncidentLinked, QStringLiteral("incident"), incidentId,
               {{QStringLiteral("linked_incident"), linkedId}, {QStringLiteral("linked_number"), b.number},
                {QStringLiteral("reason"), reason}});
    ctx.touch(Entity::Incident, incidentId);
    ctx.touch(Entity::Incident, linkedId);
}

void IntakeCommands::advanceWorkOrder(CommandContext& ctx, qint64 workOrderId, WorkOrderState to, const QString& note,
                                      const QString& policeCategory, int priority)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(note.trimmed(), TextLimits::kReason, QStringLiteral("note"), tr("The note"));
    std::optional<WorkOrder> w = IntakeRepository::workOrder(ctx.db(), workOrderId);
    if (!w)
        throw DispatchError(tr("no work order with id %1").arg(workOrderId));
    const QString refusal = WorkOrderLifecycle::refusal(w->state, to);
    if (!refusal.isEmpty())
        throw DispatchError(refusal, QStringLiteral("work order %1").arg(workOrderId));
    Incident i = IncidentCommands::load(ctx, w->incidentId);
    if (to == WorkOrderState::Returned) {
        if (note.trimmed().isEmpty())
            throw DispatchError(tr("say why the agency returned the work order"), QStringLiteral("note"));
        if (policeCategory.isEmpty() || policeCategory == QLatin1String("non_police")
            || policeCategory == QLatin1String("invalid") || !Taxonomy::builtin().hasCategory(policeCategory))
            throw DispatchError(tr("a returned work order needs the police category of the incident"),
                                QStringLiteral("category"));
        if (priority < 1 || priority > 4)
            throw DispatchError(tr("priority must be 1 to 4"), QStringLiteral("priority"));
    }
    const WorkOrderState from = w->state;
    w->state = to;
    w->stateSinceMs = ctx.now();
    if (!note.trimmed().isEmpty())
        w->note = note.trimmed();
    IntakeRepository::updateWorkOrder(ctx.db(), *w);
    ctx.record(events::kWorkOrderPrefix + WorkOrderLifecycle::code(to), QStringLiteral("work_order"), w->id,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("agency"), w->agency},
                {QStringLiteral("from"), WorkOrderLifecycle::code(from)},
                {QStringLiteral("note"), note.trimmed()}});
    if (to == WorkOrderState::Completed && i.state == IncidentState::Diverted) {
        // Codes, not words, in the record: each desk says it in its own language.
        IncidentCommands::applyTransition(ctx, i, IncidentState::Closed, {}, {{QStringLiteral("completed_by"), w->agency}});
    } else if (to == WorkOrderState::Returned) {
        const QString oldCategory = i.category;
        const int oldPriority = i.priority;
        i.category = policeCategory;
        i.priority = priority;
        i.divertTo.clear();
        IncidentCommands::applyTransition(ctx, i, IncidentState::Triaged, note.trimmed(),
                                          {{QStringLiteral("returned_by"), w->agency},
                                           {QStringLiteral("category_from"), oldCategory},
                                           {QStringLiteral("category_to"), policeCategory},
                                           {QStringLiteral("priority_from"), oldPriority},
                                           {QStringLiteral("priority_to"), priority}});
    }
    ctx.touch(Entity::Incident, i.id);
}

} // namespace dispatch
