// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/ChainKey.h"
#include "store/EventLog.h"
#include "store/Sql.h"
#include "store/StoreCheck.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace dispatch;
using namespace dispatch::test;

namespace {

/// A demo store with a few incidents, so that the log has events of several kinds.
struct LoggedStore
{
    TestStore store;
    qint64 lastSeq = 0;
    LoggedStore()
    {
        for (int n = 0; n < 3; ++n) {
            IncidentDraft d;
            d.summary = QStringLiteral("test %1").arg(n);
            d.category = QStringLiteral("assistance");
            d.priority = 3;
            REQUIRE(store.service().createIncident(d).ok());
            store.clock().advanceSecs(30);
        }
        store.db().connection(); // keep the connection
        lastSeq = EventLog::lastSeq(store.db().connection());
    }
    void tamper(const QString& sql)
    {
        // Someone with file access goes around the application: drops the guards, edits, closes.
        store.reopen();
        execRawSql(store.path(), QStringLiteral("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; ") + sql);
    }
    ChainReport verify() { return EventLog::verify(store.db().connection()); }
};

} // namespace

TEST_CASE("every change is in the log and the chain verifies", "[events]")
{
    LoggedStore s;
    const ChainReport r = s.verify();
    CHECK(r.ok);
    CHECK(r.events == s.lastSeq);
    const QList<EventRecord> all = EventLog::range(s.store.db().connection(), 1, 100000);
    REQUIRE(all.size() == s.lastSeq);
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all[i].seq == i + 1);
        CHECK(all[i].hash == EventLog::computeHash(all[i]));
        CHECK(all[i].prevHash == (i == 0 ? EventLog::genesisHash() : all[i - 1].hash));
    }
    const EventRecord& last = all.last();
    CHECK(last.kind == QStringLiteral("incident.created"));
    CHECK(last.username == QStringLiteral("dispatcher"));
    CHECK(last.desk == QStringLiteral("test-desk"));
    CHECK(last.userId > 0);
    CHECK(last.payloadObject().value(QStringLiteral("summary")).toString() == QStringLiteral("test 2"));
}

TEST_CASE("the application cannot update or delete events", "[events]")
{
    LoggedStore s;
    QSqlQuery q(s.store.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET payload = '{}' WHERE seq = 2")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM events WHERE seq = 2")));
    CHECK(s.verify().ok);
}

TEST_CASE("an edited event breaks the chain at that event", "[events][sqlite]")
{
    LoggedStore s;
    const qint64 target = s.lastSeq - 1;
    s.tamper(QStringLiteral("UPDATE events SET payload = replace(payload, 'test 1', 'test X') WHERE seq = %1").arg(target));
    const ChainReport r = s.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.brokenSeq == target);
    CHECK(r.reason.contains(QStringLiteral("altered")));
    CHECK(r.reason.contains(QStringLiteral("#%1").arg(target)));
}

TEST_CASE("an edit that also rewrites its own hash breaks the next link", "[events][sqlite]")
{
    LoggedStore s;
    const qint64 target = s.lastSeq - 1;
    s.tamper(QStringLiteral("UPDATE events SET username = 'someone', hash = '%1' WHERE seq = %2")
                 .arg(QString(64, u'f'))
                 .arg(target));
    const ChainReport r = s.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.brokenSeq == target); // its content no longer matches even the forged hash
}

TEST_CASE("a deleted event breaks the chain", "[events][sqlite]")
{
    LoggedStore s;
    s.tamper(QStringLiteral("DELETE FROM events WHERE seq = 5"));
    const ChainReport r = s.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.brokenSeq == 5);
    CHECK(r.reason.contains(QStringLiteral("missing")));
}

TEST_CASE("deleting the newest events is caught by the chain head", "[events][sqlite]")
{
    LoggedStore s;
    s.tamper(QStringLiteral("DELETE FROM events WHERE seq >= %1").arg(s.lastSeq - 1));
    const ChainReport r = s.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.reason.contains(QStringLiteral("removed")));
}

