// SPDX-License-Identifier: GPL-3.0-or-later
// A centre's store on a PostgreSQL server: what only a server store does (its address, the schema written in one
// go, refusing a database that is not a store). Everything else a store does is the rest of the suite, which runs
// once more against the server (ctest's "core on server:" tests).
#include "CatchQt.h"
#include "TestServer.h"
#include "TestStore.h"

#include "store/Database.h"
#include "store/EventLog.h"
#include "store/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("a server address is told from a file path", "[server]")
{
    CHECK(Database::isServerAddress(QStringLiteral("postgresql://dispatch@db.centre/dispatch")));
    CHECK(Database::isServerAddress(QStringLiteral("postgres:///dispatch")));
    CHECK_FALSE(Database::isServerAddress(QStringLiteral("/var/lib/dispatch/dispatch.sqlite")));
    CHECK_FALSE(Database::isServerAddress(QStringLiteral("postgresql.sqlite")));

    // An address without a database is refused before any connection, naming the form it needs.
    auto none = Database::open(QStringLiteral("postgresql://dispatch@db.centre"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorString().contains(QStringLiteral("names no database")));
}

TEST_CASE("server: a new database becomes a store at the current schema; opened again it is the same store",
          "[server][.]")
{
    const QString uri = createServerDatabase();
    {
        auto db = Database::open(uri);
        REQUIRE(db.ok());
        CHECK((*db)->isServer());
        CHECK((*db)->wasCreated());
        CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
        CHECK((*db)->handle() == nullptr);
    }
    {
        auto again = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE(again.ok());
        CHECK_FALSE((*again)->wasCreated());
        CHECK((*again)->schemaVersion() == Database::kSchemaVersion);
        CHECK(EventLog::verify((*again)->connection()).ok);
    }
    dropServerDatabase(uri);
}

TEST_CASE("server: a database that holds something else is refused and left as it was", "[server][.]")
{
    const QString uri = createServerDatabase();
    {
        auto plain = Database::open(uri, Database::Mode::OpenExisting);
        REQUIRE_FALSE(plain.ok());
        CHECK(plain.errorString().contains(QStringLiteral("holds no store")));
    }
    {
        // Someone else's table: not a store, and nothing is written into it.
        auto db = Database::open(uri);
        REQUIRE(db.ok());
        sql::run((*db)->connection(), QStringLiteral("DROP TABLE meta CASCADE"));
        sql::run((*db)->connection(), QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    }
    auto other = Database::open(uri);
    REQUIRE_FALSE(other.ok());
    CHECK(other.errorString().contains(QStringLiteral("not a dispatcher store")));
    dropServerDatabase(uri);
}

TEST_CASE("server: the log refuses changes and an accepted handover is frozen, as on SQLite", "[server][.]")
{
    TestStore s;
    REQUIRE(s.db().isServer());
    const QSqlDatabase& c = s.db().connection();
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("UPDATE events SET kind = 'x' WHERE seq = 1")),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("DELETE FROM events WHERE seq = 1")), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql::run(c, QStringLiteral("TRUNCATE events CASCADE")), Catch::Contains("append-only"));
    CHECK(EventLog::verify(c).ok);
}
