// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/LedgerCommands.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/IntakeRepository.h"
#include "store/LedgerRepository.h"
#include "util/Result.h"

#include <limits>

namespace dispatch {

namespace {

bool samePlace(const LedgerEntry& e, const Incident& i)
{
    if (!e.address.isEmpty() && e.address == i.address.trimmed())
        return true;
    return e.position && i.position && geo::distanceMetres(*e.position, *i.position) <= LedgerCommands::kSamePlaceMetres;
}

/// The station that answers for a place: the nearest one.
QString nearestStation(const Board& board, const std::optional<GeoPoint>& place)
{
    QString best;
    double bestM = std::numeric_limits<double>::max();
    for (const Station& s : board.stations()) {
        const double m = place ? geo::distanceMetres(s.position, *place) : 0.0;
        if (best.isEmpty() || m < bestM) {
            best = s.name;
            bestM = m;
        }
    }
    return best;
}

LedgerEntry loadOpen(CommandContext& ctx, qint64 id)
{
    std::optional<LedgerEntry> e = LedgerRepository::find(ctx.db(), id);
    if (!e)
        throw DispatchError(LedgerCommands::tr("no ledger entry with id %1").arg(id));
    if (!e->isOpen())
        throw DispatchError(LedgerCommands::tr("this ledger entry is already closed"), QStringLiteral("ledger %1").arg(id));
    return *e;
}

} // namespace

qint64 LedgerCommands::attachMark(CommandContext& ctx, const RepeatMark& m)
{
    const Incident i = IncidentCommands::load(ctx, m.incidentId);
    const QString cls = LedgerCodes::classes().contains(m.cls) ? m.cls : QStringLiteral("other");
    qint64 entryId = 0;
    for (const LedgerEntry& e :
         LedgerRepository::openPlacesOfClass(ctx.db(), cls, i.address, i.position, LedgerCommands::kSamePlaceMetres))
        if (samePlace(e, i)) {
            entryId = e.id;
            break;
        }
    if (!entryId) {
        LedgerEntry e;
        e.cls = cls;
        e.address = i.address.trimmed();
        e.position = i.position;
        e.zoneId = i.zoneId;
        e.owner = nearestStation(ctx.board(), i.position);
        e.openedAtMs = ctx.now();
        e.deadlineMs = ctx.now() + ctx.policy().ledgerMs();
        entryId = LedgerRepository::insert(ctx.db(), e);
        ctx.record(events::kLedgerOpened, QStringLiteral("ledger"), entryId,
                   {{QStringLiteral("class"), cls},
                    {QStringLiteral("place"), e.place()},
                    {QStringLiteral("owner"), e.owner},
                    {QStringLiteral("deadline"), e.deadlineMs}});
    }
    LedgerRepository::insertMark(ctx.db(), entryId, m.id, i.id, m.mark, ctx.now());
    ctx.record(events::kLedgerMarked, QStringLiteral("ledger"), entryId,
               {{QStringLiteral("incident"), i.id},
                {QStringLiteral("number"), i.number},
                {QStringLiteral("mark"), m.mark},
                {QStringLiteral("mark_id"), m.id}});
    ctx.touch(Entity::Ledger, entryId);
    return entryId;
}

qint64 LedgerCommands::addAction(CommandContext& ctx, qint64 entryId, const QString& text)
{
    ctx.requireRole({Role::Dispatcher, Role::ShiftLeader, Role::Administrator, Role::Trainer});
    TextLimits::require(text.trimmed(), TextLimits::kNote, QStringLiteral("text"), tr("The action"));
    const LedgerEntry e = loadOpen(ctx, entryId);
    if (text.trimmed().isEmpty())
        throw DispatchError(tr("say what was done"), QStringLiteral("text"));
    LedgerAction a;
    a.entryId = e.id;
    a.atMs = ctx.now();
    a.by = ctx.actor().username;
    a.text = text.trimmed();
    a.id = LedgerRepository::insertAction(ctx.db(), a);
    ctx.record(events::kLedgerAction, QStringLiteral("ledger"), e.id, {{QStringLiteral("text"), a.text}});
    ctx.touch(Entity::Ledger, e.id);
    return a.id;
}

void LedgerCommands::assign(CommandContext& ctx, qint64 entryId, const QString& owner)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    TextLimits::require(owner.trimmed(), TextLimits::kName, QStringLiteral("owner"), tr("The owner"));
    LedgerEntry e = loadOpen(ctx, entryId);
    if (owner.trimmed().isEmpty())
        throw DispatchError(tr("name who answers for it"), QStringLiteral("owner"));
    const QString before = e.owner;
    e.owner = owner.trimmed();
    LedgerRepository::update(ctx.db(), e);
    ctx.record(events::kLedgerAssigned, QStringLiteral("ledger"), e.id,
               {{QStringLiteral("from"), before}, {QStringLiteral("owner"), e.owner}});
    ctx.touch(Entity::Ledger, e.id);
}

void LedgerCommands::close(CommandContext& ctx, qint64 entryId, const QString& result)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    TextLimits::require(result.trimmed(), TextLimits::kNote, QStringLiteral("result"), tr("The result"));
    LedgerEntry e = loadOpen(ctx, entryId);
    if (result.trimmed().isEmpty())
        throw DispatchError(tr("say how it was resolved"), QStringLiteral("result"));
    if (e.actionCount == 0)
        throw DispatchError(tr("note at least one action before closing the entry"), QStringLiteral("actions"));
    e.closedAtMs = ctx.now();
    e.closedBy = ctx.actor().username;
    e.result = result.trimmed();
    LedgerRepository::update(ctx.db(), e);
    ctx.record(events::kLedgerClosed, QStringLiteral("ledger"), e.id,
               {{QStringLiteral("result"), e.result},
                {QStringLiteral("marks"), e.markCount},
                {QStringLiteral("late_seconds"), std::max<qint64>(0, ctx.now() - e.deadlineMs) / 1000}});
    ctx.touch(Entity::Ledger, e.id);
}

QList<qint64> LedgerCommands::sweepOverdue(CommandContext& ctx)
{
    QList<qint64> ids;
    for (LedgerEntry e : LedgerRepository::dueOverdue(ctx.db(), ctx.now())) {
        e.overdueAtMs = ctx.now();
        LedgerRepository::update(ctx.db(), e);
        ctx.record(events::kLedgerOverdue, QStringLiteral("ledger"), e.id,
                   {{QStringLiteral("owner"), e.owner}, {QStringLiteral("late_seconds"), (ctx.now() - e.deadlineMs) / 1000}});
        ids << e.id;
        ctx.touch(Entity::Ledger, e.id);
    }
    return ids;
}

} // namespace dispatch
