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

TEST_CASE("a statement run again comes from the cache, with the new values bound", "[store][sql][sqlite]")
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

TEST_CASE("the same statement run while a caller still reads it gets a statement of its own", "[store][sql][sqlite]")
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

TEST_CASE("a statement read only in part leaves no lock behind once given back", "[store][sql][sqlite]")
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

TEST_CASE("a moved statement is given back once, by its new owner", "[store][sql][sqlite]")
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

TEST_CASE("a closed connection's statements are forgotten", "[store][sql][sqlite]")
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

TEST_CASE("values read and bound as the QSQLITE driver does, so either path stores and reads the same", "[store][sql][sqlite]")
{
    Scratch s;
    sql::run(s.c(), QStringLiteral("CREATE TABLE kinds (i INTEGER, r REAL, t TEXT, b BLOB, n TEXT, flag INTEGER, "
                                   "none_id INTEGER, none_real REAL, empty TEXT)"));
    const QVariantList values{qint64(1) << 40, 2.5, QStringLiteral("城北 ok"), QByteArray("\x00\x01z", 3), QString(), true,
                              sql::idOrNull(0), sql::doubleOrNull(std::nullopt), sql::text(QString())};
    const QString insert = QStringLiteral("INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::run(s.c(), insert, values);
    {
        // The same values through the driver: stored alike, type by type.
        QSqlQuery viaDriver(s.c());
        REQUIRE(viaDriver.prepare(insert));
        for (const QVariant& v : values)
            viaDriver.addBindValue(v);
        REQUIRE(viaDriver.exec());
        const QString types = QStringLiteral("SELECT typeof(i) || typeof(r) || typeof(t) || typeof(b) || typeof(n) || "
                                             "typeof(flag) || typeof(none_id) || typeof(none_real) || typeof(empty) "
                                             "FROM kinds ORDER BY rowid");
        sql::Query rows = sql::run(s.c(), types);
        REQUIRE(rows.next());
        const QString ours = rows.value(0).toString();
        REQUIRE(rows.next());
        CHECK(ours == rows.value(0).toString());
        CHECK(ours == QStringLiteral("integerrealtextblobnullintegernullnulltext"));
        sql::run(s.c(), QStringLiteral("DELETE FROM kinds WHERE rowid > 1"));
    }
    const QString select = QStringLiteral("SELECT i, r, t, b, n, flag, none_id, none_real, empty, typeof(flag), typeof(n) "
                                          "FROM kinds");
    sql::Query ours = sql::run(s.c(), select);
    QSqlQuery driver(s.c());
    REQUIRE(driver.exec(select));
    REQUIRE(ours.next());
    REQUIRE(driver.next());
    for (int col = 0; col < 11; ++col) {
        INFO("column " << col);
        CHECK(ours.value(col).metaType() == driver.value(col).metaType());
        CHECK(ours.value(col).isNull() == driver.value(col).isNull());
        CHECK(ours.value(col).isValid() == driver.value(col).isValid());
        CHECK(ours.value(col) == driver.value(col));
        CHECK(ours.isNull(col) == driver.isNull(col));
    }
    CHECK(ours.value(0).toLongLong() == qint64(1) << 40);
    CHECK(ours.value(2).toString() == QStringLiteral("城北 ok"));
    CHECK(ours.value(3).toByteArray() == QByteArray("\x00\x01z", 3));
    CHECK(ours.value(4).isNull()); // a null QString binds as NULL
    CHECK(ours.value(9).toString() == QStringLiteral("integer")); // a bool binds as 1
    CHECK(ours.value(8).toString().isEmpty());
    CHECK_FALSE(ours.value(8).isNull()); // sql::text: '' rather than NULL
    CHECK(ours.record().count() == 11);
    CHECK(ours.record().fieldName(1) == QStringLiteral("r"));
    CHECK_FALSE(ours.next());
    CHECK_FALSE(ours.isValid());
    CHECK_FALSE(ours.value(0).isValid()); // not on a row
}

TEST_CASE("text bound by the typed path is stored as the driver stores it, and stays bound across runs and moves",
          "[store][sql][sqlite]")
{
    Scratch s;
    const QString words = QStringLiteral("城北派出所 · 110 🚓 ok");
    // A held statement (a bulk insert): the text bound once, only the id changes from one run to the next.
    sql::Query held = sql::prepare(s.c(), QStringLiteral("INSERT INTO t(id, v) VALUES (?, ?)"));
    held.bindInteger(0, 10);
    held.bindText(1, words);
    sql::exec(held);
    sql::Query moved = std::move(held);
    moved.bindInteger(0, 11);
    sql::exec(moved);
    moved.bindInteger(0, 12);
    moved.bindText(1, QString()); // a null string binds as ''
    sql::exec(moved);
    QSqlQuery viaDriver(s.c());
    REQUIRE(viaDriver.prepare(QStringLiteral("INSERT INTO t(id, v) VALUES (13, ?)")));
    viaDriver.addBindValue(words);
    REQUIRE(viaDriver.exec());
    sql::run(s.c(), QStringLiteral("INSERT INTO t(id, v) VALUES (14, ?)"), {words}); // the QVariant path
    sql::Query rows = sql::run(s.c(), QStringLiteral("SELECT id, v, hex(v), typeof(v) FROM t WHERE id >= 10 ORDER BY id"));
    QStringList hex;
    while (rows.next()) {
        INFO("row " << rows.value(0).toLongLong());
        CHECK(rows.value(3).toString() == QStringLiteral("text"));
        CHECK(rows.value(1).toString() == (rows.value(0).toLongLong() == 12 ? QString() : words));
        hex << rows.value(2).toString();
    }
    REQUIRE(hex.size() == 5);
    CHECK(hex.at(0) == QString::fromLatin1(words.toUtf8().toHex().toUpper()));
    CHECK(hex.at(1) == hex.at(0));
    CHECK(hex.at(3) == hex.at(0)); // the driver's bytes
    CHECK(hex.at(4) == hex.at(0));
}

TEST_CASE("a statement tells its rows changed and the rowid it inserted", "[store][sql][sqlite]")
{
    Scratch s;
    sql::Query insert = sql::run(s.c(), QStringLiteral("INSERT INTO t(v) VALUES (?)"), {QStringLiteral("v6")});
    CHECK(insert.lastInsertId().toLongLong() == 6);
    CHECK(insert.numRowsAffected() == 1);
    sql::Query update = sql::run(s.c(), QStringLiteral("UPDATE t SET v = v || '!' WHERE id > ?"), {3});
    CHECK(update.numRowsAffected() == 3);
    sql::Query returning = sql::run(s.c(), QStringLiteral("UPDATE t SET v = ? WHERE id <= ? RETURNING id"),
                                    {QStringLiteral("x"), 2});
    QList<qint64> ids;
    while (returning.next())
        ids << returning.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QList<qint64>{1, 2});
    CHECK(sql::scalar(s.c(), QStringLiteral("SELECT count(*) FROM t WHERE v = 'x'")).toInt() == 2);
}

