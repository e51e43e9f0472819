// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IncidentCommands.h"

#include "domain/EventKinds.h"
#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"
#include "service/Board.h"
#include "service/ClockRules.h"
#include "service/CommandContext.h"
#include "service/IncidentTransitions.h"
#include "service/PhoneCommands.h"
#include "store/AssignmentRepository.h"
#include "store/EventLog.h"
#include "store/GazetteerRepository.h"
#include "store/IncidentRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace dispatch {

namespace {
constexpr qint64 kFutureToleranceMs = 60 * 1000;

void requirePlace(const QString& address, const std::optional<GeoPoint>& position)
{
    TextLimits::require(address.trimmed(), TextLimits::kAddress, QStringLiteral("address"), IncidentCommands::tr("The address"));
    if (position && !position->isValid())
        throw DispatchError(IncidentCommands::tr("the position is not a valid latitude/longitude"), QStringLiteral("position"));
}

/// Why an incident is not set to `to` by hand (see IncidentLifecycle::isManualTarget), and what brings it there.
QString notByHand(IncidentState from, IncidentState to)
{
    switch (to) {
    case IncidentState::Received: return IncidentLifecycle::refusal(from, to); // no incident goes back to it
    case IncidentState::FeedbackGiven: return IncidentCommands::tr("record the feedback with its result and disposition");
    case IncidentState::Diverted:
    case IncidentState::Merged:
        return IncidentCommands::tr("an incident is not set to \"%1\" by hand").arg(IncidentLifecycle::label(to));
    default: return IncidentCommands::tr("an incident follows its units: dispatch a unit or record the unit's step");
    }
}

/// A refused change of state with who brought the incident to its present state, and when: often another desk a
/// moment ago, which this desk's screen did not show yet.
QString withWhoSetIt(CommandContext& ctx, const Incident& i, const QString& refusal)
{
    const QList<EventRecord> events = EventLog::forEntity(ctx.db(), QStringLiteral("incident"), i.id);
    const QString state = IncidentLifecycle::code(i.state);
    for (auto e = events.crbegin(); e != events.crend(); ++e) {
        const bool setIt = e->kind == events::kIncidentCreated
                           || (e->kind == events::kIncidentStateChanged
                               && e->payloadObject().value(QStringLiteral("to")).toString() == state);
        if (setIt)
            return IncidentCommands::tr("%1 (set %2)").arg(refusal, ctx.whenAndWho(*e));
    }
    return refusal;
}

} // namespace

void IncidentCommands::requireAsSeen(CommandContext& ctx, qint64 incidentId, std::optional<qint64> seen)
{
    if (!seen)
        return;
    const Incident i = load(ctx, incidentId);
    if (i.rowVersion == *seen)
        return;
    const QString who = ctx.lastChangeBy(QStringLiteral("incident"), i.id);
    throw DispatchError(tr("incident %1 changed since this screen showed it: it is now \"%2\" (last changed %3); look "
                           "at it again before repeating this")
                            .arg(i.number, IncidentLifecycle::label(i.state), who),
                        QStringLiteral("incident %1").arg(i.number));
}

void IncidentCommands::requireCallText(const IncidentDraft& d)
{
    TextLimits::require(d.callerPhone.trimmed(), TextLimits::kPhone, QStringLiteral("phone"), tr("The phone number"));
    TextLimits::require(d.callerName.trimmed(), TextLimits::kName, QStringLiteral("name"), tr("The caller's name"));
    TextLimits::require(d.summary.trimmed(), TextLimits::kSummary, QStringLiteral("summary"), tr("What happened"));
    requirePlace(d.address, d.position);
}

QJsonObject IncidentCommands::toJson(const Incident& i)
{
    QJsonObject o{{QStringLiteral("number"), i.number},
                  {QStringLiteral("line"), i.line},
                  {QStringLiteral("caller_name"), i.callerName},
                  {QStringLiteral("caller_phone"), i.callerPhone},
                  {QStringLiteral("address"), i.address},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("category"), i.category},
                  {QStringLiteral("priority"), i.priority},
                  {QStringLiteral("state"), IncidentLifecycle::code(i.state)},
                  {QStringLiteral("received_at"), i.receivedAtMs},
                  {QStringLiteral("zone_id"), i.zoneId},
                  {QStringLiteral("tier"), i.tier},
                  {QStringLiteral("origin"), originCode(i.origin)},
                  {QStringLiteral("mediation"), i.mediation}};
    if (!i.divertTo.isEmpty())
        o.insert(QStringLiteral("divert_to"), i.divertTo);
    if (!i.unitTypes.isEmpty())
        o.insert(QStringLiteral("unit_types"), QJsonArray::fromStringList(i.unitTypes));
    if (!i.triageRules.isEmpty())
        o.insert(QStringLiteral("triage_rules"), QJsonArray::fromStringList(i.triageRules));
    if (i.position) {
        o.insert(QStringLiteral("lat"), i.position->lat);
        o.insert(QStringLiteral("lon"), i.position->lon);
    }
    return o;
}

