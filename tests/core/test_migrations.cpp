// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations proven on real stores: every schema version's fixture (tests/data/stores/README.md) is upgraded to the
// current schema and checked against what it held and against a new store; the copy kept before upgrading.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/StoreCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <set>

using namespace dispatch;
using namespace dispatch::test;

namespace {

struct StoreFixture
{
    int version;
    const char* file; ///< under tests/data
};

// Schema 12, 13 and 14 came with 15 in one commit: no build ever wrote a store at those versions.
const StoreFixture kFixtures[]{
    {1, "store-v1.sql"},
    {2, "stores/store-v2.sql"},
    {3, "stores/store-v3.sql"},
    {4, "stores/store-v4.sql"},
    {5, "stores/store-v5.sql"},
    {6, "stores/store-v6.sql"},
    {7, "stores/store-v7.sql"},
    {8, "stores/store-v8.sql"},
    {9, "stores/store-v9.sql"},
    {10, "stores/store-v10.sql"},
    {11, "stores/store-v11.sql"},
    {15, "stores/store-v15.sql"},
    {16, "stores/store-v16.sql"},
    {17, "stores/store-v17.sql"},
    {18, "stores/store-v18.sql"},
    {19, "stores/store-v19.sql"},
    {20, "stores/store-v20.sql"},
    {21, "stores/store-v21.sql"},
    {22, "stores/store-v22.sql"},
    {23, "stores/store-v23.sql"},
    {24, "stores/store-v24.sql"},
    {25, "stores/store-v25.sql"},
    {26, "stores/store-v26.sql"},
    {27, "stores/store-v27.sql"},
    {28, "stores/store-v28.sql"},
    {29, "stores/store-v29.sql"},
};
const std::set<int> kNeverWritten{12, 13, 14};

// What the recording put in each store from the version that offered it (see record.sh): the tables the later
// steps read or rebuild must not be empty, or the fixture proves nothing about them.
struct Held
{
    const char* table;
    int fromVersion;
};
const Held kHeld[]{
    {"incidents", 2},         {"units", 2},          {"users", 2},        {"zones", 2},
    {"incident_callers", 3},  {"incident_links", 3}, {"repeat_marks", 3}, {"work_orders", 3},
    {"incident_clocks", 4},   {"assignments", 5},    {"feedback", 5},     {"imports", 6},
    {"imported_assignments", 6}, {"transfers", 9},   {"callbacks", 10},   {"supervisions", 11},
    {"handovers", 16},        {"handover_reviews", 16}, {"event_touches", 20}, {"follow_up_items", 23},
    {"phone_calls", 25},      {"map_roads", 26},     {"map_places", 26},   {"gazetteer", 27},
};

QString storeFile(const QTemporaryDir& dir, const StoreFixture& f)
{
    const QString path = dir.filePath(QStringLiteral("store-v%1.sqlite").arg(f.version));
    execRawSql(path, QString::fromUtf8(testData(QString::fromLatin1(f.file))));
    return path;
}

QStringList column(const QSqlDatabase& c, const QString& query)
{
    QStringList out;
    QSqlQuery q(c);
    REQUIRE(q.exec(query));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 number(const QSqlDatabase& c, const QString& query)
{
    return sql::scalar(c, query).toLongLong();
}

QStringList columnsOf(const QSqlDatabase& c, const QString& table)
{
    return column(c, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
}

/// The rows of `table`, each as the SQL literals (quote()) of `columns`, sorted.
QStringList rowsOf(const QSqlDatabase& c, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& col : columns)
        quoted << QStringLiteral("quote(\"%1\")").arg(col);
    QStringList rows =
        column(c, QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
    rows.sort();
    return rows;
}

/// Every table with its columns; SQLite's own tables left out.
std::map<QString, QStringList> tablesOf(const QSqlDatabase& c)
{
    std::map<QString, QStringList> out;
    for (const QString& table :
         column(c, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")))
        out[table] = columnsOf(c, table);
    return out;
}

/// Every table's rows.
std::map<QString, QStringList> contents(const QSqlDatabase& c)
{
    std::map<QString, QStringList> out;
    for (const auto& [table, columns] : tablesOf(c))
        out[table] = rowsOf(c, table, columns);
    return out;
}

/// The schema as `sqlite_master` says it: type, name, table and the statement with its spacing made uniform.
QStringList schemaOf(const QSqlDatabase& c)
{
    QStringList out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite%'")));
    while (q.next())
        out << QStringLiteral("%1 %2 on %3: %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString().replace(space, QStringLiteral(" ")).trimmed());
    out.sort();
    return out;
}

const QStringList& newStoreSchema()
{
    static const QStringList schema = [] {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
        REQUIRE(db.ok());
        return schemaOf((*db)->connection());
    }();
    return schema;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString copyName(const QString& store)
{
    return store + QStringLiteral(".pre-v%1").arg(Database::kSchemaVersion);
}

} // namespace

TEST_CASE("a fixture for every schema version a build ever wrote", "[store][migration][sqlite]")
{
    std::set<int> listed;
    QStringList files;
    for (const StoreFixture& f : kFixtures) {
        listed.insert(f.version);
        files << QString::fromLatin1(f.file);
        CHECK(QFile::exists(testDataPath(QString::fromLatin1(f.file))));
    }
    // From 1 up to the newest recorded, none missing but those no build wrote.
    const int newest = *listed.rbegin();
    for (int v = 1; v <= newest; ++v)
        CHECK((listed.count(v) == 1 || kNeverWritten.count(v) == 1));
    // Every recorded file is tested.
    const QDir stores(testDataPath(QStringLiteral("stores")));
    for (const QString& name : stores.entryList({QStringLiteral("*.sql")}, QDir::Files))
        CHECK(files.contains(QStringLiteral("stores/") + name));
}

TEST_CASE("the schema version is the last step's", "[store][migration][sqlite]")
{
    CHECK(Schema::latestVersion() == Database::kSchemaVersion);
    CHECK(Schema::steps().size() == static_cast<std::size_t>(Database::kSchemaVersion));
}

TEST_CASE("every schema version's store is upgraded with its data, its chain and the current schema",
          "[store][migration][sqlite]")
{
    for (const StoreFixture& f : kFixtures) {
        DYNAMIC_SECTION("a store written by schema " << f.version << " (" << f.file << ")")
        {
            QTemporaryDir dir;
            const QString path = storeFile(dir, f);

            // What the store held, read without upgrading it.
            std::map<QString, QStringList> tables;
            std::map<QString, QStringList> before;
            qint64 incidents = 0, units = 0, events = 0, accepted = 0;
            const QString firstUnitTriggers = QStringLiteral(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                " AND name IN ('assignments_first_dispatch', 'assignments_first_steps')");
            {
                auto old = Database::open(path, Database::Mode::Inspect);
                REQUIRE(old.ok());
                REQUIRE((*old)->schemaVersion() == f.version);
                const QSqlDatabase& c = (*old)->connection();
                CHECK(number(c, QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
                tables = tablesOf(c);
                before = contents(c);
                for (const Held& h : kHeld)
                    if (f.version >= h.fromVersion) {
                        INFO("table " << h.table);
                        CHECK(before[QString::fromLatin1(h.table)].size() > 0);
                    }
                incidents = before[QStringLiteral("incidents")].size();
                units = before[QStringLiteral("units")].size();
                events = before[QStringLiteral("events")].size();
                if (f.version >= 16)
                    accepted = number(c, QStringLiteral("SELECT count(*) FROM handovers WHERE state = 'accepted'"));
                // The triggers that kept the first unit's times, from 6 until 21 gave that to the dispatch commands.
                if (f.version >= 6)
                    CHECK(number(c, firstUnitTriggers) == (f.version < 21 ? 2 : 0));
            }
            CHECK(incidents > 0);
            CHECK(events > 0);

            auto db = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(db.ok());
            CHECK((*db)->schemaVersion() == Database::kSchemaVersion);
            if (f.version < Database::kSchemaVersion) {
                CHECK((*db)->migratedFrom() == f.version);
                CHECK((*db)->preMigrationCopy() == copyName(path));
            } else { // the current schema's own store: nothing to upgrade, nothing copied
                CHECK((*db)->migratedFrom() == 0);
                CHECK((*db)->preMigrationCopy().isEmpty());
            }
            const QSqlDatabase& c = (*db)->connection();
            CHECK(number(c, QStringLiteral("PRAGMA user_version")) == Database::kSchemaVersion);
            CHECK(number(c, QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);

            // What dispatchctl check verifies: integrity, foreign keys, the event chain, the accepted handovers.
            const StoreCheckReport report = StoreCheckReport::run(**db);
            CHECK(report.integrityProblems == QStringList());
            CHECK(report.chain.ok);
            CHECK(report.chain.reason == QString());
            CHECK(report.chain.events == events);
            CHECK(report.handoversChecked == accepted);
            CHECK(report.handoverProblems == QStringList());

            // Every row is still there with its values; only agencies gains a row (122 joined at schema 19).
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM incidents")) == incidents);
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM units")) == units);
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM events")) == events);
            for (const auto& [table, rows] : before) {
                INFO("table " << table.toStdString());
                const QStringList now = rowsOf(c, table, tables[table]);
                for (const QString& row : rows)
                    CHECK(now.contains(row));
                if (table == QLatin1String("agencies") && f.version < 19 && !rows.isEmpty())
                    CHECK(now.size() == rows.size() + 1);
                else
                    CHECK(now.size() == rows.size());
            }

            // What the steps derive from the rows they find: the position index, the first unit's times, the ledger.
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM incident_geo"))
                  == number(c, QStringLiteral("SELECT count(*) FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL")));
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM incidents i WHERE origin = 'live' AND first_dispatched_at"
                                           " IS NOT (SELECT min(dispatched_at) FROM assignments a WHERE a.incident_id = i.id)"))
                  == 0);
            if (f.version < 14)
                CHECK(number(c, QStringLiteral("SELECT count(*) FROM repeat_marks WHERE id NOT IN (SELECT mark_id FROM ledger_marks)"))
                      == 0);
            if (f.version < 19 && !before[QStringLiteral("agencies")].isEmpty())
                CHECK(number(c, QStringLiteral("SELECT count(*) FROM agencies WHERE code = '122'")) == 1);
            // The change feed starts with the next commit: nothing is made up for the events before schema 20.
            if (f.version < 20)
                CHECK(number(c, QStringLiteral("SELECT count(*) FROM event_touches")) == 0);
            CHECK(number(c, firstUnitTriggers) == 0);

            // The same schema as a store created now.
            CHECK(schemaOf(c) == newStoreSchema());

            // The upgraded store takes work: its users sign in with their old passwords, a call is taken and noted in
            // the change feed, a unit is sent and signs for it with the first unit's times stamped on the incident,
            // the chain still verifies.
            ManualClock clock(number(c, QStringLiteral("SELECT max(at) FROM events")) + 60000);
            const qint64 lastSeq = number(c, QStringLiteral("SELECT max(seq) FROM events"));
            DispatchService svc(**db, clock, QStringLiteral("desk-migrated"));
            REQUIRE(svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")).ok());
            IncidentDraft call;
            call.summary = QStringLiteral("升级后的第一个警情");
            call.category = QStringLiteral("assistance");
            call.priority = 3;
            call.position = GeoPoint{22.7830, 100.9720};
            const auto taken = svc.createIncident(call);
            REQUIRE(taken.ok());
            CHECK(number(c, QStringLiteral("SELECT count(*) FROM event_touches WHERE seq > %1").arg(lastSeq)) > 0);
            if (units > 0) {
                const auto sent = svc.dispatchRecommended(*taken);
                REQUIRE(sent.ok());
                REQUIRE_FALSE(sent->isEmpty());
                clock.advanceMs(60000);
                REQUIRE(svc.advanceUnit(sent->first(), UnitState::Acknowledged).ok());
                CHECK(number(c, QStringLiteral("SELECT count(*) FROM incidents i WHERE id = %1"
                                               " AND first_dispatched_at = (SELECT min(dispatched_at) FROM assignments a"
                                               "  WHERE a.incident_id = i.id)"
                                               " AND first_signed_for_at = (SELECT min(acknowledged_at) FROM assignments a"
                                               "  WHERE a.incident_id = i.id)")
                                    .arg(*taken))
                      == 1);
            }
            const StoreCheckReport checked = StoreCheckReport::run(**db);
            INFO(checked.stateProblems.join(u'\n').toStdString());
            CHECK(checked.ok());
        }
    }
}

TEST_CASE("a store is copied as it was before it is upgraded", "[store][migration][sqlite]")
{
    QTemporaryDir dir;
    const StoreFixture& v5 = kFixtures[4];
    REQUIRE(v5.version == 5);
    const QString path = storeFile(dir, v5);
    const QByteArray original = fileHash(path);
    qint64 incidents = 0;
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        REQUIRE((*db)->preMigrationCopy() == copyName(path));
        incidents = number((*db)->connection(), QStringLiteral("SELECT count(*) FROM incidents"));
    }
    // The copy is the store as it was: the same pages (VACUUM INTO may order them otherwise), its version, its data.
    REQUIRE(QFile::exists(copyName(path)));
    {
        auto copy = Database::open(copyName(path), Database::Mode::Inspect);
        REQUIRE(copy.ok());
        CHECK((*copy)->schemaVersion() == 5);
        const QSqlDatabase& c = (*copy)->connection();
        CHECK(number(c, QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
        CHECK(number(c, QStringLiteral("SELECT count(*) FROM incidents")) == incidents);
        CHECK(EventLog::verify(c).ok);
        QTemporaryDir again;
        const QString fresh = storeFile(again, v5);
        auto untouched = Database::open(fresh, Database::Mode::Inspect);
        REQUIRE(untouched.ok());
        const std::map<QString, QStringList> was = contents((*untouched)->connection());
        const std::map<QString, QStringList> kept = contents(c);
        CHECK(kept.size() == was.size());
        for (const auto& [table, rows] : was) {
            INFO("table " << table.toStdString());
            REQUIRE(kept.count(table) == 1);
            CHECK(kept.at(table) == rows);
        }
        CHECK(schemaOf(c) == schemaOf((*untouched)->connection()));
    }
    CHECK(fileHash(path) != original); // the store itself was upgraded

    // Opening it again upgrades nothing and copies nothing.
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        CHECK((*db)->migratedFrom() == 0);
        CHECK((*db)->preMigrationCopy().isEmpty());
    }
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.pre-v*")}, QDir::Files).size() == 1);

    // Nor does a new store.
    auto created = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(created.ok());
    CHECK((*created)->preMigrationCopy().isEmpty());
    CHECK_FALSE(QFile::exists(copyName(dir.filePath(QStringLiteral("new.sqlite")))));
}

TEST_CASE("an earlier copy is never overwritten", "[store][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = storeFile(dir, kFixtures[0]);
    {
        QFile earlier(copyName(path));
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier copy");
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->preMigrationCopy() == copyName(path) + QStringLiteral(".2"));
    CHECK(QFile::exists(copyName(path) + QStringLiteral(".2")));
    QFile earlier(copyName(path));
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == QByteArray("an earlier copy"));
}

TEST_CASE("dispatchctl init names the copy it kept before upgrading", "[store][migration][ctl][sqlite]")
{
    QTemporaryDir dir;
    const QString path = storeFile(dir, kFixtures[2]);
    const CtlRun r = ctl({QStringLiteral("init"), QStringLiteral("--db"), path});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("upgraded store %1 from schema 3 to %2").arg(path).arg(Database::kSchemaVersion)));
    CHECK(r.out.contains(QStringLiteral("kept in %1").arg(copyName(path))));
    CHECK(QFile::exists(copyName(path)));
}

TEST_CASE("a store whose copy cannot be written is not upgraded, and nothing changes", "[store][migration][ctl][sqlite]")
{
    // The store's folder is read-only for the one who opens it: dispatchctl runs as an unprivileged user when the
    // tests run as root (who may write anywhere).
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/store.sqlite");
    execRawSql(path, QString::fromUtf8(testData(QString::fromLatin1(kFixtures[1].file))));
    const QByteArray original = fileHash(path);
    const bool root = ::geteuid() == 0;
    constexpr uid_t kNobody = 65534;
    if (root)
        REQUIRE(::chown(path.toLocal8Bit().constData(), kNobody, kNobody) == 0); // the file itself is writable for it
    REQUIRE(::chmod(dir.path().toLocal8Bit().constData(), 0755) == 0);
    REQUIRE(::chmod(folder.toLocal8Bit().constData(), 0555) == 0);

    QProcess p;
    const QStringList args{QStringLiteral("init"), QStringLiteral("--db"), path};
    if (root)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                            QStringLiteral("--clear-groups"), QStringLiteral(DISPATCHCTL_PATH)}
                    + args);
    else
        p.start(QStringLiteral(DISPATCHCTL_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    REQUIRE(::chmod(folder.toLocal8Bit().constData(), 0755) == 0);

    INFO(err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() != 0);
    CHECK(err.contains(copyName(path)));
    CHECK(err.contains(QStringLiteral("before upgrading it from schema 2 to %1").arg(Database::kSchemaVersion)));
    CHECK(err.contains(QStringLiteral("not upgraded and not changed")));
    CHECK_FALSE(QFile::exists(copyName(path)));
    CHECK(fileHash(path) == original);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("store.sqlite")});
    auto db = Database::open(path, Database::Mode::Inspect);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == 2);
}
