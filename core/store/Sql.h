// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServerAnswer.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QList>
#include <QStringView>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace dispatch::sql {

/// A prepared statement borrowed from its connection's cache, run on the connection's SQLite handle directly, or
/// on a PostgreSQL server through libpq on the connection Qt's QPSQL driver opened (a centre's store: see
/// isPostgres(); the server keeps the statements prepared by name, see ServerPipeline.h).
///
/// Preparing is most of the cost of a short statement (SQLite parses and plans it, triggers included), so each
/// connection keeps the statements it has run and hands them out again; a statement in use is never handed out
/// twice (running it again while a caller still reads it prepares another). On destruction the statement is
/// reset (no read lock left behind) and goes back to the cache.
///
/// It reads like a QSqlQuery, with the QSQLITE driver's conversions (integers as qint64, reals as double, text as
/// QString, blobs as QByteArray, NULL as a null QString), but without the driver's per-statement bookkeeping
/// (a record of every column built at each run, a cached copy of every row, a name made for every bound
/// value), which cost more than SQLite itself on the store's short statements. An error while stepping throws
/// DispatchError, like an error while running.
///
/// The statements that go over hundreds of thousands of rows (statistics, warnings) or write them (imports, generated
/// history) take the typed path as well: values bound and read without a QVariant each.
class Query
{
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query();

    /// The next row (the first after running); false after the last.
    bool next();
    QVariant value(int index) const;
    bool isNull(int index) const;
    /// Positioned on a row.
    bool isValid() const { return m_row == Row::On; }
    /// The id of the row this INSERT added (invalid when none): SQLite's last rowid, or on PostgreSQL the value the
    /// session's last sequence (the table's identity column) gave.
    QVariant lastInsertId() const;
    /// Rows changed by this statement (INSERT, UPDATE, DELETE) when it ran.
    int numRowsAffected() const { return m_changes; }
    /// The result's columns, by name (no values).
    QSqlRecord record() const;
    void addBindValue(const QVariant& value);

    // The typed path. Positions count from 0, as value() does. A statement bound this way takes no addBindValue():
    // exec() runs it with what is bound, and the values stay bound from one run to the next (a bulk insert sets
    // only what changes).
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindInteger(int index, const std::optional<qint64>& value);
    void bindReal(int index, double value);
    void bindReal(int index, const std::optional<double>& value);
    /// Text, never NULL: a null string binds as ''.
    void bindText(int index, QStringView value);

    /// The column of the current row as an integer (0 for NULL).
    qint64 integer(int index) const;
    /// The same, or nothing for NULL.
    std::optional<qint64> optionalInteger(int index) const;
    /// The column's text as SQLite holds it (UTF-8), valid until the next row.
    QByteArrayView utf8(int index) const;

private:
    enum class Row { Ready, Pending, On, Done };
    friend Query prepare(const QSqlDatabase& db, const QString& statement);
    friend Query prepareServer(const QSqlDatabase& db, const QString& statement);
    friend void exec(Query& query);
    friend void hold(Query& query);
    friend Query run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds);
    friend Query run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
    Query(sqlite3* handle, sqlite3_stmt* statement, QString connection, QString text);
    Query(const QSqlDatabase& server, QString text);
    void giveBack();
    void execServer();
    void bindServer(int index, const QVariant& value);
    [[noreturn]] void stepFailed(int rc);
    void bound(int rc, int index);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_connection; ///< the cache the statement goes back to
    QString m_statement;
    QVariantList m_binds;
    int m_bindCount = 0;
    bool m_typed = false; ///< bound by the typed path: exec() binds nothing itself
    Row m_row = Row::Ready;
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
    bool m_server = false;                 ///< on a PostgreSQL connection (no SQLite handle then)
    QSqlDatabase m_serverDb;               ///< that connection
    ServerAnswer m_answer;                 ///< what the server answered to the last run
    int m_serverRow = -1;                  ///< the answer's row the statement is on
    QList<QByteArray> m_boundUtf8;         ///< the text bound by bindText(), by position: SQLite reads it in place
};

/// The connection goes to a PostgreSQL server (QPSQL) rather than a SQLite file.
bool isPostgres(const QSqlDatabase& db);

/// Small helpers that throw DispatchError with the statement and SQLite's message.
Query prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);
void exec(Query& query);
/// Runs the bound statement, a write whose outcome nobody reads; on a server connection that holds writes back (a write
/// transaction, ServerPipeline.h) it is held back instead and goes with the next statement sent.
void hold(Query& query);
/// Prepares, binds positionally, executes; the query is returned positioned before the first row.
Query run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});
/// The same with binds gathered at run time (a WHERE built by parts).
Query run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// Runs a statement that returns one value (or none: an invalid QVariant).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});
/// Finalizes the connection's cached statements; must be called before the connection closes (SQLite refuses to
/// close a handle with statements left).
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