namespace {

/// The centre-local day whose numbers a call received at `receivedMs` takes.
QDate numberingDay(const CommandContext& ctx, qint64 receivedMs)
{
    return QDateTime::fromMSecsSinceEpoch(receivedMs, QTimeZone::utc()).toTimeZone(ctx.timeZone()).date();
}

} // namespace

std::shared_ptr<sql::ServerAnswer> IncidentCommands::reserve(CommandContext& ctx, const IncidentDraft& d)
{
    const qint64 received = d.receivedAtMs ? d.receivedAtMs : ctx.now();
    return IncidentRepository::reserveNumbered(ctx.db(), numberingDay(ctx, received));
}

qint64 IncidentCommands::create(CommandContext& ctx, const IncidentDraft& d,
                                const std::shared_ptr<sql::ServerAnswer>& reserved)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    const Taxonomy& tax = Taxonomy::builtin();
    if (!tax.hasLine(d.line))
        throw DispatchError(tr("unknown source line \"%1\"").arg(d.line), QStringLiteral("line"));
    if (!d.category.isEmpty() && !tax.hasCategory(d.category))
        throw DispatchError(tr("unknown category \"%1\"").arg(d.category), QStringLiteral("category"));
    if (d.priority < 0 || d.priority > 4)
        throw DispatchError(tr("priority must be 1 to 4"), QStringLiteral("priority"));
    if (d.summary.trimmed().isEmpty() && d.address.trimmed().isEmpty())
        throw DispatchError(tr("say what happened or where"), QStringLiteral("summary"));
    requireCallText(d);
    const qint64 received = d.receivedAtMs ? d.receivedAtMs : ctx.now();
    if (received > ctx.now() + kFutureToleranceMs)
        throw DispatchError(tr("the receive time lies in the future"), QStringLiteral("received_at"));

    Incident i;
    i.line = d.line;
    i.callerName = d.callerName.trimmed();
    i.callerPhone = d.callerPhone.trimmed();
    i.address = d.address.trimmed();
    i.position = d.position;
    i.summary = d.summary.trimmed();
    i.category = d.category;
    i.priority = d.priority;
    i.divertTo = d.divertTo;
    i.mediation = d.mediation;
    i.unitTypes = d.unitTypes;
    if (d.proposed)
        i.triageRules = d.proposed->rules;
    if (i.position) {
        if (const Zone* z = ctx.board().zoneAt(*i.position)) {
            i.zoneId = z->id;
            i.tier = z->tier;
        }
    }
    // In a training store every incident is an exercise: it can never count as live work.
    if (ctx.board().centre().training)
        i.origin = IncidentOrigin::Exercise;
    i.sourceRef = d.sourceRef;
    i.state = (!i.category.isEmpty() && i.priority > 0) ? IncidentState::Triaged : IncidentState::Received;
    i.stateSinceMs = ctx.now();
    i.receivedAtMs = received;
    i.createdAtMs = ctx.now();
    i.updatedAtMs = ctx.now();
    i.createdBy = ctx.actor().userId;
    i.desk = ctx.actor().desk;
    IncidentRepository::insertNumbered(ctx.db(), i, numberingDay(ctx, received), reserved);
    ctx.record(events::kIncidentCreated, QStringLiteral("incident"), i.id, toJson(i));
    ClockRules::onCreated(ctx, i);
    ctx.touch(Entity::Incident, i.id);
    if (i.origin == IncidentOrigin::Live && i.position) // the address the call-taker placed: found next time
        GazetteerRepository::noteIncidentAddress(ctx.db(), i.address, *i.position, ctx.now());
    PhoneCommands::incidentTaken(ctx, i.sourceRef, i.id, i.number); // a call of the switch, or its call back
    return i.id;
}

Incident IncidentCommands::load(CommandContext& ctx, qint64 incidentId)
{
    std::optional<Incident> i = IncidentRepository::find(ctx.db(), incidentId);
    if (!i)
        throw DispatchError(tr("no incident with id %1").arg(incidentId));
    return std::move(*i);
}

void IncidentCommands::applyTransition(CommandContext& ctx, Incident& i, IncidentState to, const QString& reason,
                                       QJsonObject extra)
{
    const QString refusal = IncidentLifecycle::refusal(i.state, to);
    if (!refusal.isEmpty())
        throw DispatchError(withWhoSetIt(ctx, i, refusal), QStringLiteral("incident %1").arg(i.number));
    const IncidentState from = i.state;
    i.state = to;
    i.stateSinceMs = ctx.now();
    i.updatedAtMs = ctx.now();
    IncidentRepository::update(ctx.db(), i);
    extra.insert(QStringLiteral("from"), IncidentLifecycle::code(from));
    extra.insert(QStringLiteral("to"), IncidentLifecycle::code(to));
    if (!reason.isEmpty())
        extra.insert(QStringLiteral("reason"), reason);
    ctx.record(events::kIncidentStateChanged, QStringLiteral("incident"), i.id, extra);
    ctx.touch(Entity::Incident, i.id);
    ctx.transitions().run(ctx, i, from, to); // clocks, units released, callback opened: see IncidentTransitions
}

