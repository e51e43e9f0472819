// SPDX-License-Identifier: GPL-3.0-or-later
// The writes a transaction holds back on a server (ServerPipeline.h): answered with the next statement, in order,
// with the commit otherwise; a failing one fails that statement or the commit and nothing of the transaction stays.
// A command's transaction sends them ahead, its opening at once (the server at work while the desk makes the next);
// a batch's step holds them, and a rolled-back step's are never sent. On SQLite they are written at once.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/Database.h"
#include "store/EventLog.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QElapsedTimer>

using namespace dispatch;
using namespace dispatch::test;

namespace {

qint64 count(Database& db, const QString& where = QStringLiteral("TRUE"))
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM held_back WHERE ") + where).toLongLong();
}

void makeTable(Database& db)
{
    sql::run(db.connection(), QStringLiteral("CREATE TABLE held_back (n BIGINT PRIMARY KEY, note TEXT NOT NULL, "
                                             "x DOUBLE PRECISION)"));
}

const QString kInsert = QStringLiteral("INSERT INTO held_back(n, note, x) VALUES (?, ?, ?)");

/// What another connection's count says once the server has worked through what was sent to it (it does so on its
/// own time: asked again until it agrees, for a few seconds at most).
qint64 settledCount(const QSqlDatabase& other, const QString& statement, qint64 expected)
{
    QElapsedTimer waited;
    waited.start();
    qint64 n = sql::scalar(other, statement).toLongLong();
    while (n != expected && waited.elapsed() < 5000)
        n = sql::scalar(other, statement).toLongLong();
    return n;
}

/// An empty store with a table of its own to write.
struct Scratch
{
    Scratch() { makeTable(s.db()); }
    TestStore s{TestStore::Empty};
    const QSqlDatabase& c = s.db().connection();
};

} // namespace

TEST_CASE_METHOD(Scratch, "server: held-back writes go ahead of the next statement, in the order written, values as bound",
          "[server][.]")
{
    REQUIRE(s.db().isServer());
    {
        Transaction tx(s.db());
        REQUIRE(sql::defers(c));
        // The transaction's own first statements are held as well (BEGIN, the write lock, what it reads under it).
        const qsizetype opening = sql::deferredCount(c);
        CHECK(opening == 3);
        sql::defer(c, kInsert, {1, QStringLiteral("邻居吵架?"), 22.781000000000002});
        sql::defer(c, QStringLiteral("UPDATE held_back SET note = note || ' (why?)' || ? WHERE n = ?"),
                   {QStringLiteral("!"), 1});
        sql::defer(c, kInsert, {2, QString(), QVariant()}); // a null text binds as NULL, as on the QPSQL path
        CHECK(sql::deferredCount(c) == opening + 3);
        // Not sent yet: the next statement sends them first, and sees them.
        CHECK_THROWS_WITH(count(s.db()), Catch::Contains("null value in column \"note\"")
                                             && Catch::Contains("INSERT INTO held_back"));
    }
    CHECK_FALSE(sql::defers(c));
    CHECK(sql::deferredCount(c) == 0);
    CHECK(count(s.db()) == 0); // the failed transaction left nothing

    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {1, QStringLiteral("邻居吵架?"), 22.781000000000002});
        sql::defer(c, QStringLiteral("UPDATE held_back SET note = note || ' (why?)' || ? WHERE n = ?"),
                   {QStringLiteral("!"), 1});
        CHECK(count(s.db()) == 1);
        CHECK(sql::deferredCount(c) == 0);
        sql::defer(c, kInsert, {2, QStringLiteral(""), QVariant(QMetaType::fromType<double>())});
        tx.commit(); // with the commit
    }
    CHECK(sql::scalar(c, QStringLiteral("SELECT note FROM held_back WHERE n = 1")).toString()
          == QStringLiteral("邻居吵架? (why?)!"));
    CHECK(sql::scalar(c, QStringLiteral("SELECT x FROM held_back WHERE n = 1")).toDouble() == 22.781000000000002);
    CHECK(count(s.db(), QStringLiteral("n = 2 AND note = '' AND x IS NULL")) == 1);
}

