// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StateCheck.h"

#include "domain/EventKinds.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch {

QStringList StateCheck::incidents(const QSqlDatabase& db, int* checked)
{
    struct Row
    {
        QString number;
        QString state;
    };
    QHash<qint64, Row> rows;
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, number, state FROM incidents WHERE origin <> 'imported'"));
    while (q.next())
        rows.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    if (checked)
        *checked = int(rows.size());

    // What the log says: the state each incident was created in, then each change.
    struct Logged
    {
        QString number;
        QString state;
        qint64 seq = 0;
    };
    QHash<qint64, Logged> logged;
    sql::Query e = sql::run(db, QStringLiteral("SELECT seq, entity_id, kind, payload FROM events WHERE entity = 'incident' "
                                               "AND kind IN (?, ?) ORDER BY seq"),
                            {events::kIncidentCreated, events::kIncidentStateChanged});
    while (e.next()) {
        const qint64 id = e.value(1).toLongLong();
        const QJsonObject payload = QJsonDocument::fromJson(e.value(3).toString().toUtf8()).object();
        Logged& l = logged[id];
        if (e.value(2).toString() == events::kIncidentCreated) {
            l.number = payload.value(QStringLiteral("number")).toString();
            l.state = payload.value(QStringLiteral("state")).toString();
            if (payload.value(QStringLiteral("origin")).toString() == QLatin1String("imported"))
                logged.remove(id);
        } else {
            l.state = payload.value(QStringLiteral("to")).toString();
        }
        if (logged.contains(id))
            logged[id].seq = e.value(0).toLongLong();
    }

    QStringList problems;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const auto l = logged.constFind(it.key());
        if (l == logged.cend() || l->number.isEmpty())
            problems << tr("incident %1 (id %2) has no incident.created event: it was written behind the application's back")
                            .arg(it->number)
                            .arg(it.key());
        else if (!l->state.isEmpty() && l->state != it->state) // early stores logged no state at creation
            problems << tr("incident %1 is \"%2\" in its row, but the log left it \"%3\" (event #%4): the row was changed "
                           "without its event")
                            .arg(it->number, it->state, l->state)
                            .arg(l->seq);
    }
    for (auto l = logged.cbegin(); l != logged.cend(); ++l)
        if (!l->number.isEmpty() && !rows.contains(l.key()))
            problems << tr("incident %1 (id %2) is in the log but its row is gone: it was deleted without an event")
                            .arg(l->number)
                            .arg(l.key());
    problems.sort();
    return problems;
}

QStringList StateCheck::assignments(const QSqlDatabase& db, int* checked)
{
    struct Pair
    {
        int rows = 0, released = 0, sent = 0, releases = 0;
        QString number, callsign;
        bool unknown = false; ///< an event of the pair that does not name its unit (none are written so)
    };
    QHash<QPair<qint64, qint64>, Pair> pairs;
    int rows = 0;
    sql::Query q = sql::run(db, QStringLiteral("SELECT a.incident_id, a.unit_id, a.released_at IS NOT NULL, i.number, "
                                               "u.callsign FROM assignments a LEFT JOIN incidents i ON i.id = a.incident_id "
                                               "LEFT JOIN units u ON u.id = a.unit_id"));
    while (q.next()) {
        Pair& p = pairs[{q.value(0).toLongLong(), q.value(1).toLongLong()}];
        ++p.rows;
        ++rows;
        if (q.value(2).toLongLong())
            ++p.released;
        p.number = q.value(3).toString();
        p.callsign = q.value(4).toString();
    }
    if (checked)
        *checked = rows;
    sql::Query e = sql::run(db, QStringLiteral("SELECT entity_id, kind, payload FROM events WHERE entity = 'incident' AND "
                                               "kind IN (?, ?)"),
                            {events::kIncidentUnitDispatched, events::kIncidentUnitReleased});
    QList<qint64> unnamed;
    while (e.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(e.value(2).toString().toUtf8()).object();
        const QJsonValue unit = payload.value(QStringLiteral("unit_id"));
        const qint64 unitId = unit.toInteger(-1);
        if (unitId < 0) {
            unnamed << e.value(0).toLongLong();
            continue;
        }
        Pair& p = pairs[{e.value(0).toLongLong(), unitId}];
        if (p.callsign.isEmpty())
            p.callsign = payload.value(QStringLiteral("callsign")).toString();
        (e.value(1).toString() == events::kIncidentUnitDispatched ? p.sent : p.releases)++;
    }
    QStringList problems;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const Pair& p = *it;
        if (unnamed.contains(it.key().first))
            continue;
        const QString incident = p.number.isEmpty() ? QStringLiteral("#%1").arg(it.key().first) : p.number;
        if (p.rows != p.sent)
            problems << tr("incident %1: unit %2 has %3 assignment row(s) but %4 dispatch event(s): an assignment was "
                           "written or deleted without its event")
                            .arg(incident, p.callsign)
                            .arg(p.rows)
                            .arg(p.sent);
        else if (p.released != p.releases)
            problems << tr("incident %1: unit %2 has %3 released assignment(s) but %4 release event(s): a release was "
                           "written or undone without its event")
                            .arg(incident, p.callsign)
                            .arg(p.released)
                            .arg(p.releases);
    }
    problems.sort();
    return problems;
}

QStringList StateCheck::followUpItems(const QSqlDatabase& db, int* checked)
{
    struct Item
    {
        bool row = false, open = false, opened = false, closed = false;
        QString kind, rowOutcome, loggedOutcome;
    };
    QHash<qint64, Item> items;
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, kind, closed_at IS NULL, outcome FROM follow_up_items"));
    while (q.next()) {
        Item& i = items[q.value(0).toLongLong()];
        i.row = true;
        i.kind = q.value(1).toString();
        i.open = q.value(2).toLongLong() != 0;
        i.rowOutcome = q.value(3).toString();
    }
    if (checked)
        *checked = int(items.size());
    sql::Query e = sql::run(db, QStringLiteral("SELECT entity_id, kind, payload FROM events WHERE entity = 'followup' AND "
                                               "kind IN (?, ?)"),
                            {events::kFollowUpOpened, events::kFollowUpClosed});
    while (e.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(e.value(2).toString().toUtf8()).object();
        Item& i = items[e.value(0).toLongLong()];
        if (i.kind.isEmpty())
            i.kind = payload.value(QStringLiteral("kind")).toString();
        if (e.value(1).toString() == events::kFollowUpOpened) {
            i.opened = true;
        } else {
            i.closed = true;
            i.loggedOutcome = payload.value(QStringLiteral("outcome")).toString();
        }
    }
    QStringList problems;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const Item& i = *it;
        const QString what = QStringLiteral("%1 %2").arg(i.kind).arg(it.key());
        if (!i.row)
            problems << tr("%1 is in the log but its row is gone: it was deleted without an event").arg(what);
        else if (!i.opened)
            problems << tr("%1 has no followup.opened event: it was written behind the application's back").arg(what);
        else if (i.open && i.closed)
            problems << tr("%1 is open in its row, but the log closed it: the row was changed without its event").arg(what);
        else if (!i.open && !i.closed)
            problems << tr("%1 is closed in its row, but the log never closed it: the row was changed without its event")
                            .arg(what);
        else if (!i.open && i.rowOutcome != i.loggedOutcome)
            problems << tr("%1 ended \"%2\" in its row, but the log closed it \"%3\"").arg(what, i.rowOutcome, i.loggedOutcome);
    }
    problems.sort();
    return problems;
}

} // namespace dispatch
