// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Sql.h"
#include "store/StoreCheck.h"

#include <QSqlError>
#include <QSqlQuery>

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
