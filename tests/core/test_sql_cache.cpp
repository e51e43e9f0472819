// SPDX-License-Identifier: GPL-3.0-or-later
// The connections' cache of prepared statements (store/Sql.h).
#include "CatchQt.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QTemporaryDir>

using namespace dispatch;

namespace {

struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Scratch()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        sql::run(c(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        for (int i = 1; i <= 5; ++i)
            sql::run(c(), QStringLiteral("INSERT INTO t(id, v) VALUES (?, ?)"), {i, QStringLiteral("v%1").arg(i)});
    }
    const QSqlDatabase& c() const { return db->connection(); }
};

const QString kAll = QStringLiteral("SELECT id, v FROM t WHERE id >= ? ORDER BY id");

} // namespace

TEST_CASE("a statement run again comes from the cache, with the new values bound", "[store][sql]")
{
    Scratch s;
    const qsizetype before = sql::cachedStatements(s.c());
    {
        sql::Query q = sql::run(s.c(), kAll, {4});
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == QStringLiteral("v4"));
    }
    const qsizetype after = sql::cachedStatements(s.c());
    CHECK(after == before + 1);
    for (int from = 1; from <= 5; ++from) {
        sql::Query q = sql::run(s.c(), kAll, {from});
        int rows = 0;
        while (q.next())
            ++rows;
        CHECK(rows == 6 - from); // the old binds are not kept: one bind, one value
    }
    CHECK(sql::cachedStatements(s.c()) == after); // no statement prepared again
}

TEST_CASE("the same statement run while a caller still reads it gets a statement of its own", "[store][sql]")
{
    Scratch s;
    sql::Query outer = sql::run(s.c(), kAll, {1});
    QStringList seen;
    while (outer.next()) {
        seen << outer.value(1).toString();
        sql::Query inner = sql::run(s.c(), kAll, {outer.value(0).toInt()});
        REQUIRE(inner.next());
        CHECK(inner.value(0).toInt() == outer.value(0).toInt());
    }
    CHECK(seen == QStringList{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"),
                              QStringLiteral("v5")});
}

TEST_CASE("a statement read only in part leaves no lock behind once given back", "[store][sql]")
{
    Scratch s;
    {
        sql::Query q = sql::run(s.c(), kAll, {1});
        REQUIRE(q.next()); // one row of five, then given back
    }
    // A statement still stepping would hold the table: DROP TABLE would fail with "database table is locked".
    CHECK_NOTHROW(sql::run(s.c(), QStringLiteral("DROP TABLE t")));
    // The cached SELECT now names a table that is gone: it is prepared again and fails with SQLite's message.
    CHECK_THROWS_WITH(sql::run(s.c(), kAll, {1}), Catch::Contains("no such table"));
}

TEST_CASE("a moved statement is given back once, by its new owner", "[store][sql]")
{
    Scratch s;
    const qsizetype before = sql::cachedStatements(s.c());
    {
        sql::Query a = sql::run(s.c(), kAll, {2});
        sql::Query b = std::move(a);
        REQUIRE(b.next());
        CHECK(b.value(0).toInt() == 2);
    }
    CHECK(sql::cachedStatements(s.c()) == before + 1);
}

TEST_CASE("a closed connection's statements are forgotten", "[store][sql]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closed.sqlite"));
    QString name;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        name = (*db)->connection().connectionName();
        sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM meta"));
        CHECK(sql::cachedStatements((*db)->connection()) > 0);
    }
    // The store opens again on a new connection and works from fresh statements.
    auto again = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(again.ok());
    CHECK((*again)->connection().connectionName() != name);
    CHECK(sql::scalar((*again)->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0);
}
