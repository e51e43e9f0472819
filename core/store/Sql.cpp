// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sql.h"

#include "store/ServerPipeline.h"
#include "store/SqlServer.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStringEncoder>
#include <QTime>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace dispatch::sql {

namespace {

[[noreturn]] void fail(const QString& message, const QString& statement)
{
    failStatement(message, statement);
}

[[noreturn]] void fail(const QSqlQuery& q, const QString& statement)
{
    fail(q.lastError().text(), statement);
}

/// One connection's cache: statement text → statements prepared and not in use.
struct StatementCache
{
    sqlite3* handle = nullptr; ///< the connection the statements belong to (a reopened one starts afresh)
    QHash<QString, QList<sqlite3_stmt*>> idle;

    void finalizeAll()
    {
        for (const QList<sqlite3_stmt*>& list : std::as_const(idle))
            for (sqlite3_stmt* s : list)
                sqlite3_finalize(s);
        idle.clear();
    }
    ~StatementCache() { finalizeAll(); }
};

/// Bounds: statements built with values inlined would otherwise grow the cache without end.
constexpr qsizetype kMaxStatements = 400;
constexpr qsizetype kMaxIdlePerStatement = 4;

/// Connections belong to the thread that opened them, and so do their caches.
thread_local QHash<QString, StatementCache> t_caches;

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    const QVariant v = driver ? driver->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

QString errorOf(sqlite3* handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

} // namespace

Query::Query(sqlite3* handle, sqlite3_stmt* statement, QString connection, QString text)
    : m_handle(handle), m_stmt(statement), m_connection(std::move(connection)), m_statement(std::move(text))
{
}

QVariant Query::lastInsertId() const
{
    return m_lastInsertId ? QVariant(m_lastInsertId) : QVariant();
}

Query::Query(const QSqlDatabase& server, QString text)
    : m_connection(server.connectionName()), m_statement(std::move(text)), m_server(true), m_serverDb(server)
{
}

Query::Query(Query&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_connection(std::exchange(other.m_connection, QString())), m_statement(std::move(other.m_statement)),
      m_binds(std::move(other.m_binds)), m_bindCount(other.m_bindCount), m_typed(other.m_typed),
      m_row(other.m_row), m_lastInsertId(other.m_lastInsertId), m_changes(other.m_changes),
      m_server(other.m_server), m_serverDb(std::move(other.m_serverDb)), m_answer(std::move(other.m_answer)),
      m_serverRow(other.m_serverRow), m_boundUtf8(std::move(other.m_boundUtf8)) // the bound texts' bytes stay where SQLite reads them
{
}

Query& Query::operator=(Query&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_connection = std::exchange(other.m_connection, QString());
        m_statement = std::move(other.m_statement);
        m_binds = std::move(other.m_binds);
        m_bindCount = other.m_bindCount;
        m_typed = other.m_typed;
        m_row = other.m_row;
        m_lastInsertId = other.m_lastInsertId;
        m_changes = other.m_changes;
        m_server = other.m_server;
        m_serverDb = std::move(other.m_serverDb);
        m_answer = std::move(other.m_answer);
        m_serverRow = other.m_serverRow;
        m_boundUtf8 = std::move(other.m_boundUtf8);
    }
    return *this;
}

Query::~Query()
{
    giveBack();
}

void Query::giveBack()
{
    if (m_server) {
        m_answer = {}; // nothing to give back: the server keeps the statement, by its text, for the connection
        return;
    }
    sqlite3_stmt* stmt = std::exchange(m_stmt, nullptr);
    if (!stmt)
        return;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const auto it = t_caches.find(std::exchange(m_connection, QString()));
    if (it == t_caches.end() || it->handle != m_handle) {
        sqlite3_finalize(stmt); // the connection was forgotten or reopened meanwhile
        return;
    }
    if (it->idle.size() >= kMaxStatements && !it->idle.contains(m_statement))
        it->finalizeAll();
    QList<sqlite3_stmt*>& idle = it->idle[m_statement];
    if (idle.size() < kMaxIdlePerStatement)
        idle.append(stmt);
    else
        sqlite3_finalize(stmt);
}

void Query::stepFailed(int rc)
{
    Q_UNUSED(rc);
    const QString message = errorOf(m_handle);
    sqlite3_reset(m_stmt);
    m_row = Row::Done;
    fail(message, m_statement);
}

bool Query::next()
{
    if (m_server) {
        if (m_row != Row::Pending && m_row != Row::On)
            return false;
        if (++m_serverRow < m_answer.rowCount()) {
            m_row = Row::On;
            return true;
        }
        m_row = Row::Done;
        m_answer = {};
        return false;
    }
    switch (m_row) {
    case Row::Pending:
        m_row = Row::On;
        return true;
    case Row::On: {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE) {
            m_row = Row::Done;
            sqlite3_reset(m_stmt); // read to the end: no read transaction left open
            return false;
        }
        stepFailed(rc);
    }
    case Row::Ready:
    case Row::Done: return false;
    }
    return false;
}