TEST_CASE("reordered events break the chain", "[events][sqlite]")
{
    LoggedStore s;
    const qint64 a = s.lastSeq - 2, b = s.lastSeq - 1;
    // Swap the two rows' contents (payload and hashes travel together) by moving seq numbers around.
    s.tamper(QStringLiteral("UPDATE events SET seq = -1 WHERE seq = %1; UPDATE events SET seq = %1 WHERE seq = %2; "
                            "UPDATE events SET seq = %2 WHERE seq = -1;")
                 .arg(a)
                 .arg(b));
    const ChainReport r = s.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.brokenSeq == a);
}

TEST_CASE("the store check reports integrity and chain together", "[events][sqlite]")
{
    LoggedStore s;
    CHECK(StoreCheckReport::run(s.store.db()).ok());
    s.tamper(QStringLiteral("UPDATE events SET at = at + 1 WHERE seq = 3"));
    const StoreCheckReport r = StoreCheckReport::run(s.store.db());
    CHECK(r.integrityOk);
    CHECK_FALSE(r.chain.ok);
    CHECK_FALSE(r.ok());
}

namespace {

/// A forger with write access to the file and forty lines of script: drops the guards, then rewrites the log from
/// event `from` on with `edit` applied to each event, recomputing every hash after it and the chain head, so that
/// the chain verifies again. `scheme` is the scheme the forger hashes with.
void rechain(const QSqlDatabase& c, qint64 from, const std::function<void(EventRecord&)>& edit,
             EventLog::HashScheme scheme = EventLog::HashScheme::V2)
{
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS events_no_update")));
    QList<EventRecord> all = EventLog::range(c, 1, 1000000);
    QString prev = from > 1 ? all[from - 2].hash : EventLog::genesisHash();
    for (qsizetype i = from - 1; i < all.size(); ++i) {
        EventRecord& e = all[i];
        edit(e);
        e.prevHash = prev;
        e.hash = EventLog::computeHash(e, scheme);
        prev = e.hash;
        sql::run(c, QStringLiteral("UPDATE events SET payload = ?, prev_hash = ?, hash = ?, desk = ? WHERE seq = ?"),
                 {QString::fromUtf8(e.payload), e.prevHash, e.hash, e.desk, e.seq});
    }
    EventLog::writeHead(c, all.last());
}

} // namespace

TEST_CASE("the hash covers each field on its own: a desk named %8 is not read as another field", "[events]")
{
    EventRecord a;
    a.seq = 7;
    a.atMs = 1000;
    a.username = QStringLiteral("dispatcher");
    a.desk = QStringLiteral("%8");
    a.kind = QStringLiteral("incident.created");
    a.entity = QStringLiteral("incident");
    a.entityId = 5;
    a.prevHash = EventLog::genesisHash();
    a.payload = "{}";
    EventRecord b = a;
    b.desk = QStringLiteral("5");
    // The old scheme substituted the desk's "%8" with the entity id: two different events, one hash.
    CHECK(EventLog::computeHash(a, EventLog::HashScheme::V1) == EventLog::computeHash(b, EventLog::HashScheme::V1));
    CHECK(EventLog::computeHash(a, EventLog::HashScheme::V2) != EventLog::computeHash(b, EventLog::HashScheme::V2));
    // Moving bytes from one field to the next changes the hash too.
    EventRecord c = a;
    c.username = QStringLiteral("dispatche");
    c.desk = QStringLiteral("r%8");
    CHECK(EventLog::computeHash(a, EventLog::HashScheme::V2) != EventLog::computeHash(c, EventLog::HashScheme::V2));
    CHECK(EventLog::computeHash(a).startsWith(QStringLiteral("2:")));
}

