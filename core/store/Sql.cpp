// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sql.h"

#include "util/Result.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

#include <utility>

namespace dispatch::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery& q, const QString& statement)
{
    throw DispatchError(QStringLiteral("database error: %1 [%2]").arg(q.lastError().text(), statement.simplified()));
}
} // namespace

namespace {

/// One connection's cache: statement text → statements prepared and not in use.
struct StatementCache
{
    const QSqlDriver* driver = nullptr; ///< the connection the statements belong to (a reopened one starts afresh)
    QHash<QString, QList<QSqlQuery>> idle;
};

/// Bounds: statements built with values inlined would otherwise grow the cache without end.
constexpr qsizetype kMaxStatements = 400;
constexpr qsizetype kMaxIdlePerStatement = 4;

/// Connections belong to the thread that opened them, and so do their caches.
thread_local QHash<QString, StatementCache> t_caches;

} // namespace

Query::Query(QSqlQuery query, QString connection, QString statement)
    : m_query(std::move(query)), m_connection(std::move(connection)), m_statement(std::move(statement))
{
}

Query::Query(Query&& other) noexcept
    : m_query(std::move(other.m_query)), m_connection(std::exchange(other.m_connection, QString())),
      m_statement(std::move(other.m_statement))
{
}

Query& Query::operator=(Query&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_connection = std::exchange(other.m_connection, QString());
        m_statement = std::move(other.m_statement);
    }
    return *this;
}

Query::~Query()
{
    giveBack();
}

void Query::giveBack()
{
    if (m_connection.isEmpty())
        return;
    const auto it = t_caches.find(std::exchange(m_connection, QString()));
    if (it == t_caches.end() || it->driver != m_query.driver())
        return; // the connection was forgotten or reopened meanwhile
    m_query.finish();
    if (it->idle.size() >= kMaxStatements && !it->idle.contains(m_statement))
        it->idle.clear();
    QList<QSqlQuery>& idle = it->idle[m_statement];
    if (idle.size() < kMaxIdlePerStatement)
        idle.append(std::move(m_query));
}

Query prepare(const QSqlDatabase& db, const QString& statement)
{
    const QString connection = db.connectionName();
    StatementCache& cache = t_caches[connection];
    if (cache.driver != db.driver()) {
        cache.idle.clear();
        cache.driver = db.driver();
    }
    if (const auto it = cache.idle.find(statement); it != cache.idle.end() && !it->isEmpty())
        return Query(it->takeLast(), connection, statement);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(q, statement);
    return Query(std::move(q), connection, statement);
}

void forgetStatements(const QSqlDatabase& db)
{
    t_caches.remove(db.connectionName());
}

qsizetype cachedStatements(const QSqlDatabase& db)
{
    const auto it = t_caches.constFind(db.connectionName());
    if (it == t_caches.cend())
        return 0;
    qsizetype n = 0;
    for (const QList<QSqlQuery>& idle : it->idle)
        n += idle.size();
    return n;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

void exec(Query& query)
{
    exec(static_cast<QSqlQuery&>(query));
}

Query run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    return run(db, statement, QVariantList(binds));
}

Query run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    Query q = prepare(db, statement);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    Query q = run(db, statement, binds);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace dispatch::sql
