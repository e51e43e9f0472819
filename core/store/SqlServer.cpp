// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlServer.h"

#include "store/SchemaPostgres.h"
#include "store/ServerPipeline.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

namespace dispatch::sql {

namespace {

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
    return Query(db, statement);
}

void hold(Query& query)
{
    if (!query.m_server || !defers(query.m_serverDb)) {
        exec(query);
        return;
    }
    defer(query.m_serverDb, query.m_statement, query.m_binds);
    query.m_answer = {};
    query.m_row = Query::Row::Done;
    query.m_changes = 0;
    query.m_lastInsertId = 0;
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
    m_lastInsertId = 0;
    m_serverRow = -1;
    m_answer = {};
    m_row = Row::Done;
    if (!m_typed)
        m_bindCount = 0; // as QSqlQuery: the next values bound replace these from the first
    if (preparable(m_statement)) {
        // An INSERT into a table whose rows take their id from an identity column says which ids it gave.
        static thread_local QHash<QString, QString> sent;
        auto it = sent.find(m_statement);
        if (it == sent.end()) {
            if (sent.size() > 2000)
                sent.clear(); // statements made of parts: kept to a bound
            const QString table = identityInsert(m_statement);
            it = sent.insert(m_statement, table.isEmpty() ? m_statement : m_statement + QStringLiteral(" RETURNING id"));
        }
        std::optional<ServerAnswer> kept = takeKept(m_serverDb, *it, m_binds); // read with the last commit
        m_answer = kept ? std::move(*kept) : ask(m_serverDb, *it, m_binds);
        if (it->size() != m_statement.size()) {
            for (int row = 0, n = m_answer.rowCount(); row < n; ++row) // the last one kept, as SQLite's last rowid
                m_lastInsertId = m_answer.integer(row, 0);
            m_changes = m_answer.rowCount();
            m_answer = {};
            return;
        }
    } else {
        if (!m_binds.isEmpty())
            failStatement(QStringLiteral("values bound to a statement that takes none"), m_statement);
        m_answer = execute(m_serverDb, m_statement);
    }
    m_changes = m_answer.changed();
    m_row = m_answer.hasRows() ? Row::Pending : Row::Done;
}

} // namespace dispatch::sql
