// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/SupervisionCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/CallbackRepository.h"
#include "store/InstructionRepository.h"
#include "store/LedgerRepository.h"
#include "store/SupervisionRepository.h"
#include "store/TransferRepository.h"
#include "util/Result.h"

namespace dispatch {

namespace {

/// What is supervised: whether it exists, the incident behind it (0 for none) and how it is named.
struct Subject
{
    bool exists = false;
    qint64 incidentId = 0;
    QString name;
};

Subject subjectOf(CommandContext& ctx, SupervisionSubject subject, qint64 id)
{
    const auto numbered = [&](qint64 incidentId) {
        Subject out{incidentId != 0, incidentId, {}};
        if (incidentId)
            out.name = IncidentCommands::load(ctx, incidentId).number;
        return out;
    };
    switch (subject) {
    case SupervisionSubject::Incident: return numbered(IncidentCommands::load(ctx, id).id);
    case SupervisionSubject::Rectification: {
        const auto r = CallbackRepository::findRectification(ctx.db(), id);
        return numbered(r ? r->incidentId : 0);
    }
    case SupervisionSubject::Callback: {
        const auto c = CallbackRepository::find(ctx.db(), id);
        return numbered(c ? c->incidentId : 0);
    }
    case SupervisionSubject::Transfer: {
        const auto t = TransferRepository::find(ctx.db(), id);
        return numbered(t ? t->incidentId : 0);
    }
    case SupervisionSubject::Instruction: {
        const auto i = InstructionRepository::find(ctx.db(), id);
        if (!i)
            return {};
        Subject out{true, i->incidentId, i->source + QStringLiteral(": ") + i->text.left(24)};
        return out;
    }
    case SupervisionSubject::Ledger: {
        const auto e = LedgerRepository::find(ctx.db(), id);
        if (!e)
            return {};
        return {true, 0, e->place() + QStringLiteral(" · ") + LedgerCodes::classLabel(e->cls)};
    }
    }
    return {};
}

Supervision load(CommandContext& ctx, qint64 id)
{
    std::optional<Supervision> s = SupervisionRepository::find(ctx.db(), id);
    if (!s)
        throw DispatchError(SupervisionCommands::tr("no supervision with id %1").arg(id));
    if (!s->isOpen())
        throw DispatchError(SupervisionCommands::tr("this supervision is already closed"), QStringLiteral("supervision %1").arg(id));
    return *s;
}

} // namespace

qint64 SupervisionCommands::open(CommandContext& ctx, SupervisionSubject subject, qint64 subjectId, const QString& owner,
                                 SupervisionMethod method, qint64 deadlineMs, const QString& title)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    TextLimits::require(title.trimmed(), TextLimits::kReason, QStringLiteral("title"), tr("The title"));
    TextLimits::require(owner.trimmed(), TextLimits::kName, QStringLiteral("owner"), tr("The owner"));
    const Subject what = subjectOf(ctx, subject, subjectId);
    if (!what.exists)
        throw DispatchError(tr("no %1 with id %2").arg(SupervisionCodes::label(subject)).arg(subjectId));
    if (SupervisionRepository::openFor(ctx.db(), subject, subjectId))
        throw DispatchError(tr("already under supervision"), QStringLiteral("%1 %2").arg(SupervisionCodes::code(subject)).arg(subjectId));
    if (owner.trimmed().isEmpty())
        throw DispatchError(tr("name who answers for it"), QStringLiteral("owner"));
    if (deadlineMs <= ctx.now())
        throw DispatchError(tr("the deadline must lie ahead"), QStringLiteral("deadline"));
    Supervision s;
    s.subject = subject;
    s.subjectId = subjectId;
    s.incidentId = what.incidentId;
    s.title = title.trimmed().isEmpty() ? QStringLiteral("%1 %2").arg(SupervisionCodes::label(subject), what.name)
                                        : title.trimmed();
    s.owner = owner.trimmed();
    s.method = method;
    s.createdAtMs = ctx.now();
    s.createdBy = ctx.actor().username;
    s.deadlineMs = deadlineMs;
    s.id = SupervisionRepository::insert(ctx.db(), s);
    ctx.record(events::kSupervisionOpened, QStringLiteral("supervision"), s.id,
               {{QStringLiteral("subject"), SupervisionCodes::code(subject)}, {QStringLiteral("subject_id"), subjectId},
                {QStringLiteral("incident"), what.incidentId ? QJsonValue(what.incidentId) : QJsonValue()},
                {QStringLiteral("number"), what.incidentId ? what.name : QString()}, {QStringLiteral("name"), what.name},
                {QStringLiteral("title"), s.title}, {QStringLiteral("owner"), s.owner},
                {QStringLiteral("method"), SupervisionCodes::code(method)}, {QStringLiteral("deadline"), deadlineMs}});
    ctx.touch(Entity::Supervision, s.id);
    return s.id;
}

