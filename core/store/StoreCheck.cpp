// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreCheck.h"

#include "domain/EventKinds.h"
#include "store/Database.h"
#include "store/HandoverRepository.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlQuery>

namespace dispatch {

StoreCheckReport StoreCheckReport::run(const Database& db)
{
    StoreCheckReport r;
    const QSqlDatabase& c = db.connection();
    // A server keeps its own pages and enforces every foreign key on each change; a SQLite file is read through.
    if (!db.isServer()) {
        sql::Query q = sql::run(c, QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != QStringLiteral("ok"))
                r.integrityProblems << row;
        }
        sql::Query fk = sql::run(c, QStringLiteral("PRAGMA foreign_key_check"));
        while (fk.next())
            r.integrityProblems << QStringLiteral("foreign key: table %1 row %2 refers to a missing row of %3")
                                       .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    r.integrityOk = r.integrityProblems.isEmpty();
    r.chain = EventLog::verify(c);
    // An accepted handover never changes: its hash, taken at acceptance, is in the row and in the event chain.
    for (const Handover& h : HandoverRepository::accepted(c)) {
        ++r.handoversChecked;
        const QString shift = QStringLiteral("%1 %2").arg(
            h.shiftName, QDateTime::fromMSecsSinceEpoch(h.shiftStartMs, QTimeZone::utc()).toString(Qt::ISODate));
        QString logged;
        for (const EventRecord& e : EventLog::forEntity(c, QStringLiteral("handover"), h.id))
            if (e.kind == events::kHandoverAccepted)
                logged = e.payloadObject().value(QStringLiteral("hash")).toString();
        const QString now = h.computeHash();
        if (logged.isEmpty())
            r.handoverProblems << tr("handover %1 (%2) is accepted but its acceptance is not in the event log").arg(h.id).arg(shift);
        else if (now != logged || h.contentHash != logged)
            r.handoverProblems << tr("handover %1 (%2) changed after it was accepted: its hash is %3, the event log froze %4")
                                      .arg(h.id)
                                      .arg(shift, now.left(16), logged.left(16));
    }
    return r;
}

} // namespace dispatch