TEST_CASE("new events are hashed with scheme 2; a log of scheme 1 still verifies; scheme 1 after 2 is a rewrite",
          "[events][sqlite]")
{
    LoggedStore s;
    const QSqlDatabase& c = s.store.db().connection();
    for (const EventRecord& e : EventLog::range(c, 1, 100000))
        CHECK(e.hash.startsWith(QStringLiteral("2:")));
    // A store written before scheme 2 holds only scheme-1 hashes: it verifies as it always did.
    rechain(c, 1, [](EventRecord&) {}, EventLog::HashScheme::V1);
    CHECK(EventLog::range(c, 1, 1).first().hash.size() == 64);
    CHECK(s.verify().ok);
    // Events appended to it are of scheme 2, and the chain runs on.
    IncidentDraft d;
    d.summary = QStringLiteral("after the upgrade");
    d.category = QStringLiteral("assistance");
    d.priority = 3;
    REQUIRE(s.store.service().createIncident(d).ok());
    CHECK(s.verify().ok);
    CHECK(EventLog::range(c, EventLog::lastSeq(c), 1).first().hash.startsWith(QStringLiteral("2:")));
    // A forger who rewrites events with the old scheme after one of the new is caught at the first of them.
    LoggedStore t;
    rechain(t.store.db().connection(), 2, [](EventRecord& e) { e.desk = QStringLiteral("elsewhere"); },
            EventLog::HashScheme::V1);
    const ChainReport r = t.verify();
    CHECK_FALSE(r.ok);
    CHECK(r.brokenSeq == 2);
    CHECK(r.reason.contains(QStringLiteral("old scheme")));
}

TEST_CASE("an anchored head proves a rewritten or cut log even when its chain was recomputed", "[events][sqlite]")
{
    LoggedStore s;
    const QSqlDatabase& c = s.store.db().connection();
    QTemporaryDir dir;
    const QString anchorFile = dir.filePath(QStringLiteral("anchors.txt"));
    const QString line = EventLog::anchorLine(c, s.store.clock().nowMs());
    REQUIRE(line.startsWith(QString::number(s.lastSeq) + u' '));
    {
        QFile f(anchorFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("# anchors of the test store\n" + line.toUtf8() + '\n');
    }
    Result<QList<ChainAnchor>> anchors = EventLog::readAnchors(anchorFile);
    REQUIRE(anchors.ok());
    REQUIRE(anchors->size() == 1);
    CHECK(anchors->first().line == 2);
    CHECK(EventLog::verifyAnchors(c, *anchors).isEmpty());

    SECTION("rewritten: an edited payload and every hash after it recomputed")
    {
        rechain(c, 2, [](EventRecord& e) {
            if (e.seq == 2)
                e.payload = "{\"forged\":true}";
        });
        CHECK(s.verify().ok); // the chain alone cannot tell: it was recomputed
        const QStringList problems = EventLog::verifyAnchors(c, *anchors);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("rewritten")));
    }
    SECTION("cut: the newest events removed and the head rewritten")
    {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS events_no_delete")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        sql::run(c, QStringLiteral("DELETE FROM events WHERE seq > ?"), {s.lastSeq - 2});
        EventLog::writeHead(c, EventLog::range(c, s.lastSeq - 2, 1).first());
        CHECK(s.verify().ok);
        const QStringList problems = EventLog::verifyAnchors(c, *anchors);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("removed")));
    }
}

TEST_CASE("an anchor file with a line that is not an anchor is refused with its line", "[events]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("12 2:" + QByteArray(64, 'a') + " 2026-12-05T10:00:00Z\n\n12 not-a-hash\n");
    f.close();
    const Result<QList<ChainAnchor>> r = EventLog::readAnchors(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().where == path + QStringLiteral(":3"));
    CHECK_FALSE(EventLog::readAnchors(dir.filePath(QStringLiteral("missing.txt"))).ok());
}

