// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: opening a libpq URI through QPSQL, creating or checking the schema.
#include "store/Database.h"

#include "store/MetaRepository.h"
#include "store/SchemaPostgres.h"
#include "store/Sql.h"
#include "store/ServerConnection.h"
#include "store/SqlServer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace dispatch {

namespace {

std::atomic<int> s_serverConnections{0};

const QString kVersionKey = QStringLiteral("schema_version");
const QString kApplicationKey = QStringLiteral("application_id");

/// A session as the store wants it (warnings only, no notices in the log); its server process, which its
/// commits' notifications carry. Throws DispatchError.
qint64 startSession(const QSqlDatabase& db)
{
    sql::run(db, QStringLiteral("SET client_min_messages = warning"));
    return sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
}

} // namespace

bool Database::isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& uri, Mode mode)
{
    const auto address = ServerConnection::parse(uri);
    if (!address)
        return address.error();
    std::unique_ptr<Database> db(
        new Database(address->shown, QStringLiteral("dispatch-server-%1").arg(++s_serverConnections)));
    db->m_server = true;
    auto connection = ServerConnection::open(*address, db->m_connectionName);
    if (!connection)
        return connection.error();
    db->m_db = *connection;
    if (Status s = db->configureServer(mode); !s)
        return s.error();
    return db;
}

Status Database::configureServer(Mode mode)
{
    try {
        m_backendPid = startSession(m_db);
        const qint64 tables = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                               " WHERE table_schema = current_schema()"))
                                  .toLongLong();
        if (tables == 0) {
            if (mode != Mode::CreateOrMigrate)
                return Error{tr("this database on the server holds no store"), m_path};
            Transaction tx(*this);
            postgres::createSchema(m_db);
            postgres::addSearchIndex(m_db);
            MetaRepository::set(m_db, kApplicationKey, QString::number(kApplicationId));
            MetaRepository::set(m_db, kVersionKey, QString::number(kSchemaVersion));
            tx.commit();
            m_created = true;
            m_schemaVersion = kSchemaVersion;
            return Done{};
        }
        const bool hasMeta = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                              " WHERE table_schema = current_schema()"
                                                              " AND table_name = 'meta'"))
                                 .toLongLong()
            > 0;
        if (!hasMeta || MetaRepository::value(m_db, kApplicationKey) != QString::number(kApplicationId))
            return Error{tr("this database on the server is not a dispatcher store; nothing in it was changed"),
                         m_path};
        m_schemaVersion = MetaRepository::value(m_db, kVersionKey).toInt();
        if (m_schemaVersion > kSchemaVersion)
            return Error{tr("the store was written by a newer version of the workstation (schema %1; this build "
                            "reads up to %2). Use a newer build; the store was not changed.")
                             .arg(m_schemaVersion)
                             .arg(kSchemaVersion),
                         m_path};
        if (m_schemaVersion < postgres::kFirstServerVersion)
            return Error{tr("the store on the server is at schema %1, which this build cannot upgrade (server stores "
                            "start at schema %2); the store was not changed.")
                             .arg(m_schemaVersion)
                             .arg(postgres::kFirstServerVersion),
                         m_path};
        if (m_schemaVersion < kSchemaVersion && mode != Mode::Inspect) {
            // Every step and the new version in one transaction (DDL is transactional on PostgreSQL): a failed
            // upgrade leaves the store as it was. The write lock keeps the other desks' writes out meanwhile.
            Transaction tx(*this);
            postgres::upgradeSchema(m_db, m_schemaVersion);
            MetaRepository::set(m_db, kVersionKey, QString::number(kSchemaVersion));
            tx.commit();
            m_migratedFrom = m_schemaVersion;
            m_schemaVersion = kSchemaVersion;
        } else if (mode == Mode::CreateOrMigrate && !postgres::hasSearchIndex(m_db)) {
            // A store made before the index (or where the extension was refused then): made now, once.
            Transaction tx(*this);
            postgres::addSearchIndex(m_db);
            tx.commit();
        }
        return Done{};
    } catch (const DispatchError& e) {
        return Error{tr("cannot read the store on the server: %1").arg(e.error().message), m_path};
    }
}

bool Database::isAlive() const
{
    return !m_server || sql::answers(m_db);
}

Status Database::reconnect()
{
    if (!m_server)
        return Done{};
    if (m_inTransaction || m_inBatch)
        return Error{tr("cannot reconnect inside a transaction"), m_path};
    sql::forgetStatements(m_db); // prepared on the connection that was lost
    m_db.close();
    if (!m_db.open())
        return Error{tr("cannot reach the store on the server: %1").arg(m_db.lastError().text().trimmed()), m_path};
    try {
        m_backendPid = startSession(m_db);
    } catch (const DispatchError& e) {
        return Error{tr("cannot read the store on the server: %1").arg(e.error().message), m_path};
    }
    return Done{};
}

void Database::updatePlannerStatistics()
{
    if (!m_server || m_inTransaction || m_inBatch)
        return;
    try {
        sql::run(m_db, QStringLiteral("VACUUM (ANALYZE) incidents, imported_assignments"));
    } catch (const DispatchError& e) {
        qWarning("dispatch: the planner's statistics could not be taken again: %s", qPrintable(e.error().toString()));
    }
}

qint64 Database::serverDataVersion() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT ") + QLatin1String(kServerDataVersion)).toLongLong();
}

} // namespace dispatch
