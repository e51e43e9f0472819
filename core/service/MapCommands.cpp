// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/MapCommands.h"

#include "domain/EventKinds.h"
#include "service/CommandContext.h"
#include "store/GazetteerRepository.h"

namespace dispatch {

MapSummary MapCommands::importMap(CommandContext& ctx, const MapData& data)
{
    ctx.requireRole({Role::Administrator});
    const MapSummary before = MapRepository::summary(ctx.db());
    MapRepository::replace(ctx.db(), data, ctx.now(), ctx.actor().username);
    GazetteerRepository::replace(ctx.db(), QStringLiteral("map"), GazetteerRepository::fromMap(ctx.db()));
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

MapSummary MapCommands::importAddressList(CommandContext& ctx, const AddressList& list)
{
    ctx.requireRole({Role::Administrator});
    const MapSummary before = MapRepository::summary(ctx.db());
    GazetteerRepository::replace(ctx.db(), QStringLiteral("list"), list.entries);
    MapRepository::setAddressList(ctx.db(), list.source, list.sha256, ctx.now(), ctx.actor().username);
    const MapSummary after = MapRepository::summary(ctx.db());
    ctx.record(events::kAddressListImported, QStringLiteral("map"), 0,
               {{QStringLiteral("file"), list.source},
                {QStringLiteral("sha256"), list.sha256},
                {QStringLiteral("addresses"), after.listed},
                {QStringLiteral("replaced"), before.listSource.isEmpty() ? QJsonValue() : QJsonValue(before.listSource)}});
    ctx.touch(Entity::Reference, 0);
    return after;
}

MapSummary MapCommands::setVehicleProfile(CommandContext& ctx, const std::optional<RoadProfile>& profile)
{
    ctx.requireRole({Role::Administrator});
    const MapSummary before = MapRepository::summary(ctx.db());
    MapRepository::setVehicleProfile(ctx.db(), profile, ctx.now(), ctx.actor().username);
    ctx.record(events::kVehicleProfileSet, QStringLiteral("map"), 0,
               {{QStringLiteral("profile"), profile ? QJsonValue(profile->toJson()) : QJsonValue()},
                {QStringLiteral("replaced"), before.vehicleProfile}});
    ctx.touch(Entity::Reference, 0);
    return MapRepository::summary(ctx.db());
}

} // namespace dispatch
