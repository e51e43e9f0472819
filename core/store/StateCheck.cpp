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

} // namespace dispatch