void IncidentCommands::reviewFeedback(CommandContext& ctx, qint64 incidentId, bool accept, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    Incident i = load(ctx, incidentId);
    if (i.state != IncidentState::FeedbackGiven)
        throw DispatchError(tr("incident %1 has no feedback waiting for review (it is \"%2\")")
                                .arg(i.number, IncidentLifecycle::label(i.state)),
                            QStringLiteral("incident %1").arg(i.number));
    if (!accept && reason.trimmed().isEmpty())
        throw DispatchError(tr("say why the feedback goes back to the unit"), QStringLiteral("reason"));
    ctx.record(accept ? events::kFeedbackAccepted : events::kFeedbackReturned, QStringLiteral("incident"),
               i.id, {{QStringLiteral("number"), i.number}, {QStringLiteral("reason"), reason.trimmed()}});
    if (accept)
        applyTransition(ctx, i, IncidentState::Closed, {}); // the feedback.accepted event just before says why
    else
        applyTransition(ctx, i, IncidentState::OnScene, reason.trimmed());
}

void IncidentCommands::transition(CommandContext& ctx, qint64 incidentId, IncidentState to, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    Incident i = load(ctx, incidentId);
    using S = IncidentState;
    // Only the manual targets are set by hand. The states that follow the units are reached by dispatching and by
    // the units' steps, so that an incident's state can never disagree with its units; the others by their own step.
    if (!IncidentLifecycle::isManualTarget(to))
        throw DispatchError(notByHand(i.state, to), QStringLiteral("incident %1").arg(i.number));
    if (to == S::Triaged && !AssignmentRepository::openForIncident(ctx.db(), i.id).isEmpty())
        throw DispatchError(tr("units are still assigned to incident %1: recall them first").arg(i.number),
                            QStringLiteral("incident %1").arg(i.number));
    if (to == S::Transferred)
        throw DispatchError(tr("transfer the incident to a police station, with the reason (the station signs for it)"),
                            QStringLiteral("incident %1").arg(i.number));
    if (to == IncidentState::Cancelled && reason.trimmed().isEmpty())
        throw DispatchError(tr("cancelling an incident needs a reason"), QStringLiteral("reason"));
    applyTransition(ctx, i, to, reason.trimmed());
}

void IncidentCommands::correctPlace(CommandContext& ctx, qint64 incidentId, const QString& address,
                                    const std::optional<GeoPoint>& position, const QString& reason)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    Incident i = load(ctx, incidentId);
    if (IncidentLifecycle::isTerminal(i.state))
        throw DispatchError(tr("incident %1 is \"%2\": its record is closed").arg(i.number, IncidentLifecycle::label(i.state)),
                            QStringLiteral("incident %1").arg(i.number));
    requirePlace(address, position);
    TextLimits::require(reason.trimmed(), TextLimits::kReason, QStringLiteral("reason"), tr("The reason"));
    const QString newAddress = address.trimmed();
    if (newAddress == i.address && position == i.position)
        throw DispatchError(tr("the place of %1 is already that").arg(i.number), QStringLiteral("address"));
    const auto place = [](const Incident& x) {
        QJsonObject o{{QStringLiteral("address"), x.address}, {QStringLiteral("zone_id"), x.zoneId}, {QStringLiteral("tier"), x.tier}};
        if (x.position) {
            o.insert(QStringLiteral("lat"), x.position->lat);
            o.insert(QStringLiteral("lon"), x.position->lon);
        }
        return o;
    };
    const QJsonObject before = place(i);
    i.address = newAddress;
    i.position = position;
    // The zone and its circle follow the point; a clock already running keeps the deadline it started with.
    const Zone* z = position ? ctx.board().zoneAt(*position) : nullptr;
    i.zoneId = z ? z->id : 0;
    i.tier = z ? z->tier : 0;
    i.updatedAtMs = ctx.now();
    IncidentRepository::update(ctx.db(), i);
    QJsonObject payload{{QStringLiteral("from"), before}, {QStringLiteral("to"), place(i)}};
    if (!reason.trimmed().isEmpty())
        payload.insert(QStringLiteral("reason"), reason.trimmed());
    ctx.record(events::kIncidentPlaceCorrected, QStringLiteral("incident"), i.id, payload);
    ctx.touch(Entity::Incident, i.id);
    if (i.origin == IncidentOrigin::Live && i.position)
        GazetteerRepository::noteIncidentAddress(ctx.db(), i.address, *i.position, ctx.now());
}

} // namespace dispatch