TEST_CASE("with the centre's key the log is keyed: a chain recomputed without the key does not verify",
          "[events][sqlite][key]")
{
    LoggedStore s;
    const QSqlDatabase& c = s.store.db().connection();
    const ChainKey key{QByteArray(32, 'K'), s.lastSeq + 1};
    ChainKey::bind(c, key);
    const auto takeOne = [&](const QString& summary) {
        IncidentDraft d;
        d.summary = summary;
        d.category = QStringLiteral("assistance");
        d.priority = 3;
        return s.store.service().createIncident(d);
    };
    REQUIRE(takeOne(QStringLiteral("keyed")).ok());
    const QList<EventRecord> all = EventLog::range(c, 1, 100000);
    for (const EventRecord& e : all)
        CHECK(e.hash.startsWith(e.seq > s.lastSeq ? QStringLiteral("k2:") : QStringLiteral("2:")));
    ChainReport r = s.verify();
    CHECK(r.ok);
    CHECK(r.unverified == 0);

    // Without the key: the links are checked, the keyed contents are said to be unverified, and nothing is appended.
    ChainKey::bind(c, std::nullopt);
    r = s.verify();
    CHECK(r.ok);
    CHECK(r.unverified == all.size() - s.lastSeq);
    const auto refused = takeOne(QStringLiteral("without the key"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("keyed")));
    ChainKey::bind(c, key);

    SECTION("recomputed without the key, as scheme 2")
    {
        rechain(c, s.lastSeq + 1, [](EventRecord& e) { e.payload = "{\"forged\":true}"; });
        r = s.verify();
        CHECK_FALSE(r.ok);
        CHECK(r.brokenSeq == s.lastSeq + 1);
        CHECK(r.reason.contains(QStringLiteral("centre's key")));
    }
    SECTION("recomputed under another key")
    {
        rechain(c, s.lastSeq + 1, [](EventRecord& e) { e.payload = "{\"forged\":true}"; }, EventLog::HashScheme::V2);
        // (the forger's own keyed hashes)
        QSqlQuery q(c);
        QList<EventRecord> forged = EventLog::range(c, 1, 100000);
        QString prev = forged[s.lastSeq - 1].hash;
        for (qsizetype i = s.lastSeq; i < forged.size(); ++i) {
            forged[i].prevHash = prev;
            forged[i].hash = EventLog::computeHash(forged[i], EventLog::HashScheme::Keyed, QByteArray(32, 'F'));
            prev = forged[i].hash;
            sql::run(c, QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?"),
                     {forged[i].prevHash, forged[i].hash, forged[i].seq});
        }
        EventLog::writeHead(c, forged.last());
        r = s.verify();
        CHECK_FALSE(r.ok);
        CHECK(r.brokenSeq == s.lastSeq + 1);
        CHECK(r.reason.contains(QStringLiteral("altered")));
    }
    ChainKey::bind(c, std::nullopt);
}

TEST_CASE("an incident row changed, inserted or deleted without its event is named by the check", "[events][state]")
{
    LoggedStore s;
    const QSqlDatabase& c = s.store.db().connection();
    StoreCheckReport r = StoreCheckReport::run(s.store.db());
    CHECK(r.ok());
    CHECK(r.incidentsChecked >= 3);
    CHECK(r.stateProblems.isEmpty());

    const qint64 id = sql::scalar(c, QStringLiteral("SELECT max(id) FROM incidents")).toLongLong();
    const QString number = sql::scalar(c, QStringLiteral("SELECT number FROM incidents WHERE id = ?"), {id}).toString();
    sql::run(c, QStringLiteral("UPDATE incidents SET state = 'closed' WHERE id = ?"), {id});
    r = StoreCheckReport::run(s.store.db());
    CHECK_FALSE(r.ok());
    REQUIRE(r.stateProblems.size() == 1);
    CHECK(r.stateProblems[0].contains(number));
    CHECK(r.stateProblems[0].contains(QStringLiteral("\"closed\" in its row")));
    CHECK(r.chain.ok); // the log itself is intact: only the state went around it

    if (!s.store.db().isServer()) {
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE forged AS SELECT * FROM incidents WHERE id = %1").arg(id)));
        REQUIRE(q.exec(QStringLiteral("UPDATE forged SET id = id + 1000, number = 'FORGED-1'")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO incidents SELECT * FROM forged")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM incidents WHERE id = %1").arg(id - 1)));
        r = StoreCheckReport::run(s.store.db());
        CHECK(r.stateProblems.size() == 3);
        CHECK(r.stateProblems.join(u'\n').contains(QStringLiteral("FORGED-1 (id %1) has no incident.created event").arg(id + 1000)));
        CHECK(r.stateProblems.join(u'\n').contains(QStringLiteral("its row is gone")));
    }
}

