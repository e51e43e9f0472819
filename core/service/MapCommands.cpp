// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/MapCommands.h"

#include "domain/EventKinds.h"
#include "service/CommandContext.h"

namespace dispatch {

MapSummary MapCommands::importMap(CommandContext& ctx, const MapData& data)
{
    ctx.requireRole({Role::Administrator});
    const MapSummary before = MapRepository::summary(ctx.db());
    MapRepository::replace(ctx.db(), data, ctx.now(), ctx.actor().username);
    const MapSummary after = MapRepository::summary(ctx.db());
    ctx.record(events::kMapImported, QStringLiteral("map"), 0,
               {{QStringLiteral("file"), data.source},
                {QStringLiteral("sha256"), data.sha256},
                {QStringLiteral("roads"), after.roads},
                {QStringLiteral("addresses"), after.addresses},
                {QStringLiteral("pois"), after.pois},
                {QStringLiteral("places"), after.places},
                {QStringLiteral("areas"), after.water + after.parks},
                {QStringLiteral("ways_cut"), data.waysWithMissingNodes},
                {QStringLiteral("replaced"), before.isEmpty() ? QJsonValue() : QJsonValue(before.source)}});
    ctx.touch(Entity::Reference, 0);
    return after;
}

} // namespace dispatch
