// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PhoneQueries.h"

#include "store/Sql.h"

namespace dispatch {

PhoneQueries::Recent PhoneQueries::recent(const QSqlDatabase& db, const QStringList& spellings, qint64 sinceMs)
{
    Recent r;
    // One indexed lookup per spelling (the partial index on the caller's number, with its "<> ''" term).
    for (const QString& number : spellings) {
        if (number.isEmpty())
            continue;
        sql::Query q = sql::run(db,
                                QStringLiteral("SELECT number, received_at FROM incidents WHERE caller_phone <> '' "
                                               "AND caller_phone = ? AND received_at >= ? AND origin = 'live'"),
                                {number, sinceMs});
        while (q.next()) {
            ++r.count;
            if (q.value(1).toLongLong() > r.lastReceivedMs) {
                r.lastReceivedMs = q.value(1).toLongLong();
                r.lastNumber = q.value(0).toString();
            }
        }
    }
    return r;
}

} // namespace dispatch
