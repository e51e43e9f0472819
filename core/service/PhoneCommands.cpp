// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/PhoneCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/CommandContext.h"
#include "store/CallRepository.h"
#include "util/Result.h"

#include <QDateTime>

namespace dispatch {

namespace {

const QString kEntity = QStringLiteral("phone_call");

QJsonObject about(const CallRecord& c)
{
    return {{QStringLiteral("call"), c.callId}, {QStringLiteral("line"), c.line}, {QStringLiteral("number"), c.number}};
}

/// Ends the call back with `outcome` now (its first try now too, if it had none), by the acting user.
void closeAs(CallRecord& c, CallBackOutcome outcome, const QString& note, const CommandContext& ctx)
{
    if (!c.callBackFirstMs)
        c.callBackFirstMs = ctx.now();
    c.outcome = outcome;
    c.callBackDoneMs = ctx.now();
    c.callBackBy = ctx.actor().username;
    c.callBackNote = note;
}

/// The closing event's payload: the call, its outcome, and how late the first try came.
QJsonObject closing(const CallRecord& c)
{
    QJsonObject payload = about(c);
    payload.insert(QStringLiteral("outcome"), CallBackOutcomes::code(c.outcome));
    payload.insert(QStringLiteral("late_seconds"), std::max<qint64>(0, c.callBackFirstMs - c.callBackDueMs) / 1000);
    return payload;
}

} // namespace

QString PhoneCommands::callIdOf(const QString& sourceRef)
{
    return sourceRef.startsWith(QLatin1String("CTI:")) ? sourceRef.mid(4) : QString();
}

void PhoneCommands::record(CommandContext& ctx, CtiEventType type, const PhoneCall& call)
{
    // The switch's word, whoever is signed in here (a tool replaying a day acts without a user).
    if (call.callId.isEmpty())
        return;
    // Every write carries what the desk knows of the call's ring (filling only what the row lacks), so a desk whose
    // earlier write was missed (the store was away) still leaves a whole row.
    CallRecord r;
    r.callId = call.callId;
    r.line = call.line;
    r.number = call.number;
    r.callerName = call.callerName;
    r.rangMs = call.ringAtMs;
    if (call.location) {
        r.lat = call.location->point.lat;
        r.lon = call.location->point.lon;
        r.radiusM = call.location->radiusM;
        r.locationSource = call.location->source;
    }
    CallRepository::rang(ctx.db(), r);
    switch (type) {
    case CtiEventType::Ringing:
        return;
    case CtiEventType::Location:
        if (call.location)
            CallRepository::located(ctx.db(), call.callId, call.location->point.lat, call.location->point.lon,
                                    call.location->radiusM, call.location->source);
        return;
    case CtiEventType::Answered:
        if (call.answeredAtMs)
            CallRepository::answered(ctx.db(), call.callId, call.answeredAtMs, call.answeredBy);
        return;
    case CtiEventType::Ended:
        break;
    }
    const qint64 endedMs = call.endedAtMs ? call.endedAtMs : ctx.now();
    if (call.state != PhoneCall::State::Abandoned) {
        CallRepository::ended(ctx.db(), call.callId, endedMs);
        return;
    }
    if (!CallRepository::abandon(ctx.db(), call.callId, endedMs, endedMs + ctx.policy().abandonedCallBackMs()))
        return; // another desk recorded it first (or the call was answered after all)
    const std::optional<CallRecord> c = CallRepository::findByCallId(ctx.db(), call.callId);
    if (!c)
        return;
    QJsonObject payload = about(*c);
    payload.insert(QStringLiteral("rang"), c->rangMs ? QJsonValue(c->rangMs) : QJsonValue());
    payload.insert(QStringLiteral("ended"), c->endedMs);
    payload.insert(QStringLiteral("due"), c->callBackDueMs);
    if (c->lat && c->lon)
        payload.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), *c->lat},
                                                               {QStringLiteral("lon"), *c->lon},
                                                               {QStringLiteral("radius_m"), c->radiusM}});
    ctx.record(events::kCallAbandoned, kEntity, c->id, payload);
    ctx.touch(Entity::PhoneCall, c->id);
}

CallRecord PhoneCommands::loadOwed(CommandContext& ctx, qint64 id, qint64 expectedVersion)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    std::optional<CallRecord> c = CallRepository::find(ctx.db(), id);
    if (!c || !c->abandoned)
        throw DispatchError(tr("no abandoned call with id %1").arg(id));
    const QString who = ctx.lastChangeBy(kEntity, id);
    if (!c->owesCallBack())
        throw DispatchError(tr("the call back of %1 was already closed (%2) %3")
                                .arg(c->number.isEmpty() ? tr("a withheld number") : c->number,
                                     CallBackOutcomes::label(c->outcome), who),
                            QStringLiteral("phone_call %1").arg(id));
    if (expectedVersion >= 0 && c->rowVersion != expectedVersion)
        throw DispatchError(tr("the call back of %1 was changed since it was shown here (%2): look at it again")
                                .arg(c->number.isEmpty() ? tr("a withheld number") : c->number, who),
                            QStringLiteral("phone_call %1").arg(id));
    return *c;
}

