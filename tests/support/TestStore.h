// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace dispatch::test {

/// 2026-11-22 09:00 in Asia/Shanghai (01:00 UTC): a weekday morning, in the day shift.
qint64 defaultStartMs();

/// A store in a temporary folder (or a fresh database on the test server when the suite runs there: see
/// TestServer.h) with the demo district (cheap password hashing), a manual clock and a
/// facade signed in as the demo dispatcher.
class TestStore
{
public:
    enum Seed { Empty, Demo };
    explicit TestStore(Seed seed = Demo, const QString& signInAs = QStringLiteral("dispatcher"));
    ~TestStore();

    /// The store's file, or its server URI.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    DispatchService& service() { return *m_service; }
    ManualClock& clock() { return m_clock; }

    /// Signs in (demo passwords are the user name followed by 110).
    void signIn(const QString& username);
    /// Closes and reopens the store (a fresh facade, same clock and session user).
    void reopen();

    static constexpr int kFastIterations = 1000;

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DispatchService> m_service;
    QString m_user;
};

/// The store passes the check (pages, chain, guards, state against the log), opened read-only as an auditor would;
/// every finding is in the failure's message.
void requireStoreChecks(const QString& path);
/// Runs a SQL script through SQLite directly (fixtures, tampering), outside the application.
void execRawSql(const QString& dbPath, const QString& script);
/// Reads one number through SQLite directly, on a connection of its own (what another desk would see).
qint64 rawScalar(const QString& dbPath, const QString& query);
/// Reads a file from tests/data.
QByteArray testData(const QString& name);
QString testDataPath(const QString& name);

} // namespace dispatch::test
