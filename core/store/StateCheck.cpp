// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StateCheck.h"

#include "domain/EventKinds.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

namespace {

/// One step of a list's rows that an event makes: the rows showing it (a condition on the table) and the event
/// kinds that make it.
struct Step
{
    const char* rows;
    QStringList kinds;
};

struct CodedList
{
    const char* entity; ///< the events' entity, also the list's name in a finding
    const char* table;
    QList<Step> steps;  ///< the first: every row and the event that opened it
};

QList<CodedList> codedLists()
{
    using namespace events;
    return {
        {"transfer", "transfers",
         {{"TRUE", {kTransferSent}}, {"accepted_at IS NOT NULL", {kTransferAccepted}}, {"overdue_at IS NOT NULL", {kTransferOverdue}}}},
        {"callback", "callbacks",
         {{"TRUE", {kCallbackOpened}},
          {"state <> 'due'", {kCallbackReached, kCallbackUnreachable}},
          {"overdue_at IS NOT NULL", {kCallbackOverdue}}}},
        {"rectification", "rectifications",
         {{"TRUE", {kRectificationOpened}}, {"done_at IS NOT NULL", {kRectificationDone}},
          {"overdue_at IS NOT NULL", {kRectificationOverdue}}}},
        {"supervision", "supervisions",
         {{"TRUE", {kSupervisionOpened}}, {"closed_at IS NOT NULL", {kSupervisionClosed}},
          {"overdue_at IS NOT NULL", {kSupervisionOverdue}}}},
        {"mediation", "mediations",
         {{"TRUE", {kMediationAssigned}},
          {"outcome_at IS NOT NULL",
           {kMediationPrefix + QStringLiteral("settled"), kMediationPrefix + QStringLiteral("not_settled"),
            kMediationPrefix + QStringLiteral("referred")}},
          {"overdue_at IS NOT NULL", {kMediationOverdue}}}},
        {"instruction", "instructions",
         {{"TRUE", {kInstructionRegistered}}, {"signed_at IS NOT NULL", {kInstructionSignedFor}},
          {"answered_at IS NOT NULL", {kInstructionAnswered}}, {"sign_overdue_at IS NOT NULL", {kInstructionSignOverdue}},
          {"overdue_at IS NOT NULL", {kInstructionOverdue}}}},
        // The upgrade to schema 14 made entries of the repeat marks logged before the ledger existed, with no event of
        // their own: an entry with marks and no ledger event at all is one of those.
        {"ledger", "ledger_entries",
         {{"id NOT IN (SELECT entry_id FROM ledger_marks) OR id IN (SELECT entity_id FROM events WHERE entity = 'ledger')",
           {kLedgerOpened}}, {"closed_at IS NOT NULL", {kLedgerClosed}}, {"overdue_at IS NOT NULL", {kLedgerOverdue}}}},
        // A call of the switch has no event until it is abandoned (its ring and answer are the switch's record).
        {"phone_call", "phone_calls",
         {{"abandoned = 1", {kCallAbandoned}}, {"call_back_outcome <> ''", {kCallBackClosed}},
          {"call_back_overdue_at IS NOT NULL", {kCallBackOverdue}}}},
        // The declared lists' opening and closing are StateCheck::followUpItems'; their overdue stamp is checked here.
        {"followup", "follow_up_items", {{"overdue_at IS NOT NULL", {kFollowUpOverdue}}}},
    };
}

QSet<qint64> ids(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {})
{
    QSet<qint64> out;
    sql::Query q = sql::run(db, statement, binds);
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

} // namespace

QStringList StateCheck::followUpLists(const QSqlDatabase& db, int* checked)
{
    QStringList problems;
    int rows = 0;
    for (const CodedList& list : codedLists()) {
        const QString table = QLatin1String(list.table);
        const QSet<qint64> all = ids(db, QStringLiteral("SELECT id FROM ") + table);
        rows += int(all.size());
        for (const Step& step : list.steps) {
            const QSet<qint64> shown = ids(db, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, QLatin1String(step.rows)));
            QVariantList binds{QLatin1String(list.entity)};
            QStringList marks;
            for (const QString& kind : step.kinds) {
                binds << kind;
                marks << QStringLiteral("?");
            }
            const QSet<qint64> logged = ids(db,
                                            QStringLiteral("SELECT DISTINCT entity_id FROM events WHERE entity = ? AND kind IN (%1)")
                                                .arg(marks.join(u',')),
                                            binds);
            const QString kinds = step.kinds.join(QStringLiteral(" / "));
            const bool opening = &step == &list.steps.first() && list.steps.size() > 1;
            for (qint64 id : shown)
                if (!logged.contains(id))
                    problems << (opening ? tr("%1 %2 has no %3 event: it was written behind the application's back")
                                         : tr("%1 %2: its row shows what %3 records, but the log has no such event: the "
                                              "row was changed without its event"))
                                    .arg(QLatin1String(list.entity))
                                    .arg(id)
                                    .arg(kinds);
            for (qint64 id : logged) {
                if (!all.contains(id))
                    problems << tr("%1 %2 is in the log (%3) but its row is gone: it was deleted without an event")
                                    .arg(QLatin1String(list.entity))
                                    .arg(id)
                                    .arg(kinds);
                else if (!shown.contains(id))
                    problems << tr("%1 %2: the log has its %3 event, but its row does not show it: the row was changed "
                                   "without its event")
                                    .arg(QLatin1String(list.entity))
                                    .arg(id)
                                    .arg(kinds);
            }
        }
    }
    if (checked)
        *checked = rows;
    problems.removeDuplicates();
    problems.sort();
    return problems;
}

