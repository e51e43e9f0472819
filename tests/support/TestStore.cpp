// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "TestServer.h"
#include "demo/DistrictData.h"
#include "store/StoreCheck.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>

#include <sqlite3.h>
#include <stdexcept>

namespace dispatch::test {

qint64 defaultStartMs()
{
    return QDateTime(QDate(2026, 11, 22), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

TestStore::TestStore(Seed seed, const QString& signInAs) : m_clock(defaultStartMs())
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_path = onServer() ? createServerDatabase() : m_dir.filePath(QStringLiteral("test.sqlite"));
    auto db = Database::open(m_path);
    if (!db)
        throw std::runtime_error(db.errorString().toStdString());
    m_db = std::move(db).value();
    m_service = std::make_unique<DispatchService>(*m_db, m_clock, QStringLiteral("test-desk"));
    if (seed == Demo) {
        auto loaded = DistrictLoader::demo();
        if (!loaded)
            throw std::runtime_error(loaded.errorString().toStdString());
        DistrictData district = std::move(loaded).value();
        district.passwordIterations = kFastIterations;
        m_service->actAsSystem(QStringLiteral("test-setup"));
        if (Status s = m_service->installDistrict(district); !s)
            throw std::runtime_error(s.errorString().toStdString());
        m_service->actAsSystem(QString());
        if (!signInAs.isEmpty())
            signIn(signInAs);
    }
}

TestStore::~TestStore()
{
    m_service.reset();
    m_db.reset();
    if (Database::isServerAddress(m_path))
        dropServerDatabase(m_path);
}

void TestStore::signIn(const QString& username)
{
    auto r = m_service->login(username, username + QStringLiteral("110"));
    if (!r)
        throw std::runtime_error(r.errorString().toStdString());
    m_user = username;
}

void TestStore::reopen()
{
    m_service.reset();
    m_db.reset();
    auto db = Database::open(m_path, Database::Mode::OpenExisting);
    if (!db)
        throw std::runtime_error(db.errorString().toStdString());
    m_db = std::move(db).value();
    m_service = std::make_unique<DispatchService>(*m_db, m_clock, QStringLiteral("test-desk"));
    if (!m_user.isEmpty())
        signIn(m_user);
}

void execRawSql(const QString& dbPath, const QString& script)
{
    sqlite3* raw = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &raw) != SQLITE_OK)
        throw std::runtime_error("cannot open " + dbPath.toStdString());
    char* err = nullptr;
    const int rc = sqlite3_exec(raw, script.toUtf8().constData(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(raw);
    if (rc != SQLITE_OK)
        throw std::runtime_error("SQL failed: " + message);
}

qint64 rawScalar(const QString& dbPath, const QString& query)
{
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        throw std::runtime_error("cannot open " + dbPath.toStdString());
    }
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(raw, query.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    const std::string message = sqlite3_errmsg(raw);
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    if (value < 0)
        throw std::runtime_error("SQL failed: " + message);
    return value;
}

QString testDataPath(const QString& name)
{
    return QStringLiteral(DISPATCH_TEST_DATA "/") + name;
}

QByteArray testData(const QString& name)
{
    QFile f(testDataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing test data " + name.toStdString());
    return f.readAll();
}

void requireStoreChecks(const QString& path)
{
    auto inspected = Database::open(path, Database::Mode::Inspect);
    REQUIRE(inspected.ok());
    const StoreCheckReport r = StoreCheckReport::run(**inspected);
    INFO(r.integrityProblems.join(u'\n').toStdString() << r.chain.reason.toStdString()
                                                        << r.stateProblems.join(u'\n').toStdString());
    REQUIRE(r.ok());
}

} // namespace dispatch::test
