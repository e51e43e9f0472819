// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/InstructionCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/InstructionRepository.h"
#include "util/Result.h"

#include <QJsonArray>

namespace dispatch {

namespace {

constexpr qint64 kMaxBackdateMs = 7LL * 86400 * 1000;

Instruction load(CommandContext& ctx, qint64 id)
{
    std::optional<Instruction> i = InstructionRepository::find(ctx.db(), id);
    if (!i)
        throw DispatchError(InstructionCommands::tr("no instruction with id %1").arg(id));
    if (!i->isOpen())
        throw DispatchError(InstructionCommands::tr("this instruction is already answered"),
                            QStringLiteral("instruction %1").arg(id));
    return *i;
}

/// Each target must be a unit's callsign, a station's or an agency's name on the board.
QStringList checkTargets(CommandContext& ctx, const QStringList& to)
{
    QStringList out;
    for (const QString& raw : to) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || out.contains(name))
            continue;
        const Board& b = ctx.board();
        const bool known = b.unitByCallsign(name)
                           || std::any_of(b.stations().cbegin(), b.stations().cend(),
                                          [&](const Station& s) { return s.name == name; })
                           || std::any_of(b.agencies().cbegin(), b.agencies().cend(),
                                          [&](const Agency& a) { return a.name == name; });
        if (!known)
            throw DispatchError(InstructionCommands::tr("\"%1\" is no unit, station or agency of this centre").arg(name),
                                QStringLiteral("forward_to"));
        out << name;
    }
    if (out.isEmpty())
        throw DispatchError(InstructionCommands::tr("name the units, stations or agencies it goes to"),
                            QStringLiteral("forward_to"));
    return out;
}

qint64 lateSeconds(qint64 nowMs, qint64 deadlineMs)
{
    return std::max<qint64>(0, nowMs - deadlineMs) / 1000;
}

} // namespace

qint64 InstructionCommands::registerInstruction(CommandContext& ctx, const InstructionDraft& d)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(d.source.trimmed(), TextLimits::kName, QStringLiteral("source"), tr("The source"));
    TextLimits::require(d.text.trimmed(), TextLimits::kNote, QStringLiteral("text"), tr("The instruction's text"));
    if (d.source.trimmed().isEmpty())
        throw DispatchError(tr("say who issued the instruction"), QStringLiteral("source"));
    if (d.text.trimmed().isEmpty())
        throw DispatchError(tr("the instruction needs its text"), QStringLiteral("text"));
    const qint64 received = d.receivedAtMs ? d.receivedAtMs : ctx.now();
    if (received > ctx.now())
        throw DispatchError(tr("an instruction cannot be received in the future"), QStringLiteral("received_at"));
    if (received < ctx.now() - kMaxBackdateMs)
        throw DispatchError(tr("the reception time lies more than 7 days back"), QStringLiteral("received_at"));
    QString number;
    if (d.incidentId)
        number = IncidentCommands::load(ctx, d.incidentId).number;

    Instruction i;
    i.source = d.source.trimmed();
    i.text = d.text.trimmed();
    i.cls = d.cls;
    i.incidentId = d.incidentId;
    i.receivedAtMs = received;
    i.registeredAtMs = ctx.now();
    i.registeredBy = ctx.actor().username;
    i.signDeadlineMs = received + ctx.policy().instructionSignForMs();
    i.replyDeadlineMs = received + ctx.policy().instructionReplyMs(d.cls);
    i.id = InstructionRepository::insert(ctx.db(), i);
    QJsonObject payload{{QStringLiteral("source"), i.source},
                        {QStringLiteral("text"), i.text},
                        {QStringLiteral("class"), InstructionCodes::code(i.cls)},
                        {QStringLiteral("received_at"), i.receivedAtMs},
                        {QStringLiteral("sign_deadline"), i.signDeadlineMs},
                        {QStringLiteral("reply_deadline"), i.replyDeadlineMs}};
    if (i.incidentId) {
        payload.insert(QStringLiteral("incident"), i.incidentId);
        payload.insert(QStringLiteral("number"), number);
    }
    ctx.record(events::kInstructionRegistered, QStringLiteral("instruction"), i.id, payload);
    ctx.touch(Entity::Instruction, i.id);
    return i.id;
}