TEST_CASE_METHOD(Scratch, "server: a held-back write the server refuses fails the commit, names its statement, and leaves nothing",
          "[server][.]")
{
    REQUIRE(s.db().isServer());
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {7, QStringLiteral("first"), 1.5});
        sql::defer(c, kInsert, {7, QStringLiteral("again"), 2.5}); // the same key
        try {
            tx.commit();
            FAIL("the commit passed");
        } catch (const DispatchError& e) {
            CHECK(e.error().message.contains(QStringLiteral("duplicate key")));
            CHECK(e.error().message.contains(QStringLiteral("INSERT INTO held_back")));
        }
    }
    CHECK(count(s.db()) == 0);
    // The connection goes on: the next transaction writes.
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {7, QStringLiteral("now"), 1.0});
        tx.commit();
    }
    CHECK(count(s.db()) == 1);
}

TEST_CASE_METHOD(Scratch, "server: a transaction rolled back never sends what it held back", "[server][.]")
{
    REQUIRE(s.db().isServer());
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {1, QStringLiteral("dropped"), 0.0});
    }
    CHECK(sql::deferredCount(c) == 0);
    CHECK(count(s.db()) == 0);

    // Inside a batch: a failed step's writes go, the earlier steps' stay.
    s.db().beginBatch();
    {
        Transaction step(s.db());
        sql::defer(c, kInsert, {1, QStringLiteral("kept"), 0.0});
        step.commit();
    }
    {
        Transaction step(s.db());
        sql::defer(c, kInsert, {2, QStringLiteral("undone"), 0.0});
    }
    {
        Transaction step(s.db());
        sql::defer(c, kInsert, {3, QStringLiteral("kept too"), 0.0});
        step.commit();
    }
    s.db().commitBatch();
    CHECK(count(s.db()) == 2);
    CHECK(count(s.db(), QStringLiteral("n = 2")) == 0);
}

TEST_CASE_METHOD(Scratch, "server: a command's writes go ahead of their answers, under its lock, and are answered "
                          "with the next statement asked", "[server][.]")
{
    REQUIRE(s.db().isServer());
    auto other = Database::open(s.path(), Database::Mode::OpenExisting); // another desk on the same store
    REQUIRE(other.ok());
    const QSqlDatabase& o = (*other)->connection();
    const QString lockHeld = QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                            "AND pid <> pg_backend_pid()");
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL");
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {1, QStringLiteral("ahead"), 0.0});
        // Nothing was asked, nothing answered: yet the server began the transaction and took the write lock; the row,
        // sent with the next round trip, the other desk cannot see before the commit.
        CHECK(sql::deferredCount(c) == 4); // BEGIN, the lock, the version with the last link, the row
        CHECK(settledCount(o, lockHeld, 1) == 1);
        CHECK(sql::scalar(o, waiting).toLongLong() == 1);
        CHECK(sql::scalar(o, QStringLiteral("SELECT count(*) FROM held_back")).toLongLong() == 0);
        CHECK(count(s.db()) == 1); // the next statement reads their answers, and sees the row
        CHECK(sql::deferredCount(c) == 0);
        tx.commit();
    }
    CHECK(sql::scalar(o, lockHeld).toLongLong() == 0);
    CHECK(sql::scalar(o, QStringLiteral("SELECT count(*) FROM held_back")).toLongLong() == 1);

    // A command refused before it asked anything: what went ahead is answered and rolled back, the lock let go, and
    // the connection serves the next command as ever.
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {2, QStringLiteral("refused"), 0.0});
        CHECK(settledCount(o, lockHeld, 1) == 1);
    }
    CHECK_FALSE(sql::defers(c));
    CHECK(sql::deferredCount(c) == 0);
    CHECK(sql::scalar(o, lockHeld).toLongLong() == 0);
    CHECK(sql::scalar(o, waiting).toLongLong() == 0);
    CHECK(count(s.db()) == 1);

    // One that failed on the server before it was refused: rolled back as well, nothing of it stays.
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {3, QString(), 0.0});
        sql::defer(c, kInsert, {4, QStringLiteral("after the failure"), 0.0});
    }
    CHECK(sql::scalar(o, lockHeld).toLongLong() == 0);
    CHECK(count(s.db()) == 1);
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {5, QStringLiteral("next"), 0.0});
        tx.commit();
    }
    CHECK(count(s.db()) == 2);
}

