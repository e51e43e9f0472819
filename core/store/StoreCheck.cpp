// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreCheck.h"

#include "domain/EventKinds.h"
#include "store/Database.h"
#include "store/HandoverRepository.h"
#include "store/Sql.h"
#include "store/StateCheck.h"
#include "store/StoreGuards.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlQuery>

namespace dispatch {

namespace {

/// SQLite's findings, one a line ("ok" and its heading left out).
QStringList findings(const QString& row)
{
    QStringList out;
    for (const QString& line : row.split(u'\n', Qt::SkipEmptyParts))
        if (line != QStringLiteral("ok") && !line.startsWith(QStringLiteral("*** in database")))
            out << line.trimmed();
    return out;
}

} // namespace

StoreCheckReport StoreCheckReport::run(const Database& db)
{
    // Every step runs whatever the one before found: a damaged page stops a step, never the check, and what each step
    // could not do is said among its findings.
    StoreCheckReport r;
    const QSqlDatabase& c = db.connection();
    // A server keeps its own pages and enforces every foreign key on each change; a SQLite file is read through.
    if (!db.isServer()) {
        try {
            sql::Query q = sql::run(c, QStringLiteral("PRAGMA integrity_check"));
            while (q.next())
                r.integrityProblems << findings(q.value(0).toString());
        } catch (const DispatchError& e) {
            r.integrityProblems << tr("the integrity check could not run to its end: %1").arg(e.error().message);
        }
        try {
            sql::Query fk = sql::run(c, QStringLiteral("PRAGMA foreign_key_check"));
            while (fk.next())
                r.integrityProblems << QStringLiteral("foreign key: table %1 row %2 refers to a missing row of %3")
                                           .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
        } catch (const DispatchError& e) {
            r.integrityProblems << tr("the foreign-key check could not run to its end: %1").arg(e.error().message);
        }
    }
    r.integrityOk = r.integrityProblems.isEmpty();
    try {
        r.chain = EventLog::verify(c);
    } catch (const DispatchError& e) {
        r.chain.ok = false;
        r.chain.reason = tr("the event log could not be read to its end: %1").arg(e.error().message);
    }
    try {
        checkHandovers(c, r);
    } catch (const DispatchError& e) {
        r.handoverProblems << tr("the accepted handovers could not be read: %1").arg(e.error().message);
    }
    try {
        r.guardsChecked = StoreGuards::count(c);
        for (const GuardFinding& f : StoreGuards::check(c))
            r.guardProblems << f.toString();
        sql::Query q = sql::run(c, QStringLiteral("SELECT at, desk, payload FROM events WHERE kind = ? ORDER BY seq"),
                                {events::kStoreGuardsRestored});
        while (q.next()) {
            const QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            QStringList what;
            for (const QString& code : payload.value(QStringLiteral("restored")).toVariant().toStringList())
                what << GuardFinding{code.section(u' ', 0, 0), code.section(u' ', 1)}.toString();
            r.guardsRestored << tr("%1 at desk %2: %3")
                                    .arg(timefmt::isoUtc(q.value(0).toLongLong()), q.value(1).toString(),
                                         what.join(QStringLiteral("; ")));
        }
    } catch (const DispatchError& e) {
        r.guardProblems << tr("the store's guards could not be read: %1").arg(e.error().message);
    }
    try {
        r.stateProblems = StateCheck::incidents(c, &r.incidentsChecked);
        r.stateProblems += StateCheck::assignments(c, &r.assignmentsChecked);
        // An older store, inspected without its upgrade, has neither the declared lists nor every stamp.
        if (db.schemaVersion() >= 23) {
            r.stateProblems += StateCheck::followUpItems(c, &r.followUpItemsChecked);
            r.stateProblems += StateCheck::followUpLists(c, &r.listRowsChecked);
            r.stateProblems += StateCheck::clocks(c, &r.clocksChecked);
        }
    } catch (const DispatchError& e) {
        r.stateProblems << tr("the incidents could not be compared with the log: %1").arg(e.error().message);
    }
    return r;
}

QStringList StoreCheckReport::quickCheck(const Database& db)
{
    if (db.isServer())
        return {};
    QStringList problems;
    try {
        sql::Query q = sql::run(db.connection(), QStringLiteral("PRAGMA quick_check"));
        while (q.next())
            problems << findings(q.value(0).toString());
    } catch (const DispatchError& e) {
        problems << e.error().message;
    }
    return problems;
}

void StoreCheckReport::checkHandovers(const QSqlDatabase& c, StoreCheckReport& r)
{
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
}

} // namespace dispatch