QVariant Query::value(int index) const
{
    if (m_server)
        return m_row == Row::On ? m_answer.value(m_serverRow, index) : QVariant();
    if (m_row != Row::On || index < 0 || index >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, index)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, index));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, index)),
                                   sqlite3_column_bytes(m_stmt, index)));
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto* text = static_cast<const QChar*>(sqlite3_column_text16(m_stmt, index));
        return QVariant(QString(text, sqlite3_column_bytes16(m_stmt, index) / qsizetype(sizeof(QChar))));
    }
    }
}

bool Query::isNull(int index) const
{
    if (m_server)
        return m_row != Row::On || m_answer.isNull(m_serverRow, index);
    return m_row != Row::On || index < 0 || index >= sqlite3_column_count(m_stmt)
        || sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

QSqlRecord Query::record() const
{
    if (m_server) {
        QSqlRecord r;
        for (int i = 0, n = m_answer.columnCount(); i < n; ++i)
            r.append(QSqlField(m_answer.columnName(i)));
        return r;
    }
    QSqlRecord r;
    if (m_stmt)
        for (int i = 0, n = sqlite3_column_count(m_stmt); i < n; ++i)
            r.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i))));
    return r;
}

void Query::addBindValue(const QVariant& value)
{
    if (m_binds.size() <= m_bindCount)
        m_binds.resize(m_bindCount + 1);
    m_binds[m_bindCount++] = value;
}

void Query::bound(int rc, int index)
{
    m_typed = true;
    if (rc != SQLITE_OK)
        fail(QStringLiteral("binding parameter %1: %2").arg(index).arg(errorOf(m_handle)), m_statement);
}

void Query::bindNull(int index)
{
    if (m_server)
        return bindServer(index, QVariant(QMetaType::fromType<QString>()));
    bound(sqlite3_bind_null(m_stmt, index + 1), index);
}

void Query::bindInteger(int index, qint64 value)
{
    if (m_server)
        return bindServer(index, QVariant(value));
    bound(sqlite3_bind_int64(m_stmt, index + 1, value), index);
}

void Query::bindInteger(int index, const std::optional<qint64>& value)
{
    value ? bindInteger(index, *value) : bindNull(index);
}

void Query::bindReal(int index, double value)
{
    if (m_server)
        return bindServer(index, QVariant(value));
    bound(sqlite3_bind_double(m_stmt, index + 1, value), index);
}

void Query::bindReal(int index, const std::optional<double>& value)
{
    value ? bindReal(index, *value) : bindNull(index);
}

void Query::bindText(int index, QStringView value)
{
    if (m_server)
        return bindServer(index, QVariant(value.isNull() ? QString(u""_s) : value.toString()));
    // As UTF-8, the store's encoding, the way the QVariant path binds a QString too (so that what is stored does not
    // depend on the path), into a buffer of this statement's own that SQLite reads in place: a bulk insert neither
    // allocates nor has SQLite translate each text.
    if (m_boundUtf8.size() <= index)
        m_boundUtf8.resize(index + 1);
    QByteArray& utf8 = m_boundUtf8[index];
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    utf8.resize(encoder.requiredSpace(value.size()));
    char* const begin = utf8.data();
    utf8.truncate(encoder.appendToBuffer(begin, value) - begin);
    bound(sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC), index);
}

qint64 Query::integer(int index) const
{
    if (m_server)
        return m_row == Row::On ? m_answer.integer(m_serverRow, index) : 0;
    return m_row == Row::On ? sqlite3_column_int64(m_stmt, index) : 0;
}

