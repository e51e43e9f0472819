// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "demo/DemoInstall.h"
#include "demo/DistrictData.h"
#include "store/StoreCheck.h"

namespace dispatch::ctl {

int runInit(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    p.addOption({QStringLiteral("demo"), CtlContext::tr("Seed a demo district if the store is empty.")});
    p.addOption({QStringLiteral("district"),
                 CtlContext::tr("With --demo: futian (the default: real streets of western Futian, Shenzhen, with its map) "
                                "or simao (modelled on seed 003, no street data)."),
                 QStringLiteral("NAME"), QString::fromLatin1(DemoInstall::kDefault)});
    if (!ctx.parse(p, args, CtlContext::tr("Create a store, or upgrade an older one to this version's schema.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString name = p.value(QStringLiteral("district"));
    if (!DistrictLoader::demoNames().contains(name))
        return ctx.fail(CtlContext::tr("--district: no demo district \"%1\" (there are: %2)")
                            .arg(name, DistrictLoader::demoNames().join(QStringLiteral(", "))));
    Database* db = ctx.openStore(p, Database::Mode::CreateOrMigrate);
    if (!db)
        return ctx.exitCode();
    // A damaged store is never called up to date (nor seeded).
    if (!db->wasCreated())
        if (const QStringList damaged = StoreCheckReport::quickCheck(*db); !damaged.isEmpty())
            return ctx.fail(CtlContext::tr("the store is damaged (%1, and %n more finding(s)); nothing was written. "
                                           "dispatchctl check names what is wrong; restore it from a backup",
                                           nullptr, int(damaged.size()) - 1)
                                .arg(damaged.first()));
    if (db->wasCreated())
        ctx.out() << CtlContext::tr("created store %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << "\n";
    else if (db->migratedFrom())
        ctx.out() << CtlContext::tr("upgraded store %1 from schema %2 to %3")
                         .arg(db->path())
                         .arg(db->migratedFrom())
                         .arg(db->schemaVersion())
                  << "\n"
                  << CtlContext::tr("the store as it was before the upgrade is kept in %1").arg(db->preMigrationCopy())
                  << "\n";
    else
        ctx.out() << CtlContext::tr("store %1 is up to date (schema %2)").arg(db->path()).arg(db->schemaVersion())
                  << "\n";

    if (p.isSet(QStringLiteral("demo"))) {
        DispatchService& svc = ctx.service();
        if (!svc.board().zones().isEmpty() || !svc.board().unitIds().isEmpty()) {
            ctx.out() << CtlContext::tr("the store already holds a district; left as it is") << "\n";
            return Ok;
        }
        const Result<DemoInstalled> installed = DemoInstall::install(svc, name);
        if (!installed)
            return ctx.fail(installed.errorString());
        const DistrictData& district = installed->district;
        ctx.out() << CtlContext::tr("seeded the demo district: %1 zones, %2 police stations, %3 staging points, "
                                    "%4 units, %5 linked agencies, %6 users")
                         .arg(district.zones.size())
                         .arg(district.stations.size())
                         .arg(district.stagingPoints.size())
                         .arg(district.units.size())
                         .arg(district.agencies.size())
                         .arg(district.users.size())
                  << "\n";
        if (!installed->map.isEmpty())
            ctx.out() << CtlContext::tr("and its streets: %1 roads (%2 named), %3 listed addresses, from %4 "
                                        "(© OpenStreetMap contributors, ODbL)")
                             .arg(installed->map.roads)
                             .arg(installed->map.namedRoads)
                             .arg(installed->map.listed)
                             .arg(installed->map.source)
                      << "\n";
    }
    return Ok;
}

} // namespace dispatch::ctl