TEST_CASE_METHOD(Scratch, "server: a command's opening goes to the server at once, a write after it when sent for or "
                          "with the next round trip", "[server][.]")
{
    REQUIRE(s.db().isServer());
    auto other = Database::open(s.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    const QSqlDatabase& o = (*other)->connection();
    const qint64 pid = sql::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    const QString lockHeld = QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                            "AND pid = %1").arg(pid);
    const QString insertReceived = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 "
                                                  "AND query LIKE 'INSERT INTO held_back%'").arg(pid);
    {
        Transaction tx(s.db());
        CHECK(settledCount(o, lockHeld, 1) == 1); // the transaction's opening left with Transaction's constructor
        sql::defer(c, kInsert, {1, QStringLiteral("buffered"), 0.0});
        CHECK(sql::scalar(o, insertReceived).toLongLong() == 0); // still in the connection's buffer
        sql::sendAheadNow(c);
        CHECK(settledCount(o, insertReceived, 1) == 1);
        // Sent, not answered: BEGIN, the lock, the version with the last link, the row.
        CHECK(sql::deferredCount(c) == 4);
        sql::sendAheadNow(c); // nothing more to send
        CHECK(sql::deferredCount(c) == 4);
        tx.commit();
    }
    CHECK(count(s.db()) == 1);
    {
        // Not sent for: the next round trip (here the commit) takes it.
        Transaction tx(s.db());
        sql::defer(c, kInsert, {2, QStringLiteral("with the commit"), 0.0});
        tx.commit();
    }
    CHECK(count(s.db(), QStringLiteral("note = 'with the commit'")) == 1);
}

TEST_CASE_METHOD(Scratch, "server: a batch's step holds its writes until the next statement, and a step rolled back "
                          "sent nothing", "[server][.]")
{
    REQUIRE(s.db().isServer());
    s.db().beginBatch();
    {
        Transaction step(s.db());
        sql::defer(c, kInsert, {1, QStringLiteral("held"), 0.0});
        CHECK(sql::holdsWrites(c.connectionName()));
    }
    {
        Transaction step(s.db());
        sql::defer(c, kInsert, {2, QStringLiteral("kept"), 0.0});
        step.commit();
    }
    s.db().commitBatch();
    CHECK(count(s.db()) == 1);
    CHECK(count(s.db(), QStringLiteral("n = 2")) == 1);
}

TEST_CASE_METHOD(Scratch, "server: a statement's answer asked ahead waits for the next statement, or is sent for",
                 "[server][.]")
{
    REQUIRE(s.db().isServer());
    const QString pid = QStringLiteral("SELECT pg_backend_pid()");
    {
        Transaction tx(s.db());
        CHECK(sql::deferredCount(c) == 3); // BEGIN, the lock, the data version with the last link
    }
    CHECK(sql::deferredCount(c) == 0);
    CHECK_FALSE(sql::defers(c));
    {
        Transaction tx(s.db());
        const std::shared_ptr<sql::ServerAnswer> answer = sql::deferAnswered(c, pid);
        CHECK(answer->isEmpty());
        sql::defer(c, kInsert, {1, QStringLiteral("with it"), 0.0});
        CHECK(count(s.db()) == 1); // the next statement reads what went ahead, the asked one included
        REQUIRE(answer->rowCount() == 1);
        CHECK(answer->value(0, 0) == sql::scalar(c, pid));
        const std::shared_ptr<sql::ServerAnswer> again = sql::deferAnswered(c, pid);
        CHECK(again->isEmpty());
        sql::sendDeferred(c); // or sent for
        CHECK(again->rowCount() == 1);
        tx.commit();
    }
    // Outside a write transaction it is asked at once.
    CHECK_FALSE(sql::deferAnswered(c, pid)->isEmpty());
}

