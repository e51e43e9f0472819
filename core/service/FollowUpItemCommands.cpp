// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/FollowUpItemCommands.h"

#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "followup/DeclaredFollowUp.h"
#include "followup/FollowUpKind.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/EventLog.h"
#include "store/FollowUpItemRepository.h"
#include "util/Result.h"

#include <QJsonObject>

#include <algorithm>

namespace dispatch {

namespace {

const QString kEntity = QStringLiteral("followup");

/// The item `id`, or a refusal: none with that id.
FollowUpItem load(CommandContext& ctx, qint64 id)
{
    std::optional<FollowUpItem> f = FollowUpItemRepository::find(ctx.db(), id);
    if (!f)
        throw DispatchError(FollowUpItemCommands::tr("no follow-up item with id %1").arg(id));
    return *f;
}

/// Refused when the item is closed already (when and by whom).
void requireOpen(CommandContext& ctx, const FollowUpItem& f)
{
    if (f.isOpen())
        return;
    const FollowUpDeclaration& d = FollowUpItemCommands::declaration(f.kind);
    throw DispatchError(FollowUpItemCommands::tr("this %1 for %2 was closed already %3")
                            .arg(declaredText(d.itemLabel), f.number, ctx.lastChangeBy(kEntity, f.id)),
                        QStringLiteral("%1 %2").arg(f.kind).arg(f.id));
}

QJsonObject fieldsObject(const QMap<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

const FollowUpDeclaration& FollowUpItemCommands::declaration(const QString& kind)
{
    const FollowUpKind* k = FollowUpKinds::find(kind);
    if (!k || !k->declaration())
        throw DispatchError(tr("there is no follow-up list \"%1\"").arg(kind), QStringLiteral("kind"));
    return *k->declaration();
}

qint64 FollowUpItemCommands::open(CommandContext& ctx, const QString& kind, qint64 incidentId, const QString& assignee,
                                  const QMap<QString, QString>& fields, qint64 deadlineMs)
{
    const FollowUpDeclaration& d = declaration(kind);
    ctx.requireRole(d.mayOpen);
    const QString who = assignee.trimmed();
    TextLimits::require(who, TextLimits::kName, QStringLiteral("assignee"), declaredText(d.assigneeLabel));
    if (who.isEmpty())
        throw DispatchError(tr("name the %1").arg(declaredText(d.assigneeLabel).toLower()), QStringLiteral("assignee"));
    QMap<QString, QString> kept;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!d.field(it.key()))
            throw DispatchError(tr("a %1 has no field \"%2\"").arg(declaredText(d.itemLabel), it.key()), it.key());
    for (const FollowUpField& f : d.fields) {
        const QString value = fields.value(f.code).trimmed();
        if (value.isEmpty()) {
            if (f.required)
                throw DispatchError(tr("%1: give it").arg(declaredText(f.label)), f.code);
            continue;
        }
        if (!f.choices.isEmpty()) {
            const bool known = std::any_of(f.choices.cbegin(), f.choices.cend(),
                                           [&](const FollowUpChoice& c) { return c.code == value; });
            if (!known) {
                QStringList codes;
                for (const FollowUpChoice& c : f.choices)
                    codes << c.code;
                throw DispatchError(tr("%1: \"%2\" is not one of %3").arg(declaredText(f.label), value, codes.join(QStringLiteral(", "))),
                                    f.code);
            }
        } else {
            TextLimits::require(value, f.maxLength, f.code, declaredText(f.label));
        }
        kept.insert(f.code, value);
    }
    if (deadlineMs <= ctx.now())
        throw DispatchError(tr("the deadline must lie ahead"), QStringLiteral("deadline"));
    const Incident incident = IncidentCommands::load(ctx, incidentId);
    if (const std::optional<FollowUpItem> already = FollowUpItemRepository::openFor(ctx.db(), kind, incidentId, who))
        throw DispatchError(tr("%1 already has an open %2 for %3, opened %4")
                                .arg(incident.number, declaredText(d.itemLabel), who, ctx.lastChangeBy(kEntity, already->id)),
                            QStringLiteral("%1 %2").arg(kind).arg(already->id));
    FollowUpItem item;
    item.kind = kind;
    item.incidentId = incidentId;
    item.assignee = who;
    item.fields = kept;
    item.openedAtMs = ctx.now();
    item.openedBy = ctx.actor().username;
    item.deadlineMs = deadlineMs;
    item.id = FollowUpItemRepository::insert(ctx.db(), item);
    ctx.record(events::kFollowUpOpened, kEntity, item.id,
               {{QStringLiteral("kind"), kind}, {QStringLiteral("incident"), incidentId},
                {QStringLiteral("number"), incident.number}, {QStringLiteral("assignee"), who},
                {QStringLiteral("fields"), fieldsObject(kept)}, {QStringLiteral("deadline"), deadlineMs}});
    ctx.touch(Entity::FollowUp, item.id);
    return item.id;
}

void FollowUpItemCommands::addNote(CommandContext& ctx, qint64 itemId, const QString& text)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Administrator, Role::Trainer});
    TextLimits::require(text.trimmed(), TextLimits::kNote, QStringLiteral("text"), tr("The progress note"));
    const FollowUpItem f = load(ctx, itemId);
    requireOpen(ctx, f);
    if (text.trimmed().isEmpty())
        throw DispatchError(tr("a progress note needs its text"), QStringLiteral("text"));
    FollowUpNote n;
    n.itemId = f.id;
    n.atMs = ctx.now();
    n.by = ctx.actor().username;
    n.text = text.trimmed();
    FollowUpItemRepository::insertNote(ctx.db(), n);
    ctx.record(events::kFollowUpNote, kEntity, f.id,
               {{QStringLiteral("kind"), f.kind}, {QStringLiteral("incident"), f.incidentId}, {QStringLiteral("text"), n.text}});
    ctx.touch(Entity::FollowUp, f.id);
}