void InstructionCommands::signFor(CommandContext& ctx, qint64 instructionId, const QStringList& forwardTo)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    Instruction i = load(ctx, instructionId);
    if (i.signedAtMs)
        throw DispatchError(tr("already signed for"), QStringLiteral("instruction %1").arg(instructionId));
    QStringList targets;
    if (i.cls == InstructionClass::Urgent)
        targets = checkTargets(ctx, forwardTo); // urgent: forwarded at once, in the same step
    else if (!forwardTo.isEmpty())
        targets = checkTargets(ctx, forwardTo);
    i.signedAtMs = ctx.now();
    i.signedBy = ctx.actor().username;
    InstructionRepository::update(ctx.db(), i);
    ctx.record(events::kInstructionSignedFor, QStringLiteral("instruction"), i.id,
               {{QStringLiteral("class"), InstructionCodes::code(i.cls)},
                {QStringLiteral("late_seconds"), lateSeconds(ctx.now(), i.signDeadlineMs)}});
    ctx.touch(Entity::Instruction, i.id);
    if (!targets.isEmpty())
        forward(ctx, instructionId, targets);
}

void InstructionCommands::forward(CommandContext& ctx, qint64 instructionId, const QStringList& to)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    Instruction i = load(ctx, instructionId);
    if (!i.signedAtMs)
        throw DispatchError(tr("sign for the instruction first"), QStringLiteral("instruction %1").arg(instructionId));
    if (i.forwardedAtMs)
        throw DispatchError(tr("already forwarded to %1").arg(i.forwardedTo.join(tr(", "))),
                            QStringLiteral("instruction %1").arg(instructionId));
    i.forwardedTo = checkTargets(ctx, to);
    i.forwardedAtMs = ctx.now();
    i.forwardedBy = ctx.actor().username;
    InstructionRepository::update(ctx.db(), i);
    ctx.record(events::kInstructionForwarded, QStringLiteral("instruction"), i.id,
               {{QStringLiteral("to"), QJsonArray::fromStringList(i.forwardedTo)},
                {QStringLiteral("seconds_after_reception"), (ctx.now() - i.receivedAtMs) / 1000}});
    ctx.touch(Entity::Instruction, i.id);
}

void InstructionCommands::answer(CommandContext& ctx, qint64 instructionId, const QString& answer)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Trainer});
    TextLimits::require(answer.trimmed(), TextLimits::kNote, QStringLiteral("answer"), tr("The answer"));
    Instruction i = load(ctx, instructionId);
    if (!i.signedAtMs)
        throw DispatchError(tr("sign for the instruction first"), QStringLiteral("instruction %1").arg(instructionId));
    if (i.cls == InstructionClass::Urgent && !i.forwardedAtMs)
        throw DispatchError(tr("an urgent instruction is forwarded, never answered directly"), QStringLiteral("class"));
    if (answer.trimmed().isEmpty())
        throw DispatchError(tr("write the answer to higher command"), QStringLiteral("answer"));
    i.answer = answer.trimmed();
    i.answeredAtMs = ctx.now();
    i.answeredBy = ctx.actor().username;
    InstructionRepository::update(ctx.db(), i);
    ctx.record(events::kInstructionAnswered, QStringLiteral("instruction"), i.id,
               {{QStringLiteral("answer"), i.answer},
                {QStringLiteral("directly"), i.answeredDirectly()},
                {QStringLiteral("late_seconds"), lateSeconds(ctx.now(), i.replyDeadlineMs)}});
    ctx.touch(Entity::Instruction, i.id);
}

QList<qint64> InstructionCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Instruction i : InstructionRepository::dueOverdue(ctx.db(), ctx.now())) {
        if (!i.signedAtMs && !i.signOverdueAtMs && i.signDeadlineMs < ctx.now()) {
            i.signOverdueAtMs = ctx.now();
            ctx.record(events::kInstructionSignOverdue, QStringLiteral("instruction"), i.id,
                       {{QStringLiteral("late_seconds"), lateSeconds(ctx.now(), i.signDeadlineMs)}});
        }
        if (!i.overdueAtMs && i.replyDeadlineMs < ctx.now()) {
            i.overdueAtMs = ctx.now();
            ctx.record(events::kInstructionOverdue, QStringLiteral("instruction"), i.id,
                       {{QStringLiteral("state"), InstructionCodes::code(i.state())},
                        {QStringLiteral("late_seconds"), lateSeconds(ctx.now(), i.replyDeadlineMs)}});
        }
        InstructionRepository::update(ctx.db(), i);
        ids << i.id;
        ctx.touch(Entity::Instruction, i.id);
    }
    return ids;
}

} // namespace dispatch
