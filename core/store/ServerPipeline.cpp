// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerPipeline.h"

#include "store/SqlServer.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <unordered_map>
#include <vector>

namespace dispatch::sql {

namespace {

/// The statements prepared on one server connection, by the text the repositories wrote.
struct Prepared
{
    int backend = 0; ///< the server process they were prepared in (a connection opened again has another)
    QHash<QString, QByteArray> names;
    int next = 0;
};

/// The writes a connection holds back while its transaction is open.
struct Deferral
{
    bool on = false;
    QList<PipelineStep> held;
};

thread_local std::unordered_map<PGconn*, Prepared> t_prepared;
thread_local QHash<QString, Deferral> t_deferrals;

PGconn* connectionOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // The driver declares libpq's handle under its struct's name ("pg_conn*"), newer ones perhaps as "PGconn*".
    if (v.isValid() && (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn* const*>(v.constData());
    return nullptr;
}

/// `?` placeholders as the server numbers them ($1, $2 …), outside quoted text and names.
QByteArray numbered(const QString& statement)
{
    QString out;
    out.reserve(statement.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += u'$' + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}

/// Statements the server keeps prepared by name; the rest (BEGIN, COMMIT) go unnamed.
bool keptPrepared(const QString& statement)
{
    const QStringView s = QStringView(statement).trimmed();
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"})
        if (s.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

/// A value as text for the server (the same conversions the QPSQL path makes), nullopt for NULL.
std::optional<QByteArray> textOf(const QVariant& bound, const QString& statement)
{
    if (isNullValue(bound))
        return std::nullopt;
    const QVariant v = serverBind(bound);
    switch (v.userType()) {
    case QMetaType::LongLong: return QByteArray::number(v.toLongLong());
    case QMetaType::ULongLong: return QByteArray::number(v.toULongLong());
    case QMetaType::Double: return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QString: return v.toString().toUtf8();
    case QMetaType::QByteArray:
        failStatement(QStringLiteral("binary values are not sent in a pipeline"), statement);
    default: return v.toString().toUtf8();
    }
}

QString messageOf(const PGresult* r, PGconn* c)
{
    const char* m = r ? PQresultErrorMessage(r) : nullptr;
    return QString::fromUtf8(m && *m ? m : PQerrorMessage(c)).trimmed();
}

} // namespace

bool defers(const QSqlDatabase& db)
{
    const auto it = t_deferrals.constFind(db.connectionName());
    return it != t_deferrals.cend() && it->on;
}

void startDeferring(const QSqlDatabase& db)
{
    if (isPostgres(db))
        t_deferrals[db.connectionName()] = Deferral{true, {}};
}

void stopDeferring(const QSqlDatabase& db)
{
    t_deferrals.remove(db.connectionName());
}

void dropDeferred(const QSqlDatabase& db)
{
    if (const auto it = t_deferrals.find(db.connectionName()); it != t_deferrals.end())
        it->held.clear();
}

void defer(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    const auto it = t_deferrals.find(db.connectionName());
    if (it == t_deferrals.end() || !it->on) {
        run(db, statement, binds);
        return;
    }
    it->held.append({statement, binds});
}

qsizetype deferredCount(const QSqlDatabase& db)
{
    const auto it = t_deferrals.constFind(db.connectionName());
    return it == t_deferrals.cend() ? 0 : it->held.size();
}

bool holdsWrites(const QString& connection)
{
    const auto it = t_deferrals.constFind(connection);
    return it != t_deferrals.cend() && !it->held.isEmpty();
}

void sendDeferred(const QSqlDatabase& db)
{
    const auto it = t_deferrals.constFind(db.connectionName());
    if (it != t_deferrals.cend() && !it->held.isEmpty())
        pipeline(db, {});
}

QList<PipelineRows> pipeline(const QSqlDatabase& db, const QList<PipelineStep>& steps)
{
    QList<PipelineStep> all;
    if (const auto it = t_deferrals.find(db.connectionName()); it != t_deferrals.end())
        all = std::exchange(it->held, {});
    const qsizetype firstAsked = all.size();
    all.append(steps);
    if (all.isEmpty())
        return {};
    // Every value as text before anything is sent: a value that cannot be sent must not leave half a pipeline.
    std::vector<std::vector<std::optional<QByteArray>>> texts;
    texts.reserve(std::size_t(all.size()));
    for (const PipelineStep& s : all) {
        std::vector<std::optional<QByteArray>>& text = texts.emplace_back();
        for (const QVariant& b : s.binds)
            text.push_back(textOf(b, s.statement));
    }
    PGconn* c = connectionOf(db);
    if (!c)
        failStatement(QStringLiteral("the connection to the server is closed"), all.first().statement);
    if (!PQenterPipelineMode(c))
        failStatement(messageOf(nullptr, c), all.first().statement);

    // What each command sent is, in the order the server answers: a PREPARE of a statement new to the connection
    // (index -1 - step), or the run of step `i` (index i).
    Prepared& prepared = t_prepared[c];
    if (prepared.backend != PQbackendPID(c))
        prepared = Prepared{PQbackendPID(c), {}, 0};
    std::vector<qsizetype> commands;
    QHash<QString, QByteArray> preparing; ///< names this pipeline prepares, kept once the server has them
    bool sent = true;
    for (qsizetype i = 0; i < all.size() && sent; ++i) {
        const PipelineStep& s = all.at(i);
        std::vector<const char*> values;
        for (const std::optional<QByteArray>& t : texts[std::size_t(i)])
            values.push_back(t ? t->constData() : nullptr);
        if (!keptPrepared(s.statement)) {
            sent = PQsendQueryParams(c, numbered(s.statement).constData(), int(values.size()), nullptr,
                                     values.data(), nullptr, nullptr, 0);
            commands.push_back(i);
            continue;
        }
        QByteArray name = prepared.names.value(s.statement, preparing.value(s.statement));
        if (name.isEmpty()) {
            name = "dispatch_" + QByteArray::number(++prepared.next);
            preparing.insert(s.statement, name);
            sent = PQsendPrepare(c, name.constData(), numbered(s.statement).constData(), 0, nullptr);
            commands.push_back(-1 - i);
        }
        sent = sent && PQsendQueryPrepared(c, name.constData(), int(values.size()), values.data(), nullptr, nullptr, 0);
        commands.push_back(i);
    }
    sent = sent && PQpipelineSync(c);

    QList<PipelineRows> rows(steps.size());
    QString failure;
    QString failed;
    bool forgetNames = false;
    std::size_t command = 0;
    bool broken = !sent;
    while (!broken) {
        PGresult* r = PQgetResult(c);
        if (!r) {
            // The end of one command's results; a connection gone gives nothing more.
            if (PQstatus(c) == CONNECTION_BAD || ++command > commands.size() + 1)
                broken = true;
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        if (command < commands.size()) {
            const qsizetype which = commands[command];
            const qsizetype step = which < 0 ? -1 - which : which;
            if (status == PGRES_FATAL_ERROR && failure.isEmpty()) {
                failure = messageOf(r, c);
                failed = all.at(step).statement;
                if (qstrcmp(PQresultErrorField(r, PG_DIAG_SQLSTATE), "26000") == 0)
                    forgetNames = true; // the connection is not the one the names were prepared on
            } else if (which < 0 && status == PGRES_COMMAND_OK) {
                prepared.names.insert(all.at(step).statement, preparing.value(all.at(step).statement));
            } else if (which >= firstAsked && status == PGRES_TUPLES_OK) {
                PipelineRows& out = rows[which - firstAsked];
                const int columns = PQnfields(r);
                for (int row = 0; row < PQntuples(r); ++row) {
                    PipelineRow values(columns);
                    for (int col = 0; col < columns; ++col)
                        if (!PQgetisnull(r, row, col))
                            values[col] = QByteArray(PQgetvalue(r, row, col), PQgetlength(r, row, col));
                    out.append(std::move(values));
                }
            }
        }
        PQclear(r);
    }
    if (broken) {
        const QString why = messageOf(nullptr, c);
        PQexitPipelineMode(c);
        failStatement(why.isEmpty() ? QStringLiteral("the server did not answer") : why, all.first().statement);
    }
    PQexitPipelineMode(c);
    if (forgetNames)
        t_prepared.erase(c);
    if (!failure.isEmpty())
        failStatement(failure, failed);
    return rows;
}

void forgetPipelineStatements(const QSqlDatabase& db)
{
    if (PGconn* c = connectionOf(db))
        t_prepared.erase(c);
    t_deferrals.remove(db.connectionName());
}

} // namespace dispatch::sql
