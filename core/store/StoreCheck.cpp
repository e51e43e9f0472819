// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreCheck.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {


StoreCheckReport StoreCheckReport::run(const Database& db)
{
    StoreCheckReport r;
    const QSqlDatabase& c = db.connection();
    QSqlQuery q = sql::run(c, QStringLiteral("PRAGMA integrity_check"));
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QStringLiteral("ok"))
            r.integrityProblems << row;
    }
    QSqlQuery fk = sql::run(c, QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.next())
        r.integrityProblems << QStringLiteral("foreign key: table %1 row %2 refers to a missing row of %3")
                                   .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    r.integrityOk = r.integrityProblems.isEmpty();
    r.chain = EventLog::verify(c);
    return r;
}

} // namespace dispatch