TEST_CASE("a statement given the wrong number of values, or failing on a later row, throws with the statement", "[store][sql][sqlite]")
{
    Scratch s;
    CHECK_THROWS_WITH(sql::run(s.c(), kAll, {1, 2}), Catch::Contains("2 values bound for 1 parameters")
                                                         && Catch::Contains("SELECT id, v FROM t"));
    CHECK_THROWS_WITH(sql::run(s.c(), kAll), Catch::Contains("0 values bound for 1 parameters"));
    // abs() of the smallest integer overflows: rows 1 and 2 read, row 3 fails while stepping.
    sql::Query q = sql::run(s.c(), QStringLiteral("SELECT id, CASE WHEN id = 3 THEN abs(-9223372036854775807 - 1) "
                                                  "ELSE 0 END FROM t ORDER BY id"));
    REQUIRE(q.next());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK_THROWS_WITH(q.next(), Catch::Contains("integer overflow"));
    CHECK_FALSE(q.next());
    // A statement prepared with values bound by position, run again with others.
    sql::Query p = sql::prepare(s.c(), QStringLiteral("SELECT v FROM t WHERE id = ?"));
    for (int id = 1; id <= 3; ++id) {
        p.addBindValue(id);
        sql::exec(p);
        REQUIRE(p.next());
        CHECK(p.value(0).toString() == QStringLiteral("v%1").arg(id));
    }
}
