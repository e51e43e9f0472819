// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's map: an OpenStreetMap file loaded as the centre's map.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "map/OsmReader.h"

#include <QFile>
#include "service/MapCommands.h"
#include "store/SitingQueries.h"

namespace dispatch {

Result<MapSummary> DispatchService::importMap(const QString& path, const std::function<void(qint64, qint64)>& progress)
{
    // Who may load a map is asked before a large file is read (and again inside the transaction).
    if (m_user && m_user->role != Role::Administrator)
        return Error{tr("%1 may not load the map (allowed: %2)").arg(Roles::label(m_user->role), Roles::label(Role::Administrator))};
    // The file is read whole before the transaction: other desks wait for the store only while its rows are written.
    Result<MapData> data = OsmReader::read(path, progress);
    if (!data)
        return data.error();
    Result<MapSummary> done = perform<MapSummary>([&](CommandContext& ctx) { return MapCommands::importMap(ctx, *data); });
    if (done)
        m_db.updatePlannerStatistics();
    return done;
}

Result<MapSummary> DispatchService::importAddressList(const QString& path, const QString& profilePath)
{
    if (m_user && m_user->role != Role::Administrator)
        return Error{tr("%1 may not load the address list (allowed: %2)")
                         .arg(Roles::label(m_user->role), Roles::label(Role::Administrator))};
    AddressList list;
    try {
        AddressListProfile profile;
        if (!profilePath.isEmpty()) {
            QFile pf(profilePath);
            if (!pf.open(QIODevice::ReadOnly))
                return Error{tr("cannot read the profile: %1").arg(pf.errorString()), profilePath};
            profile = AddressListProfile::fromJson(pf.readAll(), profilePath);
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("cannot read the address list: %1").arg(f.errorString()), path};
        list = AddressList::read(f.readAll(), path, profile);
    } catch (const DispatchError& e) {
        return e.error();
    }
    Result<MapSummary> done = perform<MapSummary>([&](CommandContext& ctx) { return MapCommands::importAddressList(ctx, list); });
    if (done)
        m_db.updatePlannerStatistics();
    return done;
}

Result<MapSummary> DispatchService::setVehicleProfile(const std::optional<RoadProfile>& profile)
{
    if (m_user && m_user->role != Role::Administrator)
        return Error{tr("%1 may not set the road speeds (allowed: %2)")
                         .arg(Roles::label(m_user->role), Roles::label(Role::Administrator))};
    return perform<MapSummary>([&](CommandContext& ctx) { return MapCommands::setVehicleProfile(ctx, profile); });
}

ReadList<GazetteerHit> DispatchService::findPlaces(const QString& text, int limit) const
{
    return read<ReadList<GazetteerHit>>([&] { return GazetteerQueries::search(m_db.connection(), text, limit); });
}

Result<SitingResult> DispatchService::siteStagingPoints(const SitingOptions& options, qint64 fromMs, qint64 toMs,
                                                         const QList<SitingSite>& sites) const
{
    const std::shared_ptr<const RoadNetwork> roads = roadNetwork();
    if (!roads || roads->car.isEmpty())
        return Error{tr("no map is loaded: sites are chosen over the roads (dispatchctl map import)")};
    QList<SitingDemand> demand;
    try {
        for (const GeoPoint& p : SitingQueries::incidentPoints(m_db.connection(), fromMs, toMs)) {
            const Zone* z = m_board.zoneAt(p);
            demand.append({p, z ? z->name : QString()});
        }
    } catch (const DispatchError& e) {
        return e.error();
    }
    QList<SitingSite> existing = sites;
    if (existing.isEmpty())
        for (const StagingPoint& s : m_board.stagingPoints())
            existing.append({s.code, s.name, s.position, true});
    return Siting::solve(roads->car, demand, existing, options);
}

Result<MapSummary> DispatchService::mapSummary() const
{
    try {
        return MapRepository::summary(m_db.connection());
    } catch (const DispatchError& e) {
        return e.error();
    }
}

ReadList<MapLine> DispatchService::mapRoads(const GeoBox& box) const
{
    return read<ReadList<MapLine>>([&] { return MapRepository::roadsIn(m_db.connection(), box); });
}

ReadList<MapLine> DispatchService::mapAreas(const GeoBox& box) const
{
    return read<ReadList<MapLine>>([&] { return MapRepository::areasIn(m_db.connection(), box); });
}

std::shared_ptr<const RoadNetwork> DispatchService::roadNetwork() const
{
    if (m_roadsRead)
        return m_roads;
    m_roadsRead = true;
    m_roads.reset();
    try {
        const QList<RoadRecord> roads = MapRepository::roadRecords(m_db.connection());
        if (!roads.isEmpty())
            m_roads = std::make_shared<const RoadNetwork>(
                RoadNetwork::build(roads, MapRepository::vehicleProfile(m_db.connection()).value_or(RoadProfile::car())));
    } catch (const DispatchError& e) {
        // The recommendation goes on by the straight line; the next full reload reads the map again.
        qWarning("dispatch: the map's roads could not be read: %s", qPrintable(e.error().toString()));
    }
    return m_roads;
}

Result<RoadRoute> DispatchService::routeByRoad(const GeoPoint& from, const GeoPoint& to, const QString& unitType) const
{
    const std::shared_ptr<const RoadNetwork> roads = roadNetwork();
    if (!roads)
        return Error{tr("no map is loaded (dispatchctl map import)")};
    return roads->forUnitType(unitType).route(from, to);
}

} // namespace dispatch