TEST_CASE_METHOD(Scratch, "server: reads sent with the commit answer the statements that ask them next, as of the commit; "
                          "any other statement lets them go", "[server][.]")
{
    REQUIRE(s.db().isServer());
    const QString note = QStringLiteral("SELECT note FROM held_back WHERE n = ?");
    auto other = Database::open(s.path(), Database::Mode::OpenExisting); // another desk on the same store
    REQUIRE(other.ok());
    const auto commitWithReads = [&](const QString& text) {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {1, text, 0.0});
        tx.commitReadingVersion({{note, {1}}, {note, {2}}});
        sql::run((*other)->connection(), QStringLiteral("UPDATE held_back SET note = 'changed' WHERE n = 1"));
    };

    commitWithReads(QStringLiteral("as committed"));
    // Answered with the commit, not read again: the other desk's later change is the change feed's to bring.
    CHECK(sql::scalar(c, note, {1}).toString() == QStringLiteral("as committed"));
    CHECK_FALSE(sql::scalar(c, note, {2}).isValid()); // no such row, answered with the commit too
    CHECK(sql::scalar(c, note, {1}).toString() == QStringLiteral("changed")); // taken once: now from the server

    sql::run(c, QStringLiteral("DELETE FROM held_back"));
    commitWithReads(QStringLiteral("again"));
    CHECK(count(s.db()) == 1); // another statement first: the kept answers are let go …
    CHECK(sql::scalar(c, note, {1}).toString() == QStringLiteral("changed")); // … and the read goes to the server

    // A read sent after the commit that fails fails nothing: the commit is through.
    {
        Transaction tx(s.db());
        sql::defer(c, kInsert, {2, QStringLiteral("kept"), 0.0});
        CHECK_NOTHROW(tx.commitReadingVersion({{QStringLiteral("SELECT nothing FROM held_back"), {}}}));
    }
    CHECK(count(s.db()) == 2);
}

TEST_CASE("server: a transaction begins with the data version and the log's last link read under the write lock",
          "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    const EventLog::Link last = EventLog::last(s.db().connection());
    REQUIRE(last.seq > 0);
    const qint64 version = s.db().dataVersion();
    Transaction tx(s.db());
    REQUIRE(tx.chainHeadAtStart());
    CHECK(tx.chainHeadAtStart()->seq == last.seq);
    CHECK(tx.chainHeadAtStart()->hash == last.hash);
    CHECK(tx.versionAtStart() == version);
}

