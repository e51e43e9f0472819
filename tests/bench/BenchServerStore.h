// SPDX-License-Identifier: GPL-3.0-or-later
// A store of the server benchmarks: a database of libpq's default server made a store and seeded with the demo district
// (cheap password hashing); either failing ends the benchmark.
#pragma once

#include "demo/DistrictData.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace dispatch::bench {

inline std::unique_ptr<Database> demoServerStore(const QString& database)
{
    auto db = Database::open(QStringLiteral("postgresql:///") + database);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        std::exit(2);
    }
    SystemClock clock;
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    DistrictData d = DistrictLoader::demo().value();
    d.passwordIterations = 1000;
    svc.actAsSystem(QStringLiteral("bench"));
    if (auto in = svc.installDistrict(d); !in) {
        std::fprintf(stderr, "%s\n", qPrintable(in.errorString()));
        std::exit(2);
    }
    return std::move(db).value();
}

} // namespace dispatch::bench