void FollowUpItemCommands::close(CommandContext& ctx, qint64 itemId, const QString& outcome, const QString& result)
{
    const FollowUpItem f = load(ctx, itemId);
    const FollowUpDeclaration& d = declaration(f.kind);
    ctx.requireRole(d.mayClose);
    requireOpen(ctx, f);
    if (!d.outcome(outcome)) {
        QStringList codes;
        for (const FollowUpChoice& o : d.outcomes)
            codes << o.code;
        throw DispatchError(tr("how did it end? \"%1\" is not one of %2").arg(outcome, codes.join(QStringLiteral(", "))),
                            QStringLiteral("outcome"));
    }
    TextLimits::require(result.trimmed(), TextLimits::kNote, QStringLiteral("result"), tr("The result"));
    if (result.trimmed().isEmpty())
        throw DispatchError(tr("say what the %1 answered").arg(declaredText(d.assigneeLabel).toLower()), QStringLiteral("result"));
    if (!FollowUpItemRepository::close(ctx.db(), f.id, ctx.now(), ctx.actor().username, outcome, result.trimmed()))
        throw DispatchError(tr("this %1 was closed meanwhile").arg(declaredText(d.itemLabel)), QStringLiteral("%1 %2").arg(f.kind).arg(f.id));
    ctx.record(events::kFollowUpClosed, kEntity, f.id,
               {{QStringLiteral("kind"), f.kind}, {QStringLiteral("incident"), f.incidentId},
                {QStringLiteral("outcome"), outcome}, {QStringLiteral("result"), result.trimmed()},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - f.deadlineMs) / 1000}});
    ctx.touch(Entity::FollowUp, f.id);
}

QList<qint64> FollowUpItemCommands::sweepOverdue(CommandContext& ctx, const QString& kind)
{
    QList<qint64> ids;
    for (const FollowUpItem& f : FollowUpItemRepository::dueOverdue(ctx.db(), kind, ctx.now())) {
        FollowUpItemRepository::stampOverdue(ctx.db(), f.id, ctx.now());
        ctx.record(events::kFollowUpOverdue, kEntity, f.id,
                   {{QStringLiteral("kind"), f.kind}, {QStringLiteral("incident"), f.incidentId},
                    {QStringLiteral("assignee"), f.assignee}, {QStringLiteral("late_seconds"), (ctx.now() - f.deadlineMs) / 1000}});
        ctx.touch(Entity::FollowUp, f.id);
        ids << f.id;
    }
    return ids;
}

} // namespace dispatch
