// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlServer.h"

#include "store/SchemaPostgres.h"
#include "store/ServerPipeline.h"
#include "util/Result.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTime>

#include <unordered_map>
#include <utility>
#include <vector>

namespace dispatch::sql {

namespace {

using Statements = std::vector<std::unique_ptr<QSqlQuery>>;

/// One connection's statements prepared on the server and not in use, by the text the repositories wrote.
struct ServerCache
{
    std::unordered_map<QString, Statements> idle;
    qsizetype size() const
    {
        qsizetype n = 0;
        for (const auto& [text, list] : idle)
            n += qsizetype(list.size());
        return n;
    }
};

constexpr qsizetype kMaxStatements = 400;
constexpr std::size_t kMaxIdlePerStatement = 4;

thread_local std::unordered_map<QString, ServerCache> t_serverCaches;

/// Statements the server prepares (PREPARE takes only these, one at a time); the rest (BEGIN, COMMIT, DDL, SET,
/// LISTEN, several statements in one round trip) run as they are, without values. Prepared, "SELECT …; COMMIT" would
/// commit once, when prepared, and never again.
bool preparable(const QString& statement)
{
    const QStringView s = QStringView(statement).trimmed();
    if (s.contains(QLatin1Char(';')))
        return false;
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES"})
        if (s.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

/// The table an INSERT writes when it is one whose rows take their id from an identity column; empty otherwise.
QString identityInsert(const QString& statement)
{
    static const QRegularExpression into(QStringLiteral(R"(^\s*INSERT\s+INTO\s+(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = into.match(statement);
    if (!m.hasMatch() || statement.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive))
        return {};
    const QString table = m.captured(1);
    return postgres::hasIdentityId(table) ? table : QString();
}

} // namespace

QVariant serverBind(const QVariant& value)
{
    if (isNullValue(value))
        return QVariant(QMetaType::fromType<QString>());
    switch (value.userType()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt: return QVariant(value.toLongLong());
    case QMetaType::QDateTime: return QVariant(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime: return QVariant(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    default: return value;
    }
}

void failStatement(const QString& message, const QString& statement)
{
    throw DispatchError(QStringLiteral("database error: %1 [%2]").arg(message, statement.simplified()));
}

bool answers(const QSqlDatabase& db, QString* why)
{
    QSqlQuery q(db);
    if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    if (why)
        *why = (q.lastError().isValid() ? q.lastError() : db.lastError()).text().trimmed();
    return false;
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

Query prepareServer(const QSqlDatabase& db, const QString& statement)
{
    if (!db.isOpen())
        failStatement(QStringLiteral("the connection to the server is closed"), statement);
    const QString connection = db.connectionName();
    ServerCache& cache = t_serverCaches[connection];
    if (const auto it = cache.idle.find(statement); it != cache.idle.end() && !it->second.empty()) {
        std::unique_ptr<QSqlQuery> q = std::move(it->second.back());
        it->second.pop_back();
        return Query(std::move(q), connection, statement);
    }
    auto q = std::make_unique<QSqlQuery>(db);
    // Not forward-only: QPSQL would then stream the rows in single-row mode, and a second statement run while
    // the first is read (which the repositories do, as SQLite allows) would end the first one's result.
    q->setForwardOnly(false);
    q->setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (preparable(statement)) {
        const QString table = identityInsert(statement);
        if (!q->prepare(table.isEmpty() ? statement : statement + QStringLiteral(" RETURNING id")))
            failStatement(q->lastError().text(), statement);
    }
    return Query(std::move(q), connection, statement);
}

void giveBackServer(std::unique_ptr<QSqlQuery> statement, const QString& connection, const QString& text)
{
    statement->finish();
    const auto it = t_serverCaches.find(connection);
    if (it == t_serverCaches.end() || !preparable(text))
        return; // the connection was forgotten meanwhile; the statement is let go here
    ServerCache& cache = it->second;
    if (cache.size() >= kMaxStatements && !cache.idle.contains(text))
        cache.idle.clear();
    Statements& idle = cache.idle[text];
    if (idle.size() < kMaxIdlePerStatement)
        idle.push_back(std::move(statement));
}

void forgetServerStatements(const QSqlDatabase& db)
{
    forgetPipelineStatements(db);
    t_serverCaches.erase(db.connectionName());
}

qsizetype cachedServerStatements(const QSqlDatabase& db)
{
    const auto it = t_serverCaches.find(db.connectionName());
    return it == t_serverCaches.end() ? 0 : it->second.size();
}

QVariant serverValue(const QVariant& value)
{
    if (value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    switch (value.userType()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt: return QVariant(value.toLongLong());
    default: return value;
    }
}

void Query::bindServer(int index, const QVariant& value)
{
    m_typed = true;
    if (m_binds.size() <= index)
        m_binds.resize(index + 1);
    m_binds[index] = value;
}

void Query::execServer()
{
    QSqlQuery& q = *m_server;
    m_rowUtf8.clear();
    if (holdsWrites(m_connection)) // what the transaction held back goes first (see ServerPipeline.h)
        sendDeferred(QSqlDatabase::database(m_connection, false));
    m_lastInsertId = 0;
    bool ok = false;
    if (preparable(m_statement)) {
        for (qsizetype i = 0; i < m_binds.size(); ++i)
            q.bindValue(int(i), serverBind(m_binds.at(i)));
        ok = q.exec();
    } else {
        if (!m_binds.isEmpty())
            failStatement(QStringLiteral("values bound to a statement that takes none"), m_statement);
        ok = q.exec(m_statement);
    }
    if (!m_typed)
        m_bindCount = 0; // as QSqlQuery: the next values bound replace these from the first
    if (!ok) {
        m_row = Row::Done;
        failStatement(q.lastError().text(), m_statement);
    }
    m_changes = q.numRowsAffected();
    if (q.isSelect() && q.lastQuery().size() != m_statement.size()) { // prepareServer() asked for the new ids
        while (q.next()) // the ids the INSERT gave, the last one kept as SQLite's last rowid would be
            m_lastInsertId = q.value(0).toLongLong();
        q.finish();
        m_row = Row::Done;
        return;
    }
    m_row = q.isSelect() ? Row::Pending : Row::Done;
}

} // namespace dispatch::sql