void PhoneCommands::write(CommandContext& ctx, const CallRecord& c)
{
    // The version read above is checked again by the UPDATE: a desk that changed the row in between wins, this one
    // is told (the transaction is rolled back whole).
    if (!CallRepository::updateCallBack(ctx.db(), c))
        throw DispatchError(tr("another desk changed the call back of %1 at the same moment (%2): look at it again")
                                .arg(c.number, ctx.lastChangeBy(kEntity, c.id)),
                            QStringLiteral("phone_call %1").arg(c.id));
    ctx.touch(Entity::PhoneCall, c.id);
}

void PhoneCommands::notReached(CommandContext& ctx, qint64 id, qint64 expectedVersion, const QString& note)
{
    TextLimits::require(note.trimmed(), TextLimits::kNote, QStringLiteral("note"), tr("The note"));
    CallRecord c = loadOwed(ctx, id, expectedVersion);
    if (!c.callBackFirstMs)
        c.callBackFirstMs = ctx.now();
    ++c.callBackTries;
    const int allowed = ctx.policy().callbackAttempts();
    if (c.callBackTries >= allowed)
        closeAs(c, CallBackOutcome::Unreachable, note.trimmed(), ctx);
    write(ctx, c);
    QJsonObject payload = c.outcome == CallBackOutcome::None ? about(c) : closing(c);
    payload.insert(QStringLiteral("attempt"), c.callBackTries);
    payload.insert(QStringLiteral("of"), allowed);
    payload.insert(QStringLiteral("note"), note.trimmed());
    ctx.record(c.outcome == CallBackOutcome::None ? events::kCallBackNotReached : events::kCallBackClosed, kEntity, c.id,
               payload);
}

void PhoneCommands::reachedNoEmergency(CommandContext& ctx, qint64 id, qint64 expectedVersion, const QString& note)
{
    TextLimits::require(note.trimmed(), TextLimits::kNote, QStringLiteral("note"), tr("The note"));
    if (note.trimmed().isEmpty())
        throw DispatchError(tr("say what the caller said (a child playing, a pocket call, a call made by mistake …)"),
                            QStringLiteral("note"));
    CallRecord c = loadOwed(ctx, id, expectedVersion);
    closeAs(c, CallBackOutcome::NoEmergency, note.trimmed(), ctx);
    write(ctx, c);
    QJsonObject payload = closing(c);
    payload.insert(QStringLiteral("note"), c.callBackNote);
    ctx.record(events::kCallBackClosed, kEntity, c.id, payload);
}

void PhoneCommands::incidentTaken(CommandContext& ctx, const QString& ref, qint64 incidentId, const QString& number)
{
    const QString callId = callIdOf(ref);
    if (callId.isEmpty())
        return;
    std::optional<CallRecord> c = CallRepository::findByCallId(ctx.db(), callId);
    if (!c) {
        // A call the store never heard of (recorded nowhere: the desk's store write failed): keep the link anyway.
        CallRepository::ensure(ctx.db(), callId);
        c = CallRepository::findByCallId(ctx.db(), callId);
        if (!c)
            return;
    }
    if (!c->owesCallBack()) {
        CallRepository::linkIncident(ctx.db(), callId, incidentId);
        return;
    }
    // The call back reached an emergency: the incident saved is its end, whoever else looks at the call now (the
    // incident is never refused for it; a call back closed meanwhile by another desk only keeps its own outcome).
    closeAs(*c, CallBackOutcome::Incident, QString(), ctx);
    c->incidentId = incidentId;
    if (!CallRepository::updateCallBack(ctx.db(), *c)) {
        CallRepository::linkIncident(ctx.db(), callId, incidentId);
        return;
    }
    ctx.touch(Entity::PhoneCall, c->id);
    QJsonObject payload = closing(*c);
    payload.insert(QStringLiteral("incident"), incidentId);
    payload.insert(QStringLiteral("incident_number"), number);
    ctx.record(events::kCallBackClosed, kEntity, c->id, payload);
}

QList<qint64> PhoneCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (CallRecord c : CallRepository::dueOverdue(ctx.db(), ctx.now())) {
        c.callBackOverdueMs = ctx.now();
        if (!CallRepository::updateCallBack(ctx.db(), c))
            continue; // changed by another desk since the read: its sweep or its try decides
        QJsonObject payload = about(c);
        payload.insert(QStringLiteral("due"), c.callBackDueMs);
        payload.insert(QStringLiteral("late_seconds"), (ctx.now() - c.callBackDueMs) / 1000);
        ctx.record(events::kCallBackOverdue, kEntity, c.id, payload);
        ctx.touch(Entity::PhoneCall, c.id);
        ids << c.id;
    }
    return ids;
}

} // namespace dispatch
