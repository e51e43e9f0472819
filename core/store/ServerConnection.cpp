// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerConnection.h"

#include "store/Sql.h"

#include <QSqlError>
#include <QUrlQuery>

namespace dispatch {

Result<ServerConnection::Address> ServerConnection::parse(const QString& uri)
{
    Address a;
    a.url = QUrl(uri, QUrl::StrictMode);
    if (!a.url.isValid())
        return Error{tr("this is not a valid PostgreSQL address (postgresql://user@host:port/database): %1")
                         .arg(a.url.errorString()),
                     QStringLiteral("postgresql://…")};
    QUrl shown = a.url;
    shown.setPassword(QString());
    a.shown = shown.toString();
    a.database = a.url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return Error{tr("the address names no database (postgresql://user@host:port/database)"), a.shown};
    return a;
}

Result<QSqlDatabase> ServerConnection::open(const Address& a, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)"), a.shown};
    }
    if (!a.url.host().isEmpty())
        db.setHostName(a.url.host());
    if (a.url.port() > 0)
        db.setPort(a.url.port());
    if (!a.url.userName().isEmpty())
        db.setUserName(a.url.userName());
    if (!a.url.password().isEmpty())
        db.setPassword(a.url.password());
    db.setDatabaseName(a.database);
    QStringList options{QStringLiteral("application_name=dispatcher"), QStringLiteral("connect_timeout=10")};
    for (const auto& [key, value] : QUrlQuery(a.url).queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value; // sslmode, sslrootcert, options (an exercise's schema) … as libpq takes them
    db.setConnectOptions(options.join(u';'));
    if (db.open())
        return db;
    const QString why = db.lastError().text().trimmed();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    return Error{tr("cannot reach the store on the server: %1").arg(why), a.shown};
}

QString ServerConnection::administratorRole(const QSqlDatabase& db)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT current_user, EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = "
                                               "'dispatch_admin' AND pg_has_role(current_user, r.oid, 'MEMBER')) OR "
                                               "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"));
    if (!q.next() || !q.value(1).toBool())
        return {};
    return q.value(0).toString();
}

} // namespace dispatch
