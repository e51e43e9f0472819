// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangeFeed.h"

#include "store/ServerPipeline.h"
#include "store/Sql.h"

namespace dispatch {

void ChangeFeed::append(const QSqlDatabase& db, qint64 seq, const QList<Touch>& touches)
{
    for (const Touch& t : touches)
        sql::defer(db, QStringLiteral("INSERT INTO event_touches(seq, entity, entity_id) VALUES (?, ?, ?)"),
                   {seq, t.entity, t.id});
}

QList<ChangeFeed::Touch> ChangeFeed::after(const QSqlDatabase& db, qint64 afterSeq, qint64 toSeq)
{
    QList<Touch> out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT seq, entity, entity_id FROM event_touches WHERE seq > ? AND seq <= ? "
                                                    "ORDER BY seq"),
                                 {afterSeq, toSeq});
         q.next();)
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

qint64 ChangeFeed::countAfter(const QSqlDatabase& db, qint64 afterSeq)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM event_touches WHERE seq > ?"), {afterSeq}).toLongLong();
}

} // namespace dispatch