TEST_CASE("a unit's assignment or a follow-up item changed, inserted or deleted without its event is named by the check",
          "[events][state]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const QSqlDatabase& c = s.db().connection();
    const qint64 incident = test::takeCall(svc, QStringLiteral("两车剐蹭后争吵"));
    const qint64 car = svc.board().unitByCallsign(QStringLiteral("城北01"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{car}}).ok());
    const Result<qint64> item = svc.openFollowUp(QStringLiteral("referral"), incident, QStringLiteral("城关镇综治办"),
                                                 {{QStringLiteral("direction"), QStringLiteral("down")},
                                                  {QStringLiteral("matter"), QStringLiteral("纠纷后续化解")}},
                                                 s.clock().nowMs() + 3600000);
    REQUIRE(item.ok());
    StoreCheckReport r = StoreCheckReport::run(s.db());
    CHECK(r.ok());
    CHECK(r.assignmentsChecked == 1);
    CHECK(r.followUpItemsChecked == 1);

    // A release written around the commands, then undone.
    sql::run(c, QStringLiteral("UPDATE assignments SET released_at = 1, release = 'cleared' WHERE unit_id = ?"), {car});
    r = StoreCheckReport::run(s.db());
    REQUIRE(r.stateProblems.size() == 1);
    CHECK(r.stateProblems[0].contains(QStringLiteral("城北01")));
    CHECK(r.stateProblems[0].contains(QStringLiteral("1 released assignment(s) but 0 release event(s)")));
    sql::run(c, QStringLiteral("UPDATE assignments SET released_at = NULL, release = NULL WHERE unit_id = ?"), {car});
    // A second assignment with no dispatch event.
    sql::run(c, QStringLiteral("INSERT INTO assignments(incident_id, unit_id, dispatched_at, sign_for_deadline, released_at, "
                               "release) VALUES (?, ?, 1, 2, 3, 'cleared')"),
             {incident, car});
    r = StoreCheckReport::run(s.db());
    REQUIRE(r.stateProblems.size() == 1);
    CHECK(r.stateProblems[0].contains(QStringLiteral("2 assignment row(s) but 1 dispatch event(s)")));
    sql::run(c, QStringLiteral("DELETE FROM assignments WHERE dispatched_at = 1"));

    // The referral closed in its row only; a forged item; the item's row deleted.
    sql::run(c, QStringLiteral("UPDATE follow_up_items SET closed_at = 5, outcome = 'reported', result = 'x' WHERE id = ?"), {*item});
    r = StoreCheckReport::run(s.db());
    REQUIRE(r.stateProblems.size() == 1);
    CHECK(r.stateProblems[0] == QStringLiteral("referral %1 is closed in its row, but the log never closed it: the row was "
                                               "changed without its event").arg(*item));
    sql::run(c, QStringLiteral("INSERT INTO follow_up_items(id, kind, incident_id, assignee, opened_at, deadline_at) "
                               "VALUES (?, 'referral', ?, 'x', 1, 2)"),
             {*item + 100, incident});
    sql::run(c, QStringLiteral("DELETE FROM follow_up_items WHERE id = ?"), {*item});
    r = StoreCheckReport::run(s.db());
    const QString said = r.stateProblems.join(u'\n');
    CHECK(r.stateProblems.size() == 2);
    CHECK(said.contains(QStringLiteral("referral %1 has no followup.opened event").arg(*item + 100)));
    CHECK(said.contains(QStringLiteral("referral %1 is in the log but its row is gone").arg(*item)));
    CHECK(r.chain.ok);
}
