// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "demo/DistrictData.h"
#include "store/StoreCheck.h"

namespace dispatch::ctl {

int runInit(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    p.addOption({QStringLiteral("demo"), CtlContext::tr("Seed the demo district (Simao) if the store is empty.")});
    if (!ctx.parse(p, args, CtlContext::tr("Create a store, or upgrade an older one to this version's schema.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
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
        auto district = DistrictLoader::demo();
        if (!district)
            return ctx.fail(district.errorString());
        if (Status s = svc.installDistrict(*district); !s)
            return ctx.fail(s.errorString());
        ctx.out() << CtlContext::tr("seeded the demo district: %1 zones, %2 police stations, %3 staging points, "
                                    "%4 units, %5 linked agencies, %6 users")
                         .arg(district->zones.size())
                         .arg(district->stations.size())
                         .arg(district->stagingPoints.size())
                         .arg(district->units.size())
                         .arg(district->agencies.size())
                         .arg(district->users.size())
                  << "\n";
    }
    return Ok;
}

} // namespace dispatch::ctl
