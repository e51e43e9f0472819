// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/StoreCheck.h"
#include "store/StoreLocator.h"

#include <QSqlQuery>

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("a new store has the current schema and WAL and FULL sync and foreign keys", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/new.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const auto& c = (*db)->connection();
    CHECK((*db)->wasCreated());
    CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
    CHECK(Schema::latestVersion() == Database::kSchemaVersion);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == Database::kSchemaVersion);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK((*db)->handle() != nullptr);

    // The board's load of live open incidents is answered from its partial index, never by reading history.
    QSqlQuery plan(c);
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, number FROM incidents WHERE state NOT IN "
                                     "('closed','merged','cancelled') AND origin <> 'imported' ORDER BY id")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u';';
    CHECK(details.contains(QStringLiteral("USING INDEX incidents_live_open")));
    CHECK_FALSE(details.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("a store keeps its data across reopening", "[store][sqlite]")
{
    TestStore store;
    IncidentDraft d;
    d.summary = QStringLiteral("两车刮擦，无人受伤");
    d.category = QStringLiteral("traffic");
    d.priority = 3;
    auto id = store.service().createIncident(d);
    REQUIRE(id.ok());
    store.reopen();
    CHECK_FALSE(store.db().wasCreated());
    const Incident* i = store.service().board().incident(*id);
    REQUIRE(i != nullptr);
    CHECK(i->summary == QStringLiteral("两车刮擦，无人受伤"));
    CHECK(store.service().board().zones().size() == 20);
    CHECK(StoreCheckReport::run(store.db()).ok());
}

TEST_CASE("a store written by schema 1 is migrated with its data and its chain", "[store][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    execRawSql(path, QString::fromUtf8(testData(QStringLiteral("store-v1.sql"))));
    {
        auto inspect = Database::open(path, Database::Mode::Inspect);
        REQUIRE(inspect.ok());
        CHECK((*inspect)->schemaVersion() == 1); // inspecting never migrates
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->migratedFrom() == 1);
    CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
    const auto& c = (*db)->connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incidents")).toInt() == 2);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE origin = 'live'")).toInt() == 2);
    const StoreCheckReport report = StoreCheckReport::run(**db);
    CHECK(report.integrityOk);
    CHECK(report.chain.ok);
    CHECK(report.chain.events == 4);

    // The old user signs in with the password hashed by the old version (PBKDF2 made by another implementation).
    ManualClock clock(defaultStartMs());
    DispatchService svc(**db, clock, QStringLiteral("desk"));
    CHECK(svc.board().activeIncidentIds().size() == 1);
    auto user = svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110"));
    REQUIRE(user.ok());
    CHECK(user->displayName == QStringLiteral("Old Desk"));
    CHECK(EventLog::verify(c).ok);
}

TEST_CASE("a store from a newer version is refused and left untouched", "[store][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    execRawSql(path, QStringLiteral("PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("newer version")));
    CHECK(db.errorString().contains(QStringLiteral("99")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that is not SQLite is refused and not overwritten", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray text = "These are shift notes, not a database.\n";
    writeFile(path, text);
    for (auto mode : {Database::Mode::CreateOrMigrate, Database::Mode::OpenExisting, Database::Mode::Inspect}) {
        auto db = Database::open(path, mode);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorString().contains(QStringLiteral("not a SQLite database")));
        CHECK(db.errorString().contains(path));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == text);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a corrupt SQLite file is refused and not overwritten", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QByteArray bytes("SQLite format 3\0", 16);
    bytes.append(QByteArray(4096, '\xAB'));
    writeFile(path, bytes);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == bytes);
}

TEST_CASE("a SQLite database of another program is refused", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execRawSql(path, QStringLiteral("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x');"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("not a dispatcher store")));
}

