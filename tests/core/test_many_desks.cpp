// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing grabbed twice with many desks at once: desk processes of their own (tests/support/desk_worker.cpp) on one
// store send, step and clear the same few units on the same few incidents as fast as they can, half the time from a
// stale board, and take new calls between. The store decides every race; afterwards no unit is on two incidents,
// every command that was accepted is in the log exactly once under its desk, every refusal says which unit or
// incident it was about, the chain is one chain, the new incidents' numbers run without a gap, and every desk's
// board equals the store. On SQLite (one file) and, in the suite's second run, on the server.
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <map>
#include <memory>
#include <tuple>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr int kDesks = 6;
constexpr int kCommands = 60;

/// Reads the worker's lines until one has `key` (or the worker ends); every line read is kept.
bool readUntil(QProcess& p, const QString& key, QList<QJsonObject>& lines)
{
    for (;;) {
        while (p.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
            lines.append(o);
            if (o.contains(key))
                return true;
            if (o.contains(QStringLiteral("failed")))
                return false;
        }
        if (!p.waitForReadyRead(120000))
            return false;
    }
}


} // namespace

TEST_CASE("many desks at once on the same units and incidents: the store decides every race, nothing doubled or lost",
          "[conflict][desks]")
{
    TestStore s;
    DispatchService& here = s.service();
    QList<qint64> incidents;
    for (const char* said : {"两伙人在夜市斗殴", "商场内手机被盗", "邻居吵架，声音很大", "有人砸车"})
        incidents << takeCall(here, QString::fromUtf8(said));
    QList<qint64> units;
    for (qint64 id : here.board().unitIds()) {
        const Unit* u = here.board().unit(id);
        if (u->isAvailable() && u->type != QLatin1String("mediator") && units.size() < 5)
            units << id;
    }
    REQUIRE(units.size() == 5);
    const qint64 before = EventLog::lastSeq(s.db().connection());

    std::vector<std::unique_ptr<QProcess>> desks;
    std::vector<QList<QJsonObject>> said(kDesks);
    for (int i = 0; i < kDesks; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(DESK_WORKER_PATH),
                 {QStringLiteral("hammer"), QStringLiteral("--db"), s.path(), QStringLiteral("--desk"),
                  QStringLiteral("desk-%1").arg(i + 1), QStringLiteral("--seed"), QString::number(17 + i),
                  QStringLiteral("--commands"), QString::number(kCommands), QStringLiteral("--units"), joinedIds(units),
                  QStringLiteral("--incidents"), joinedIds(incidents)});
        REQUIRE(p->waitForStarted());
        desks.push_back(std::move(p));
    }
    for (int i = 0; i < kDesks; ++i) {
        INFO("desk " << i + 1 << ": " << QString::fromUtf8(desks[i]->readAllStandardError()).toStdString());
        REQUIRE(readUntil(*desks[i], QStringLiteral("ready"), said[i]));
    }
    for (auto& p : desks)
        p->write("go\n");
    for (int i = 0; i < kDesks; ++i) {
        const bool done = readUntil(*desks[i], QStringLiteral("done"), said[i]);
        INFO("desk " << i + 1 << ": " << QJsonDocument(said[i].value(said[i].size() - 1)).toJson().toStdString()
                     << QString::fromUtf8(desks[i]->readAllStandardError()).toStdString());
        REQUIRE(done);
    }
    // Every desk has finished: each reads what the others did and compares its board with the store's.
    for (auto& p : desks)
        p->write("check\n");
    for (int i = 0; i < kDesks; ++i) {
        REQUIRE(readUntil(*desks[i], QStringLiteral("board"), said[i]));
        const QJsonObject verdict = said[i].last();
        INFO("desk " << i + 1 << ": " << QJsonDocument(verdict).toJson().toStdString());
        CHECK(verdict.value(QStringLiteral("board")).toString() == QLatin1String("equal"));
        REQUIRE(desks[i]->waitForFinished(60000));
        CHECK(desks[i]->exitCode() == 0);
    }

    // What each desk was told, against what the log holds under its name.
    using Key = std::tuple<QString, QString, qint64>; // desk, what, unit
    std::map<Key, int> accepted, logged;
    int refused = 0, refusedCancels = 0, calls = 0;
    for (int i = 0; i < kDesks; ++i) {
        const QString desk = QStringLiteral("desk-%1").arg(i + 1);
        for (const QJsonObject& o : said[i]) {
            const QString op = o.value(QStringLiteral("op")).toString();
            if (op.isEmpty())
                continue;
            const qint64 unit = o.value(QStringLiteral("unit")).toInteger();
            if (!o.value(QStringLiteral("ok")).toBool()) {
                ++refused;
                if (op == QLatin1String("cancel"))
                    ++refusedCancels;
                // Every refusal says what it was about: the unit's call sign or the incident's number.
                const QString why = o.value(QStringLiteral("error")).toString();
                // A refused step may name no incident (or one this desk has not read): nothing to dereference then.
                const Unit* named = unit ? here.board().unit(unit) : nullptr;
                const QString callsign = named ? named->callsign : QString();
                const ReadOne<Incident> incident = here.findIncident(o.value(QStringLiteral("incident")).toInteger());
                const QString number = incident ? incident->number : QString();
                INFO(desk.toStdString() << " " << op.toStdString() << ": " << why.toStdString());
                CHECK(((!callsign.isEmpty() && why.contains(callsign)) || (!number.isEmpty() && why.contains(number))));
                // An incident another desk cancelled first: the sentence says which desk.
                if (op == QLatin1String("cancel")
                    && (why.contains(QStringLiteral("already")) || why.contains(QStringLiteral("since this screen"))))
                    CHECK(why.contains(QRegularExpression(QStringLiteral("desk desk-\\d"))));
                continue;
            }
            if (op == QLatin1String("call"))
                ++calls;
            const QString what = op == QLatin1String("reassign") ? QStringLiteral("dispatch") : op;
            ++accepted[{desk, what, unit}];
        }
    }
    for (const EventRecord& e : EventLog::range(s.db().connection(), before + 1, 100000)) {
        const QJsonObject p = e.payloadObject();
        const qint64 unit = p.value(QStringLiteral("unit_id")).toInteger();
        if (e.kind == QLatin1String("incident.unit_dispatched"))
            ++logged[{e.desk, QStringLiteral("dispatch"), unit}];
        else if (e.kind == QLatin1String("incident.unit_step"))
            ++logged[{e.desk, QStringLiteral("step"), unit}];
        else if (e.kind == QLatin1String("incident.unit_released")
                 && p.value(QStringLiteral("release")).toString() != QLatin1String("reassigned"))
            ++logged[{e.desk, QStringLiteral("clear"), unit}];
        else if (e.kind == QLatin1String("incident.created"))
            ++logged[{e.desk, QStringLiteral("call"), 0}];
        else if (e.kind == QLatin1String("incident.state_changed")
                 && p.value(QStringLiteral("to")).toString() == QLatin1String("cancelled"))
            ++logged[{e.desk, QStringLiteral("cancel"), 0}];
    }
    CHECK(accepted == logged);
    // The races were real: desks were refused, and still most commands went through.
    CHECK(refused > 0);
    CHECK(refusedCancels > 0);
    CHECK(accepted.size() > 10);

    // No unit on two incidents, and each unit's row says the incident its one open assignment is on.
    const QSqlDatabase& db = s.db().connection();
    CHECK(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT unit_id FROM assignments WHERE released_at IS NULL"
                                         " GROUP BY unit_id HAVING COUNT(*) > 1) AS twice"))
              .toLongLong() == 0);
    CHECK(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM units u LEFT JOIN assignments a ON a.unit_id = u.id"
                                         " AND a.released_at IS NULL"
                                         " WHERE COALESCE(u.incident_id, 0) <> COALESCE(a.incident_id, 0)"))
              .toLongLong() == 0);
    // The new calls' numbers: one each, none missing in between.
    QStringList numbers;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT number FROM incidents ORDER BY id")); q.next();)
        numbers << q.value(0).toString();
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == numbers.size());
    CHECK(numbers.size() == incidents.size() + calls);
    QMap<QString, QList<int>> perDay;
    for (const QString& n : numbers)
        perDay[n.section(QLatin1Char('-'), 0, 0)] << n.section(QLatin1Char('-'), 1).toInt();
    for (auto day = perDay.cbegin(); day != perDay.cend(); ++day) {
        QList<int> seq = day.value();
        std::sort(seq.begin(), seq.end());
        INFO("day " << day.key().toStdString());
        CHECK(seq.first() == 1);
        CHECK(seq.last() == seq.size());
    }
    CHECK(EventLog::verify(db).ok);
}