void SupervisionCommands::addNote(CommandContext& ctx, qint64 supervisionId, const QString& text)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Administrator, Role::Trainer});
    TextLimits::require(text.trimmed(), TextLimits::kNote, QStringLiteral("text"), tr("The progress note"));
    const Supervision s = load(ctx, supervisionId);
    if (text.trimmed().isEmpty())
        throw DispatchError(tr("a progress note needs its text"), QStringLiteral("text"));
    SupervisionNote n;
    n.supervisionId = s.id;
    n.atMs = ctx.now();
    n.by = ctx.actor().username;
    n.text = text.trimmed();
    n.id = SupervisionRepository::insertNote(ctx.db(), n);
    ctx.record(events::kSupervisionNote, QStringLiteral("supervision"), s.id,
               {{QStringLiteral("incident"), s.incidentId}, {QStringLiteral("text"), n.text}});
    ctx.touch(Entity::Supervision, s.id);
}

void SupervisionCommands::close(CommandContext& ctx, qint64 supervisionId, const QString& result)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    TextLimits::require(result.trimmed(), TextLimits::kNote, QStringLiteral("result"), tr("The result"));
    Supervision s = load(ctx, supervisionId);
    if (result.trimmed().isEmpty())
        throw DispatchError(tr("say how it ended"), QStringLiteral("result"));
    s.closedAtMs = ctx.now();
    s.result = result.trimmed();
    SupervisionRepository::update(ctx.db(), s);
    ctx.record(events::kSupervisionClosed, QStringLiteral("supervision"), s.id,
               {{QStringLiteral("incident"), s.incidentId}, {QStringLiteral("result"), s.result},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - s.deadlineMs) / 1000}});
    ctx.touch(Entity::Supervision, s.id);
}

void SupervisionCommands::escalateRectification(CommandContext& ctx, qint64 rectificationId)
{
    if (SupervisionRepository::openFor(ctx.db(), SupervisionSubject::Rectification, rectificationId))
        return;
    const auto r = CallbackRepository::findRectification(ctx.db(), rectificationId);
    if (!r)
        return;
    const Incident incident = IncidentCommands::load(ctx, r->incidentId);
    Supervision s;
    s.subject = SupervisionSubject::Rectification;
    s.subjectId = r->id;
    s.incidentId = r->incidentId;
    s.title = tr("Rectification overdue: %1").arg(incident.number);
    s.owner = tr("shift leader on duty");
    s.method = SupervisionMethod::Online;
    s.createdAtMs = ctx.now();
    s.createdBy = ctx.actor().username;
    s.deadlineMs = ctx.now() + ctx.policy().supervisionMs();
    s.id = SupervisionRepository::insert(ctx.db(), s);
    ctx.record(events::kSupervisionOpened, QStringLiteral("supervision"), s.id,
               {{QStringLiteral("subject"), QStringLiteral("rectification")}, {QStringLiteral("subject_id"), r->id},
                {QStringLiteral("incident"), r->incidentId}, {QStringLiteral("number"), incident.number},
                {QStringLiteral("title"), s.title}, {QStringLiteral("owner"), s.owner},
                {QStringLiteral("method"), QStringLiteral("online")}, {QStringLiteral("deadline"), s.deadlineMs},
                {QStringLiteral("automatic"), true}});
    ctx.touch(Entity::Supervision, s.id);
}

QList<qint64> SupervisionCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (Supervision s : SupervisionRepository::dueOverdue(ctx.db(), ctx.now())) {
        s.overdueAtMs = ctx.now();
        SupervisionRepository::update(ctx.db(), s);
        ctx.record(events::kSupervisionOverdue, QStringLiteral("supervision"), s.id,
                   {{QStringLiteral("incident"), s.incidentId}, {QStringLiteral("owner"), s.owner},
                    {QStringLiteral("late_seconds"), (ctx.now() - s.deadlineMs) / 1000}});
        ids << s.id;
        ctx.touch(Entity::Supervision, s.id);
    }
    return ids;
}

} // namespace dispatch
