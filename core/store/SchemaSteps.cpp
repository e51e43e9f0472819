// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SchemaSteps.h"

#include "store/Sql.h"

namespace dispatch::schema {

void toV19(const QSqlDatabase& db)
{
    // Every unit's own sign-for deadline is watched: a missed one is stamped once (and announced), not only the
    // incident's first.
    // Where each unit was when it was sent (its position, or its staging point or station): the origin of its trip.
    for (const char* s : {"ALTER TABLE assignments ADD COLUMN sign_for_breached_at INTEGER",
                          "ALTER TABLE assignments ADD COLUMN from_lat REAL",
                          "ALTER TABLE assignments ADD COLUMN from_lon REAL",
                          "CREATE INDEX assignments_sign_for_due ON assignments(sign_for_deadline)"
                          " WHERE acknowledged_at IS NULL AND released_at IS NULL AND sign_for_breached_at IS NULL"})
        sql::run(db, QString::fromUtf8(s));
}

} // namespace dispatch::schema
