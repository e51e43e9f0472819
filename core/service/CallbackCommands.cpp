// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CallbackCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/Incident.h"
#include "domain/TextLimits.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "service/SupervisionCommands.h"
#include "store/AssignmentRepository.h"
#include "store/CallbackRepository.h"
#include "util/Result.h"

namespace dispatch {

void CallbackCommands::openFor(CommandContext& ctx, const Incident& i)
{
    if (i.origin != IncidentOrigin::Live || !i.divertTo.isEmpty() || i.category == QLatin1String("invalid")
        || i.category == QLatin1String("non_police"))
        return;
    if (CallbackRepository::forIncident(ctx.db(), i.id))
        return; // a reopened and closed again incident keeps its one callback
    Callback c;
    c.incidentId = i.id;
    c.dueMs = ctx.now() + ctx.policy().callbackDueMs();
    c.id = CallbackRepository::insert(ctx.db(), c);
    ctx.record(events::kCallbackOpened, QStringLiteral("callback"), c.id,
               {{QStringLiteral("incident"), i.id}, {QStringLiteral("number"), i.number}, {QStringLiteral("due"), c.dueMs}});
    ctx.touch(Entity::Callback, c.id);
}

void CallbackCommands::recordAttempt(CommandContext& ctx, qint64 callbackId, bool reached, Satisfaction satisfaction,
                                     const QString& words)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(words.trimmed(), TextLimits::kNote, QStringLiteral("words"), tr("The caller's words"));
    std::optional<Callback> c = CallbackRepository::find(ctx.db(), callbackId);
    if (!c)
        throw DispatchError(tr("no callback with id %1").arg(callbackId));
    if (!c->isOpen())
        throw DispatchError(tr("this callback is already %1").arg(CallbackCodes::label(c->state)),
                            QStringLiteral("callback %1").arg(callbackId));
    const Incident i = IncidentCommands::load(ctx, c->incidentId);
    c->lastAttemptMs = ctx.now();
    if (!reached) {
        ++c->attempts;
        const int allowed = ctx.policy().callbackAttempts();
        if (c->attempts >= allowed) {
            c->state = CallbackState::Unreachable;
            c->doneAtMs = ctx.now();
            c->doneBy = ctx.actor().username;
        }
        CallbackRepository::update(ctx.db(), *c);
        ctx.record(c->isOpen() ? events::kCallbackNotReached : events::kCallbackUnreachable,
                   QStringLiteral("callback"), c->id,
                   {{QStringLiteral("incident"), i.id}, {QStringLiteral("number"), i.number},
                    {QStringLiteral("attempt"), c->attempts}, {QStringLiteral("of"), allowed}});
        ctx.touch(Entity::Callback, c->id);
        return;
    }
    if (satisfaction == Satisfaction::None)
        throw DispatchError(tr("a caller reached gives their satisfaction"), QStringLiteral("satisfaction"));
    if (satisfaction == Satisfaction::Unsatisfied && words.trimmed().isEmpty())
        throw DispatchError(tr("write down what the unsatisfied caller said: it is what will be put right"),
                            QStringLiteral("words"));
    c->state = CallbackState::Reached;
    c->satisfaction = satisfaction;
    c->words = words.trimmed();
    c->doneAtMs = ctx.now();
    c->doneBy = ctx.actor().username;
    CallbackRepository::update(ctx.db(), *c);
    ctx.record(events::kCallbackReached, QStringLiteral("callback"), c->id,
               {{QStringLiteral("incident"), i.id}, {QStringLiteral("number"), i.number},
                {QStringLiteral("satisfaction"), CallbackCodes::code(satisfaction)}, {QStringLiteral("words"), c->words},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - c->dueMs) / 1000}});
    ctx.touch(Entity::Callback, c->id);
    if (satisfaction != Satisfaction::Unsatisfied)
        return;
    Rectification r;
    r.callbackId = c->id;
    r.incidentId = i.id;
    const QList<Assignment> sent = AssignmentRepository::forIncident(ctx.db(), i.id);
    r.unitId = sent.isEmpty() ? 0 : sent.first().unitId;
    r.issue = c->words;
    r.createdAtMs = ctx.now();
    r.deadlineMs = ctx.now() + ctx.policy().rectificationMs();
    r.id = CallbackRepository::insertRectification(ctx.db(), r);
    ctx.record(events::kRectificationOpened, QStringLiteral("rectification"), r.id,
               {{QStringLiteral("incident"), i.id}, {QStringLiteral("number"), i.number},
                {QStringLiteral("unit"), r.unitId ? QJsonValue(r.unitId) : QJsonValue()},
                {QStringLiteral("issue"), r.issue}, {QStringLiteral("deadline"), r.deadlineMs}});
    ctx.touch(Entity::Rectification, r.id);
}

void CallbackCommands::completeRectification(CommandContext& ctx, qint64 rectificationId, const QString& result)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(result.trimmed(), TextLimits::kNote, QStringLiteral("result"), tr("What was done"));
    std::optional<Rectification> r = CallbackRepository::findRectification(ctx.db(), rectificationId);
    if (!r)
        throw DispatchError(tr("no rectification with id %1").arg(rectificationId));
    if (!r->isOpen())
        throw DispatchError(tr("this rectification is already done"), QStringLiteral("rectification %1").arg(rectificationId));
    if (result.trimmed().isEmpty())
        throw DispatchError(tr("say what was done"), QStringLiteral("result"));
    r->doneAtMs = ctx.now();
    r->result = result.trimmed();
    CallbackRepository::updateRectification(ctx.db(), *r);
    ctx.record(events::kRectificationDone, QStringLiteral("rectification"), r->id,
               {{QStringLiteral("incident"), r->incidentId}, {QStringLiteral("result"), r->result},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - r->deadlineMs) / 1000}});
    ctx.touch(Entity::Rectification, r->id);
}

QList<qint64> CallbackCommands::sweepOverdueCallbacks(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Callback c : CallbackRepository::dueOverdue(ctx.db(), ctx.now())) {
        c.overdueAtMs = ctx.now();
        CallbackRepository::update(ctx.db(), c);
        ctx.record(events::kCallbackOverdue, QStringLiteral("callback"), c.id,
                   {{QStringLiteral("incident"), c.incidentId}, {QStringLiteral("late_seconds"), (ctx.now() - c.dueMs) / 1000}});
        ids << c.id;
        ctx.touch(Entity::Callback, c.id);
    }
    return ids;
}

QList<qint64> CallbackCommands::sweepOverdueRectifications(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Rectification r : CallbackRepository::rectificationsOverdue(ctx.db(), ctx.now())) {
        r.overdueAtMs = ctx.now();
        CallbackRepository::updateRectification(ctx.db(), r);
        ctx.record(events::kRectificationOverdue, QStringLiteral("rectification"), r.id,
                   {{QStringLiteral("incident"), r.incidentId}, {QStringLiteral("late_seconds"), (ctx.now() - r.deadlineMs) / 1000}});
        ids << r.id;
        ctx.touch(Entity::Rectification, r.id);
        SupervisionCommands::escalateRectification(ctx, r.id); // not put right in time: under supervision
    }
    return ids;
}

} // namespace dispatch
