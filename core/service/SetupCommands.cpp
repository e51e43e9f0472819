// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/SetupCommands.h"

#include "auth/SignInPolicy.h"
#include "domain/EventKinds.h"
#include "geo/ZoneIndex.h"
#include "service/CommandContext.h"
#include "store/Database.h"
#include "store/PlaceRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace dispatch {

namespace {

QJsonObject pointJson(const GeoPoint& p)
{
    return {{QStringLiteral("lat"), p.lat}, {QStringLiteral("lon"), p.lon}};
}

void validateUser(const SetupCommands::NewUser& u)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!name.match(u.username).hasMatch())
        throw DispatchError(SetupCommands::tr("a user name is 2–32 letters, digits, '.', '_' or '-'"),
                            QStringLiteral("username"));
    if (const auto problem = SignInPolicy::passwordProblem(u.password, u.username))
        throw DispatchError(*problem, QStringLiteral("password"));
}

} // namespace

void SetupCommands::installDistrict(CommandContext& ctx, const DistrictData& d)
{
    ctx.requireRole({Role::Administrator});
    const QSqlDatabase& db = ctx.db();
    if (PlaceRepository::zoneCount(db) > 0 || UnitRepository::count(db) > 0)
        throw DispatchError(tr("the store already holds a district"));

    ctx.database().setMeta(QStringLiteral("centre_name"), d.centre.name);
    ctx.database().setMeta(QStringLiteral("centre_name_en"), d.centre.nameEn);
    ctx.database().setMeta(QStringLiteral("time_zone"), d.centre.timeZone);
    ctx.database().setMeta(QStringLiteral("demo"), d.centre.demo ? QStringLiteral("1") : QStringLiteral("0"));
    ctx.record(events::kCentreConfigured, QStringLiteral("centre"), 0,
               {{QStringLiteral("name"), d.centre.name},
                {QStringLiteral("time_zone"), d.centre.timeZone},
                {QStringLiteral("demo"), d.centre.demo}});

    QList<Zone> zones;
    for (Zone z : d.zones) {
        z.id = PlaceRepository::insertZone(db, z);
        ctx.record(events::kZoneAdded, QStringLiteral("zone"), z.id,
                   {{QStringLiteral("code"), z.code},
                    {QStringLiteral("name"), z.name},
                    {QStringLiteral("tier"), z.tier},
                    {QStringLiteral("vertices"), z.area.vertexCount()}});
        zones.append(std::move(z));
    }
    const ZoneIndex zoneIndex(zones);

    QHash<QString, qint64> stationIds, stagingIds;
    for (const Station& s : d.stations) {
        const qint64 id = PlaceRepository::insertStation(db, s);
        stationIds.insert(s.code, id);
        ctx.record(events::kStationAdded, QStringLiteral("station"), id,
                   {{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
                    {QStringLiteral("position"), pointJson(s.position)}});
    }
    for (const auto& seed : d.stagingPoints) {
        StagingPoint p = seed.point;
        if (!seed.stationCode.isEmpty() && !stationIds.contains(seed.stationCode))
            throw DispatchError(tr("staging point %1 names an unknown station \"%2\"").arg(p.code, seed.stationCode));
        p.stationId = stationIds.value(seed.stationCode);
        const int zi = zoneIndex.find(p.position);
        p.zoneId = zi >= 0 ? zones[zi].id : 0;
        const qint64 id = PlaceRepository::insertStagingPoint(db, p);
        stagingIds.insert(p.code, id);
        ctx.record(events::kStagingPointAdded, QStringLiteral("staging_point"), id,
                   {{QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name},
                    {QStringLiteral("position"), pointJson(p.position)}});
    }
    for (const Agency& a : d.agencies) {
        PlaceRepository::insertAgency(db, a);
        ctx.record(events::kAgencyAdded, QStringLiteral("agency"), 0,
                   {{QStringLiteral("code"), a.code}, {QStringLiteral("name"), a.name}});
    }
    for (const auto& seed : d.units) {
        Unit u = seed.unit;
        if (!seed.stationCode.isEmpty() && !stationIds.contains(seed.stationCode))
            throw DispatchError(tr("unit %1 names an unknown station \"%2\"").arg(u.callsign, seed.stationCode));
        if (!seed.stagingCode.isEmpty() && !stagingIds.contains(seed.stagingCode))
            throw DispatchError(tr("unit %1 names an unknown staging point \"%2\"").arg(u.callsign, seed.stagingCode));
        u.stationId = stationIds.value(seed.stationCode);
        u.stagingPointId = stagingIds.value(seed.stagingCode);
        u.stateSinceMs = ctx.now();
        u.fixAtMs = u.position ? ctx.now() : 0;
        u.id = UnitRepository::insert(db, u);
        ctx.touch(Entity::Unit, u.id);
        ctx.record(events::kUnitAdded, QStringLiteral("unit"), u.id,
                   {{QStringLiteral("callsign"), u.callsign},
                    {QStringLiteral("type"), u.type},
                    {QStringLiteral("officers"), u.officers},
                    {QStringLiteral("auxiliaries"), u.auxiliaries},
                    {QStringLiteral("state"), UnitLifecycle::code(u.state)}});
    }
    for (const auto& seed : d.users)
        addUser(ctx, {seed.user.username, seed.user.displayName, seed.user.role, seed.password, d.passwordIterations});
    ctx.touch(Entity::Reference, 0);
}

qint64 SetupCommands::addUser(CommandContext& ctx, const NewUser& nu)
{
    ctx.requireRole({Role::Administrator});
    validateUser(nu);
    if (UserRepository::findByUsername(ctx.db(), nu.username))
        throw DispatchError(tr("the user name \"%1\" is taken").arg(nu.username), QStringLiteral("username"));
    User u{0, nu.username, nu.displayName.isEmpty() ? nu.username : nu.displayName, nu.role, true};
    const qint64 id = UserRepository::insert(ctx.db(), u, PasswordHash::create(nu.password, nu.iterations), ctx.now());
    ctx.record(events::kUserAdded, QStringLiteral("user"), id,
               {{QStringLiteral("username"), u.username},
                {QStringLiteral("display_name"), u.displayName},
                {QStringLiteral("role"), Roles::code(u.role)}});
    ctx.touch(Entity::Reference, 0);
    return id;
}

void SetupCommands::setPassword(CommandContext& ctx, const QString& username, const QString& password, int iterations)
{
    const auto row = UserRepository::findByUsername(ctx.db(), username);
    if (!row)
        throw DispatchError(tr("no user \"%1\"").arg(username), QStringLiteral("username"));
    // Users may change their own password; administrators anyone's.
    if (ctx.actor().userId != row->user.id)
        ctx.requireRole({Role::Administrator});
    if (const auto problem = SignInPolicy::passwordProblem(password, row->user.username))
        throw DispatchError(*problem, QStringLiteral("password"));
    UserRepository::setPassword(ctx.db(), row->user.id, PasswordHash::create(password, iterations));
    ctx.record(events::kUserPasswordChanged, QStringLiteral("user"), row->user.id,
               {{QStringLiteral("username"), row->user.username}});
}

} // namespace dispatch