std::optional<qint64> Query::optionalInteger(int index) const
{
    if (m_server)
        return isNull(index) ? std::nullopt : std::optional<qint64>(m_answer.integer(m_serverRow, index));
    if (m_row != Row::On || sqlite3_column_type(m_stmt, index) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(m_stmt, index);
}

QByteArrayView Query::utf8(int index) const
{
    if (m_server)
        return m_row == Row::On ? m_answer.text(m_serverRow, index) : QByteArrayView();
    if (m_row != Row::On)
        return {};
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index)); // before its size
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, index)) : QByteArrayView();
}

Query prepare(const QSqlDatabase& db, const QString& statement)
{
    if (isPostgres(db))
        return prepareServer(db, statement);
    sqlite3* handle = handleOf(db);
    if (!handle)
        fail(QStringLiteral("the connection is not an open SQLite store"), statement);
    const QString connection = db.connectionName();
    StatementCache& cache = t_caches[connection];
    if (cache.handle != handle) {
        cache.finalizeAll();
        cache.handle = handle;
    }
    if (const auto it = cache.idle.find(statement); it != cache.idle.end() && !it->isEmpty())
        return Query(handle, it->takeLast(), connection, statement);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare16_v3(handle, statement.constData(), int(statement.size() * sizeof(QChar)),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK || !stmt) {
        const QString message = rc != SQLITE_OK ? errorOf(handle) : QStringLiteral("the statement is empty");
        sqlite3_finalize(stmt);
        fail(message, statement);
    }
    return Query(handle, stmt, connection, statement);
}

void forgetStatements(const QSqlDatabase& db)
{
    forgetPipelineStatements(db);
    t_caches.remove(db.connectionName()); // the cache finalizes what it holds
}

qsizetype cachedStatements(const QSqlDatabase& db)
{
    if (isPostgres(db))
        return preparedCount(db);
    const auto it = t_caches.constFind(db.connectionName());
    if (it == t_caches.cend())
        return 0;
    qsizetype n = 0;
    for (const QList<sqlite3_stmt*>& idle : it->idle)
        n += idle.size();
    return n;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

namespace {

/// Binds as the QSQLITE driver does, so that what is stored does not depend on the path that wrote it.
int bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.userType()) {
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        return sqlite3_bind_blob(stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool: return sqlite3_bind_int(stmt, index, value.toInt());
    case QMetaType::Double: return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong: return sqlite3_bind_int64(stmt, index, value.toLongLong());
    default: {
        QString s;
        if (value.userType() == QMetaType::QDateTime)
            s = value.toDateTime().toString(Qt::ISODateWithMs);
        else if (value.userType() == QMetaType::QTime)
            s = value.toTime().toString(QStringLiteral("hh:mm:ss.zzz"));
        else
            s = value.toString();
        const QByteArray utf8 = s.toUtf8();
        return sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

void exec(Query& query)
{
    if (query.m_server)
        return query.execServer();
    sqlite3_stmt* stmt = query.m_stmt;
    if (!stmt)
        fail(QStringLiteral("the statement was given back"), query.m_statement);
    sqlite3_reset(stmt);
    if (!query.m_typed) {
        const int expected = sqlite3_bind_parameter_count(stmt);
        if (query.m_binds.size() != expected)
            fail(QStringLiteral("%1 values bound for %2 parameters").arg(query.m_binds.size()).arg(expected),
                 query.m_statement);
        for (int i = 0; i < expected; ++i)
            if (bind(stmt, i + 1, query.m_binds.at(i)) != SQLITE_OK)
                fail(errorOf(query.m_handle), query.m_statement);
        query.m_bindCount = 0; // as QSqlQuery: the next values bound replace these from the first
    }
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        query.m_row = Query::Row::Pending;
    } else if (rc == SQLITE_DONE) {
        query.m_row = Query::Row::Done;
    } else {
        query.stepFailed(rc);
    }
    query.m_changes = sqlite3_changes(query.m_handle);
    query.m_lastInsertId = sqlite3_last_insert_rowid(query.m_handle);
    if (rc == SQLITE_DONE)
        sqlite3_reset(stmt);
}

Query run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    Query q = prepare(db, statement);
    q.m_binds = QVariantList(binds);
    exec(q);
    return q;
}

Query run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    Query q = prepare(db, statement);
    q.m_binds = binds;
    exec(q);
    return q;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    Query q = run(db, statement, binds);
    return q.next() ? q.value(0) : QVariant();
}

bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.userType()) {
    case QMetaType::QString: return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate: return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime: return !static_cast<const QTime*>(value.constData())->isValid();
    default: return false;
    }
}

} // namespace dispatch::sql
