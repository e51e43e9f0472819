// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace dispatch::sql {

/// A prepared statement borrowed from its connection's cache. Preparing is most of the cost of a short statement
/// (SQLite parses and plans it, triggers included), so each connection keeps the statements it has run and hands
/// them out again; a statement in use is never handed out twice (running it again while a caller still reads it
/// prepares another). On destruction the statement is reset (no read lock left behind) and goes back to the cache.
/// It reads like a QSqlQuery and converts to one for the helpers that take a `const QSqlQuery&`; it cannot be
/// copied into a QSqlQuery that would outlive it.
class Query
{
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    bool isNull(int index) const { return m_query.isNull(index); }
    bool isValid() const { return m_query.isValid(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlRecord record() const { return m_query.record(); }
    QString lastQuery() const { return m_query.lastQuery(); }
    void addBindValue(const QVariant& value) { m_query.addBindValue(value); }
    void bindValue(int pos, const QVariant& value) { m_query.bindValue(pos, value); }

    operator QSqlQuery&() & { return m_query; }
    operator const QSqlQuery&() const& { return m_query; }
    operator QSqlQuery&() && = delete;
    operator const QSqlQuery&() const&& = delete;

private:
    friend Query prepare(const QSqlDatabase& db, const QString& statement);
    Query(QSqlQuery query, QString connection, QString statement);
    void giveBack();

    QSqlQuery m_query;
    QString m_connection; ///< empty: not from the cache (moved from, or the cache was full)
    QString m_statement;
};

/// Small helpers over QSqlQuery that throw DispatchError with the statement and SQLite's message.
Query prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);
void exec(Query& query);
/// Prepares, binds positionally, executes; the query is returned positioned before the first row.
Query run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});
/// The same with binds gathered at run time (a WHERE built by parts).
Query run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// Runs a statement that returns one value (or none: an invalid QVariant).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});
/// Drops the connection's cached statements; called before the connection closes.
void forgetStatements(const QSqlDatabase& db);
/// How many statements the connection has cached (the tests).
qsizetype cachedStatements(const QSqlDatabase& db);

/// A text value that is never NULL: a null QString binds as SQL NULL, which NOT NULL columns refuse.
inline QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

/// NULL for 0 ids and empty optionals.
inline QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
inline QVariant doubleOrNull(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

} // namespace dispatch::sql