QStringList StateCheck::clocks(const QSqlDatabase& db, int* checked)
{
    QStringList problems;
    // Breaches the log recorded: (incident, clock) with the deadline it named.
    QHash<QPair<qint64, QString>, qint64> breaches;
    sql::Query e = sql::run(db, QStringLiteral("SELECT entity_id, payload FROM events WHERE kind = ?"), {events::kClockBreached});
    while (e.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(e.value(1).toString().toUtf8()).object();
        breaches.insert({e.value(0).toLongLong(), payload.value(QStringLiteral("clock")).toString()},
                        payload.value(QStringLiteral("deadline")).toInteger());
    }
    int rows = 0;
    sql::Query q = sql::run(db, QStringLiteral("SELECT c.incident_id, c.kind, c.started_at, c.allowed_ms, c.deadline, "
                                               "c.stopped_at, c.outcome, c.breached_at, c.late_ms, i.number "
                                               "FROM incident_clocks c LEFT JOIN incidents i ON i.id = c.incident_id"));
    while (q.next()) {
        ++rows;
        const qint64 incident = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const qint64 deadline = q.value(4).toLongLong();
        const bool stopped = !q.value(5).isNull();
        const qint64 stoppedAt = q.value(5).toLongLong();
        const QString outcome = q.value(6).toString();
        const QString number = q.value(9).toString().isEmpty() ? QStringLiteral("#%1").arg(incident) : q.value(9).toString();
        if (q.value(2).toLongLong() + q.value(3).toLongLong() != deadline)
            problems << tr("incident %1: the %2 clock's deadline is not its start plus the time allowed: the row was "
                           "changed without an event")
                            .arg(number, kind);
        if (stopped && outcome != QLatin1String("void")) {
            const bool late = stoppedAt > deadline;
            const bool agrees = late ? outcome == QLatin1String("breached") && q.value(8).toLongLong() == stoppedAt - deadline
                                     : outcome == QLatin1String("met") && q.value(8).isNull();
            if (!agrees)
                problems << (late ? tr("incident %1: the %2 clock stopped %3 s after its deadline but is \"%4\" in its "
                                       "row: the row was changed without an event")
                                        .arg(number, kind)
                                        .arg((stoppedAt - deadline) / 1000)
                                        .arg(outcome)
                                  : tr("incident %1: the %2 clock stopped by its deadline but is \"%3\" in its row: the "
                                       "row was changed without an event")
                                        .arg(number, kind, outcome));
        }
        const auto breach = breaches.constFind({incident, kind});
        if (!q.value(7).isNull() && breach == breaches.cend())
            problems << tr("incident %1: the %2 clock is stamped breached, but the log has no clock.breached event for it")
                            .arg(number, kind);
        else if (q.value(7).isNull() && breach != breaches.cend())
            problems << tr("incident %1: the log says the %2 clock was breached, but its row shows no breach: the breach "
                           "was cleared without an event")
                            .arg(number, kind);
        else if (breach != breaches.cend() && *breach != deadline)
            problems << tr("incident %1: the %2 clock's deadline is not the one its clock.breached event named: the row "
                           "was changed without an event")
                            .arg(number, kind);
        breaches.remove({incident, kind});
    }
    for (auto it = breaches.cbegin(); it != breaches.cend(); ++it)
        problems << tr("incident #%1: the log says its %2 clock was breached, but the clock is gone: it was deleted "
                       "without an event")
                        .arg(it.key().first)
                        .arg(it.key().second);

    // A unit's sign-for, late: the stamp on its assignment and the unit.sign_for_late event naming the assignment.
    QSet<qint64> lateLogged;
    sql::Query l = sql::run(db, QStringLiteral("SELECT payload FROM events WHERE kind = ?"), {events::kUnitSignForLate});
    while (l.next())
        lateLogged.insert(QJsonDocument::fromJson(l.value(0).toString().toUtf8())
                              .object()
                              .value(QStringLiteral("assignment_id"))
                              .toInteger(-1));
    sql::Query a = sql::run(db, QStringLiteral("SELECT a.id, a.sign_for_breached_at IS NOT NULL, i.number, u.callsign "
                                               "FROM assignments a LEFT JOIN incidents i ON i.id = a.incident_id "
                                               "LEFT JOIN units u ON u.id = a.unit_id"));
    while (a.next()) {
        ++rows;
        const qint64 id = a.value(0).toLongLong();
        const bool stamped = a.value(1).toLongLong() != 0;
        if (stamped != lateLogged.contains(id))
            problems << (stamped ? tr("incident %1: unit %2's sign-for is stamped late, but the log has no "
                                      "unit.sign_for_late event for it")
                                 : tr("incident %1: the log says unit %2 signed for it late, but its assignment shows no "
                                      "breach: the breach was cleared without an event"))
                            .arg(a.value(2).toString(), a.value(3).toString());
    }
    if (checked)
        *checked = rows;
    problems.sort();
    return problems;
}

} // namespace dispatch