TEST_CASE_METHOD(Scratch, "on SQLite a held-back write is written at once", "[store][sql][sqlite]")
{
    Transaction tx(s.db());
    CHECK_FALSE(sql::defers(c));
    sql::defer(c, kInsert, {1, QStringLiteral("at once"), 0.0});
    CHECK(sql::deferredCount(c) == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM held_back")).toLongLong() == 1);
    CHECK_FALSE(tx.chainHeadAtStart());
}

TEST_CASE_METHOD(Scratch, "server: reads sent ahead together answer the statements that ask them next, in one round "
                          "trip", "[server][.]")
{
    REQUIRE(s.db().isServer());
    const QString note = QStringLiteral("SELECT note FROM held_back WHERE n = ?");
    sql::run(c, kInsert, {1, QStringLiteral("one"), 0.0});
    sql::run(c, kInsert, {2, QStringLiteral("two"), 0.0});
    const qint64 before = sql::roundTrips(c);
    sql::readAhead(c, {{note, {1}}, {note, {2}}, {note, {3}}});
    CHECK(sql::roundTrips(c) == before + 1);
    CHECK(sql::scalar(c, note, {2}).toString() == QStringLiteral("two")); // in any order
    CHECK(sql::scalar(c, note, {1}).toString() == QStringLiteral("one"));
    CHECK_FALSE(sql::scalar(c, note, {3}).isValid());
    CHECK(sql::roundTrips(c) == before + 1);
    // A read not among them goes to the server, and lets the rest go.
    sql::readAhead(c, {{note, {1}}, {note, {2}}});
    CHECK(sql::scalar(c, note, {3}).isNull());
    CHECK(sql::roundTrips(c) == before + 3);
    CHECK(sql::scalar(c, note, {1}).toString() == QStringLiteral("one"));
    CHECK(sql::roundTrips(c) == before + 4);
}

TEST_CASE_METHOD(Scratch, "server: a transaction on an empty log begins at the chain's start", "[server][.]")
{
    REQUIRE(s.db().isServer());
    REQUIRE(EventLog::last(c).seq == 0);
    Transaction tx(s.db());
    REQUIRE(tx.chainHeadAtStart());
    CHECK(tx.chainHeadAtStart()->seq == 0);
    CHECK(tx.chainHeadAtStart()->hash == EventLog::genesisHash());
    CHECK(tx.versionAtStart() == s.db().dataVersion());
}

TEST_CASE_METHOD(Scratch, "server: a read marked for its generic plan is never planned for its values, and the session's "
                          "plan mode comes back after it, also when the pipeline fails", "[server][.]")
{
    REQUIRE(s.db().isServer());
    const QString mode = QStringLiteral("SELECT current_setting('plan_cache_mode')");
    auto generic = [](const QString& statement, const QVariantList& binds = {}) {
        sql::PipelineStep step{statement, binds};
        step.genericPlan = true;
        return step;
    };
    const QString byNumber = QStringLiteral("SELECT count(*) FROM held_back WHERE n >= ?");
    const QString byNote = QStringLiteral("SELECT count(*) FROM held_back WHERE note = ?");
    const QList<sql::ServerAnswer> answers =
        sql::pipeline(c, {generic(mode), {mode, {}}, generic(byNumber, {1}), generic(byNumber, {2}),
                          generic(byNumber, {3}), {byNote, {QStringLiteral("a")}}, {byNote, {QStringLiteral("b")}}});
    CHECK(answers.at(0).text(0, 0) == "force_generic_plan");
    CHECK(answers.at(1).text(0, 0) == "auto");
    CHECK(sql::scalar(c, mode).toString() == QStringLiteral("auto"));
    // What the server did with each prepared statement: the marked one only ever ran its generic plan; the other was
    // planned for its values (as the server does for a statement's first runs).
    auto plans = [&](const QString& like) {
        sql::Query q = sql::run(c, QStringLiteral("SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                                  "WHERE statement LIKE ?"),
                                {like});
        REQUIRE(q.next());
        return std::pair{q.integer(0), q.integer(1)};
    };
    CHECK(plans(QStringLiteral("%WHERE n >= $1")) == std::pair<qint64, qint64>{3, 0});
    CHECK(plans(QStringLiteral("%WHERE note = $1")) == std::pair<qint64, qint64>{0, 2});

    // Cut short by an error after the switch: the RESET never runs, and the mode is back all the same.
    CHECK_THROWS_WITH(sql::pipeline(c, {generic(byNumber, {1}), generic(QStringLiteral("SELECT 1 / ?"), {0})}),
                      Catch::Contains("division by zero"));
    CHECK(sql::scalar(c, mode).toString() == QStringLiteral("auto"));
    {
        Transaction tx(s.db());
        CHECK_THROWS(sql::pipeline(c, {generic(byNumber, {1}), generic(QStringLiteral("SELECT 1 / ?"), {0})}));
    }
    CHECK(sql::scalar(c, mode).toString() == QStringLiteral("auto"));
}

TEST_CASE_METHOD(Scratch, "server: a statement sent ahead on its generic plan runs it, and the writes after it run in the "
                          "session's own mode", "[server][.]")
{
    REQUIRE(s.db().isServer());
    const QString mode = QStringLiteral("SELECT current_setting('plan_cache_mode')");
    const QString byNumber = QStringLiteral("SELECT count(*) FROM held_back WHERE n >= ?");
    std::shared_ptr<sql::ServerAnswer> generic, after;
    {
        Transaction tx(s.db());
        for (int n = 1; n <= 3; ++n)
            generic = sql::deferAnswered(c, byNumber, {n}, true);
        sql::defer(c, kInsert, {1, QStringLiteral("after it"), 0.0});
        after = sql::deferAnswered(c, mode);
        tx.commit();
    }
    REQUIRE(generic->rowCount() == 1);
    CHECK(generic->integer(0, 0) == 0);
    REQUIRE(after->rowCount() == 1);
    CHECK(after->text(0, 0) == "auto");
    CHECK(sql::scalar(c, mode).toString() == QStringLiteral("auto"));
    sql::Query q = sql::run(c, QStringLiteral("SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                              "WHERE statement LIKE '%WHERE n >= $1'"));
    REQUIRE(q.next());
    CHECK(q.integer(0) == 3);
    CHECK(q.integer(1) == 0);
}
