// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <stdexcept>

namespace dispatch::test {

namespace {

std::atomic<int> s_databases{0};

QSqlDatabase admin()
{
    const QString name = QStringLiteral("dispatch-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(QStringLiteral("postgres"));
    db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
    if (!db.open())
        throw std::runtime_error("no PostgreSQL server for the [server] tests (DISPATCH_TEST_SERVER is set): run "
                                 "the suite as the README's test command does (under pg_virtualenv): "
                                 + db.lastError().text().toStdString());
    return db;
}

} // namespace

void runOnServer(const QString& statement)
{
    QSqlQuery q(admin());
    if (q.exec(statement))
        return;
    // The server may have restarted since the last statement (a test restarts it): once more on a new connection.
    const QString first = q.lastError().text();
    q = QSqlQuery();
    QSqlDatabase::removeDatabase(QStringLiteral("dispatch-test-admin"));
    QSqlQuery again(admin());
    if (!again.exec(statement))
        throw std::runtime_error(statement.toStdString() + ": " + first.toStdString() + " / "
                                 + again.lastError().text().toStdString());
}

bool onServer()
{
    return qEnvironmentVariableIntValue("DISPATCH_TEST_SERVER") == 1;
}

QString createServerDatabase()
{
    const QString name = QStringLiteral("dispatch_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++s_databases);
    runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    return QStringLiteral("postgresql:///") + name;
}

void dropServerDatabase(const QString& uri)
{
    const QString name = QUrl(uri).path().mid(1);
    if (!name.startsWith(QLatin1String("dispatch_test_")))
        return;
    runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

void endConnections(const QString& uri, bool refuseNew)
{
    const QString name = QUrl(uri).path().mid(1);
    if (refuseNew)
        runOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
    runOnServer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name));
}

void allowConnections(const QString& uri)
{
    runOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(QUrl(uri).path().mid(1)));
}

} // namespace dispatch::test