TEST_CASE("a missing store is created only when asked to", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    CHECK(Database::open(path, Database::Mode::OpenExisting).errorString().contains(QStringLiteral("no store here")));
    CHECK(Database::open(path, Database::Mode::Inspect).errorString().contains(QStringLiteral("no store here")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(Database::open(path, Database::Mode::CreateOrMigrate).ok());
    CHECK(QFile::exists(path));
}

TEST_CASE("a failed transaction leaves nothing half-written", "[store][sqlite]")
{
    TestStore store(TestStore::Empty);
    auto loaded = DistrictLoader::demo();
    REQUIRE(loaded.ok());
    DistrictData district = std::move(loaded).value();
    district.passwordIterations = TestStore::kFastIterations;
    // The last unit names a staging point that does not exist: the install fails after zones, stations,
    // staging points and most units were written.
    district.units.last().stagingCode = QStringLiteral("nowhere");
    store.service().actAsSystem(QStringLiteral("test"));
    const Status s = store.service().installDistrict(district);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorString().contains(QStringLiteral("nowhere")));
    const auto& c = store.db().connection();
    for (const char* table : {"zones", "stations", "staging_points", "units", "agencies", "users", "events"})
        CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() == 0);
    CHECK(store.db().meta(QStringLiteral("centre_name")).isEmpty());
    CHECK(store.service().board().zones().isEmpty());
    CHECK_FALSE(store.db().inTransaction());

    // The same district without the fault installs completely.
    district.units.last().stagingCode.clear();
    CHECK(store.service().installDistrict(district).ok());
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM units")).toInt() == 23);
}

TEST_CASE("a transaction not committed is rolled back", "[store][sqlite]")
{
    TestStore store(TestStore::Empty);
    const auto& c = store.db().connection();
    try {
        Transaction tx(store.db());
        store.db().setMeta(QStringLiteral("probe"), QStringLiteral("1"));
        throw DispatchError(QStringLiteral("boom"));
    } catch (const DispatchError&) {
    }
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'probe'")).toInt() == 0);
    {
        Transaction tx(store.db());
        store.db().setMeta(QStringLiteral("probe"), QStringLiteral("2"));
        tx.commit();
    }
    CHECK(store.db().meta(QStringLiteral("probe")) == QStringLiteral("2"));
}

TEST_CASE("the workstation's store locator refuses a bad --db and creates the default store once", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    writeFile(bad, "garbage that is not a database");
    auto opened = StoreLocator::open(bad);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorString().contains(QStringLiteral("not a SQLite database")));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "garbage that is not a database");

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    auto none = StoreLocator::open(missing);
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorString().contains(QStringLiteral("dispatchctl init")));
    CHECK_FALSE(QFile::exists(missing));

    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(StoreLocator::defaultPath());
    {
        auto first = StoreLocator::open(QString(), TestStore::kFastIterations);
        REQUIRE(first.ok());
        CHECK(first->seededDemo);
        CHECK(first->db->path() == StoreLocator::defaultPath());
        // With a synthetic history, as imported incidents of source GEN, never in the live queue.
        SystemClock clock;
        DispatchService svc(*first->db, clock, QStringLiteral("test"));
        StatsQuery history;
        history.origins = {QStringLiteral("imported")};
        CHECK(svc.statistics(history)->incidents == StoreLocator::kDemoHistoryIncidents);
        CHECK(svc.board().activeIncidentIds().isEmpty());
        // The demo on real streets: western Futian's district with its map and address list.
        CHECK(svc.board().centre().name.contains(QStringLiteral("福田")));
        const Result<MapSummary> map = svc.mapSummary();
        REQUIRE(map.ok());
        CHECK(map->roads == 2599);
        CHECK(map->source == QStringLiteral("streets.osm"));
        CHECK(map->listed == 57);
        CHECK_FALSE(svc.findPlaces(QStringLiteral("深南大道18号")).isEmpty());
    }
    {
        auto second = StoreLocator::open(QString(), TestStore::kFastIterations);
        REQUIRE(second.ok());
        CHECK_FALSE(second->seededDemo); // seeded once, reused afterwards
        CHECK(StoreCheckReport::run(*second->db).ok());
    }
    QFile::remove(StoreLocator::defaultPath());
    QFile::remove(StoreLocator::defaultPath() + QStringLiteral("-wal"));
    QFile::remove(StoreLocator::defaultPath() + QStringLiteral("-shm"));
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("a new store and the folder made for it are readable by their owner only; a store open to others is said",
          "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("centre"));
    const QString path = folder + QStringLiteral("/dispatch.sqlite");
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->exposure().isEmpty());
    }
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther)) == 0);
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadGroup | QFile::ReadOther);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->exposure() == QStringLiteral("the store can be read by other accounts on this computer (callers' names "
                                              "and phones, password hashes): chmod 600 %1")
                                   .arg(path));
}
