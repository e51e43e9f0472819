// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerPipeline.h"

#include "store/SqlServer.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace dispatch::sql {

namespace {

/// In a pipeline's list of what it sent, the switch of the plan cache's mode (no step's).
constexpr qsizetype kPlanMode = std::numeric_limits<qsizetype>::min();

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
    /// The writes are sent as they come, their answers read with the next statement asked (else held until then).
    bool ahead = false;
    QList<PipelineStep> held;
};

/// A pipeline sent and not answered yet: what it sent, in the order the server answers.
struct InFlight
{
    QList<PipelineStep> all;
    /// What each command sent is: a PREPARE of a statement new to the connection (index -1 - step), the run of step
    /// `i` (index i), or the switch of the plan cache's mode (kPlanMode).
    std::vector<qsizetype> commands;
    QHash<QString, QByteArray> preparing; ///< names this pipeline prepares, kept once the server has them
    /// Whether the plan cache is told to take generic plans now. A SET is undone with the transaction it ran in, so a
    /// pipeline cut short by an error (whose last RESET is then never run) leaves nothing behind either.
    bool generic = false;
    bool ok = true; ///< every message was queued
};

thread_local std::unordered_map<PGconn*, Prepared> t_prepared;
thread_local QHash<QString, Deferral> t_deferrals;
/// Per connection: the writes sent ahead of their answers (Deferral::ahead).
thread_local QHash<QString, InFlight> t_inFlight;
/// A statement and its values as the server is sent them (keyOf()).
struct KeptKey
{
    QString statement;
    QByteArray values;
    bool operator==(const KeptKey& other) const = default;
};

size_t qHash(const KeptKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.statement, key.values);
}

/// Per connection: the answers of the reads sent after its last commit, by statement and values.
thread_local QHash<QString, QHash<KeptKey, ServerAnswer>> t_kept;
/// Per connection: how many times something was sent to the server and its answer waited for.
thread_local QHash<QString, qint64> t_roundTrips;

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

/// A value as the server is sent it (the same conversions the QPSQL path made): text, or the bytes of a binary
/// value (bytea) sent in binary; nullopt for NULL.
struct SentValue
{
    std::optional<QByteArray> bytes;
    bool binary = false;
};

SentValue sentValue(const QVariant& bound)
{
    if (isNullValue(bound))
        return {};
    const QVariant v = serverBind(bound);
    switch (v.userType()) {
    case QMetaType::LongLong: return {QByteArray::number(v.toLongLong())};
    case QMetaType::ULongLong: return {QByteArray::number(v.toULongLong())};
    case QMetaType::Double: {
        // The shortest text that reads back as the same double (the server's float8 input reads it exactly).
        char text[32];
        const double d = v.toDouble();
        const auto [end, failed] = std::to_chars(text, text + sizeof text, d);
        if (failed != std::errc() || !std::isfinite(d))
            return {QByteArray::number(d, 'g', 17)};
        return {QByteArray(text, end - text)};
    }
    case QMetaType::QString: return {v.toString().toUtf8()};
    case QMetaType::QByteArray: return {v.toByteArray(), true};
    default: return {v.toString().toUtf8()};
    }
}

/// A statement and its values as the server is sent them, as one key.
KeptKey keyOf(const QString& statement, const QVariantList& binds)
{
    KeptKey key{statement, {}};
    for (const QVariant& b : binds) {
        const SentValue v = sentValue(b);
        key.values += v.binary ? "\x1f" "b" : v.bytes ? "\x1f" "t" : "\x1f" "n";
        if (v.bytes)
            key.values += *v.bytes;
    }
    return key;
}

void sendAhead(const QSqlDatabase& db, const PipelineStep& step);

/// The steps that take their generic plan run with the plan cache told so, and the session's own mode comes back
/// after them.
void planMode(PGconn* c, InFlight& f, bool toGeneric)
{
    f.ok = f.ok
           && PQsendQueryParams(c, toGeneric ? "SET plan_cache_mode = force_generic_plan" : "RESET plan_cache_mode", 0,
                                nullptr, nullptr, nullptr, nullptr, 0);
    f.commands.push_back(kPlanMode);
    f.generic = toGeneric;
}

/// More statements than a connection keeps prepared on the server: the names are let go and made again as used.
constexpr qsizetype kMaxPrepared = 400;

QString messageOf(const PGresult* r, PGconn* c)
{
    const char* m = r ? PQresultErrorMessage(r) : nullptr;
    return QString::fromUtf8(m && *m ? m : PQerrorMessage(c)).trimmed();
}

} // namespace

bool preparable(const QString& statement)
{
    const QStringView s = QStringView(statement).trimmed();
    if (s.contains(QLatin1Char(';')))
        return false; // prepared, "SELECT …; COMMIT" would commit once, when prepared, and never again
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES"})
        if (s.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

bool defers(const QSqlDatabase& db)
{
    const auto it = t_deferrals.constFind(db.connectionName());
    return it != t_deferrals.cend() && it->on;
}

void startDeferring(const QSqlDatabase& db, bool ahead)
{
    if (isPostgres(db)) {
        t_deferrals[db.connectionName()] = Deferral{true, ahead, {}};
        t_kept.remove(db.connectionName());
    }
}

void stopDeferring(const QSqlDatabase& db)
{
    settle(db);
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
    if (it->ahead)
        sendAhead(db, {statement, binds});
    else
        it->held.append({statement, binds});
}

std::shared_ptr<ServerAnswer> deferAnswered(const QSqlDatabase& db, const QString& statement, const QVariantList& binds,
                                            bool genericPlan)
{
    auto answer = std::make_shared<ServerAnswer>();
    const PipelineStep step{statement, binds, answer, false, genericPlan};
    const auto it = t_deferrals.find(db.connectionName());
    if (it == t_deferrals.end() || !it->on)
        *answer = pipeline(db, {step}).first();
    else if (it->ahead)
        sendAhead(db, step);
    else
        it->held.append(step);
    return answer;
}

qsizetype deferredCount(const QSqlDatabase& db)
{
    const auto it = t_deferrals.constFind(db.connectionName());
    const auto ahead = t_inFlight.constFind(db.connectionName());
    return (it == t_deferrals.cend() ? 0 : it->held.size()) + (ahead == t_inFlight.cend() ? 0 : ahead->all.size());
}

bool holdsWrites(const QString& connection)
{
    const auto it = t_deferrals.constFind(connection);
    return (it != t_deferrals.cend() && !it->held.isEmpty()) || t_inFlight.contains(connection);
}

void sendDeferred(const QSqlDatabase& db)
{
    if (holdsWrites(db.connectionName()))
        pipeline(db, {});
}

namespace {

/// The connection ready to be sent a new pipeline: its prepared names those of this server process, not too many.
PGconn* openPipeline(const QSqlDatabase& db, const QString& first)
{
    PGconn* c = connectionOf(db);
    if (!c)
        failStatement(QStringLiteral("the connection to the server is closed"), first);
    Prepared& prepared = t_prepared[c];
    if (prepared.backend != PQbackendPID(c))
        prepared = Prepared{PQbackendPID(c), {}, 0};
    if (prepared.names.size() >= kMaxPrepared) {
        // Its own names only (the driver may keep statements of its own on the connection), in one round trip; not
        // transactional, so a rollback does not bring them back.
        QByteArray let;
        for (const QByteArray& name : std::as_const(prepared.names))
            let += "DEALLOCATE " + name + ';';
        PQclear(PQexec(c, let.constData()));
        prepared.names.clear();
    }
    if (!PQenterPipelineMode(c))
        failStatement(messageOf(nullptr, c), first);
    return c;
}

/// Sends `steps` on the pipeline `f` (its connection in pipeline mode), without waiting for anything. Every value is
/// made ready before anything is sent: a value that cannot be sent must not leave half a statement.
void sendSteps(PGconn* c, InFlight& f, const QList<PipelineStep>& steps)
{
    std::vector<std::vector<SentValue>> sent;
    sent.reserve(std::size_t(steps.size()));
    for (const PipelineStep& s : steps) {
        std::vector<SentValue>& values = sent.emplace_back();
        for (const QVariant& b : s.binds)
            values.push_back(sentValue(b));
    }
    Prepared& prepared = t_prepared[c];
    const qsizetype base = f.all.size();
    f.all.append(steps);
    for (qsizetype k = 0; k < steps.size() && f.ok; ++k) {
        const qsizetype i = base + k;
        const PipelineStep& s = steps.at(k);
        if (s.genericPlan != f.generic)
            planMode(c, f, s.genericPlan);
        const std::vector<SentValue>& values = sent[std::size_t(k)];
        std::vector<const char*> data;
        std::vector<int> lengths;
        std::vector<int> formats;
        for (const SentValue& v : values) {
            data.push_back(v.bytes ? v.bytes->constData() : nullptr);
            lengths.push_back(v.bytes ? int(v.bytes->size()) : 0);
            formats.push_back(v.binary ? 1 : 0);
        }
        const int n = int(values.size());
        if (!preparable(s.statement)) {
            f.ok = PQsendQueryParams(c, numbered(s.statement).constData(), n, nullptr, data.data(), lengths.data(),
                                     formats.data(), 0);
            f.commands.push_back(i);
            continue;
        }
        QByteArray name = prepared.names.value(s.statement, f.preparing.value(s.statement));
        if (name.isEmpty()) {
            name = "dispatch_" + QByteArray::number(++prepared.next);
            f.preparing.insert(s.statement, name);
            f.ok = PQsendPrepare(c, name.constData(), numbered(s.statement).constData(), 0, nullptr);
            f.commands.push_back(-1 - i);
        }
        f.ok = f.ok && PQsendQueryPrepared(c, name.constData(), n, data.data(), lengths.data(), formats.data(), 0);
        f.commands.push_back(i);
    }
}

/// Ends the pipeline `f` with a sync and reads its answers: those of the steps from `firstAsked` on are returned, the
/// earlier ones go where their steps say. Throws DispatchError naming the first statement that failed.
QList<ServerAnswer> collect(const QSqlDatabase& db, PGconn* c, InFlight f, qsizetype firstAsked)
{
    ++t_roundTrips[db.connectionName()];
    if (f.generic)
        planMode(c, f, false);
    f.ok = f.ok && PQpipelineSync(c);

    QList<ServerAnswer> answers(f.all.size() - firstAsked);
    QString failure;
    QString failed;
    bool forgetNames = false;
    std::size_t command = 0;
    bool broken = !f.ok;
    while (!broken) {
        PGresult* r = PQgetResult(c);
        if (!r) {
            // The end of one command's results; a connection gone gives nothing more.
            if (PQstatus(c) == CONNECTION_BAD || ++command > f.commands.size() + 1)
                broken = true;
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        if (command >= f.commands.size()) {
            PQclear(r);
            continue;
        }
        const qsizetype which = f.commands[command];
        if (which == kPlanMode) {
            if (status == PGRES_FATAL_ERROR && failure.isEmpty()) {
                failure = messageOf(r, c);
                failed = QStringLiteral("SET plan_cache_mode");
            }
            PQclear(r);
            continue;
        }
        const qsizetype step = which < 0 ? -1 - which : which;
        if (status == PGRES_FATAL_ERROR && f.all.at(step).mayFail) {
            // not answered, and nothing else fails for it
        } else if (status == PGRES_FATAL_ERROR && failure.isEmpty()) {
            failure = messageOf(r, c);
            failed = f.all.at(step).statement;
            if (qstrcmp(PQresultErrorField(r, PG_DIAG_SQLSTATE), "26000") == 0)
                forgetNames = true; // the connection is not the one the names were prepared on
        } else if (which < 0 && status == PGRES_COMMAND_OK) {
            t_prepared[c].names.insert(f.all.at(step).statement, f.preparing.value(f.all.at(step).statement));
        } else if (which >= 0 && (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)) {
            ServerAnswer answer(r);
            if (which >= firstAsked)
                answers[which - firstAsked] = answer;
            else if (f.all.at(which).answer)
                *f.all.at(which).answer = answer;
            continue; // the answer owns the result now
        }
        PQclear(r);
    }
    if (broken) {
        const QString why = messageOf(nullptr, c);
        PQexitPipelineMode(c);
        failStatement(why.isEmpty() ? QStringLiteral("the server did not answer") : why,
                      f.all.isEmpty() ? QString() : f.all.first().statement);
    }
    PQexitPipelineMode(c);
    if (forgetNames)
        t_prepared.erase(c);
    if (!failure.isEmpty())
        failStatement(failure, failed);
    return answers;
}

/// The pipeline sent ahead on the connection and not yet answered, taken (none when the connection is not in
/// pipeline mode).
std::optional<InFlight> takeInFlight(const QSqlDatabase& db)
{
    const auto it = t_inFlight.find(db.connectionName());
    if (it == t_inFlight.end())
        return std::nullopt;
    InFlight f = std::move(*it);
    t_inFlight.erase(it);
    return f;
}

/// Puts one write of a streaming transaction in the connection's pipeline, ahead of its answer (read with the next
/// statement that is asked, or the commit); it leaves with sendAheadNow() or that statement.
void sendAhead(const QSqlDatabase& db, const PipelineStep& step)
{
    t_kept.remove(db.connectionName());
    auto it = t_inFlight.find(db.connectionName());
    PGconn* c = nullptr;
    if (it == t_inFlight.end()) {
        c = openPipeline(db, step.statement);
        it = t_inFlight.insert(db.connectionName(), InFlight{});
    } else {
        c = connectionOf(db);
        if (!c)
            failStatement(QStringLiteral("the connection to the server is closed"), step.statement);
    }
    sendSteps(c, *it, {step}); // into the connection's buffer: sent by sendAheadNow() or the next round trip
}

} // namespace

QList<ServerAnswer> pipeline(const QSqlDatabase& db, const QList<PipelineStep>& steps)
{
    t_kept.remove(db.connectionName()); // anything sent may change what the kept answers say
    QList<PipelineStep> held;
    if (const auto it = t_deferrals.find(db.connectionName()); it != t_deferrals.end())
        held = std::exchange(it->held, {});
    std::optional<InFlight> ahead = takeInFlight(db);
    if (!ahead && held.isEmpty() && steps.isEmpty())
        return {};
    PGconn* c = nullptr;
    InFlight f;
    if (!ahead) {
        c = openPipeline(db, held.isEmpty() ? steps.first().statement : held.first().statement);
    } else {
        f = std::move(*ahead);
        c = connectionOf(db);
        if (!c)
            failStatement(QStringLiteral("the connection to the server is closed"),
                          f.all.isEmpty() ? QString() : f.all.first().statement);
    }
    const qsizetype firstAsked = f.all.size() + held.size();
    try {
        sendSteps(c, f, held);
        sendSteps(c, f, steps);
    } catch (const DispatchError&) {
        collect(db, c, std::move(f), 0); // what went ahead is answered; its failure, if any, is the one to tell
        throw;
    }
    return collect(db, c, std::move(f), firstAsked);
}

void sendAheadNow(const QSqlDatabase& db)
{
    const auto it = t_inFlight.find(db.connectionName());
    if (it == t_inFlight.end())
        return;
    if (PGconn* c = connectionOf(db))
        it->ok = it->ok && PQflush(c) == 0;
}

bool settle(const QSqlDatabase& db)
{
    std::optional<InFlight> ahead = takeInFlight(db);
    if (!ahead)
        return true;
    InFlight f = std::move(*ahead);
    PGconn* c = connectionOf(db);
    if (!c)
        return false;
    const qsizetype answered = f.all.size();
    try {
        collect(db, c, std::move(f), answered);
    } catch (const DispatchError&) {
        return false;
    }
    return true;
}

ServerAnswer ask(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    return pipeline(db, {{statement, binds}}).first();
}

ServerAnswer execute(const QSqlDatabase& db, const QString& statement)
{
    t_kept.remove(db.connectionName());
    sendDeferred(db);
    PGconn* c = connectionOf(db);
    if (!c)
        failStatement(QStringLiteral("the connection to the server is closed"), statement);
    // PQexec gives the last statement's result; an error stops the text where it happened.
    ++t_roundTrips[db.connectionName()];
    PGresult* r = PQexec(c, statement.toUtf8().constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        const QString why = messageOf(r, c);
        PQclear(r);
        failStatement(why, statement);
    }
    return ServerAnswer(r);
}

void keepAnswers(const QSqlDatabase& db, const QList<PipelineStep>& reads, const QList<ServerAnswer>& answers)
{
    QHash<KeptKey, ServerAnswer>& kept = t_kept[db.connectionName()];
    kept.clear();
    for (qsizetype i = 0; i < reads.size() && i < answers.size(); ++i)
        if (!answers.at(i).isEmpty())
            kept.insert(keyOf(reads.at(i).statement, reads.at(i).binds), answers.at(i));
    if (kept.isEmpty())
        t_kept.remove(db.connectionName());
}

void readAhead(const QSqlDatabase& db, const QList<PipelineStep>& reads)
{
    if (reads.isEmpty() || !isPostgres(db))
        return;
    keepAnswers(db, reads, pipeline(db, reads));
}

qint64 roundTrips(const QSqlDatabase& db)
{
    return t_roundTrips.value(db.connectionName());
}

std::optional<ServerAnswer> takeKept(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    const auto it = t_kept.find(db.connectionName());
    if (it == t_kept.end())
        return std::nullopt;
    const auto answer = it->find(keyOf(statement, binds));
    if (answer == it->end()) {
        t_kept.erase(it);
        return std::nullopt;
    }
    std::optional<ServerAnswer> out = *answer;
    it->erase(answer);
    return out;
}

void forgetPipelineStatements(const QSqlDatabase& db)
{
    t_inFlight.remove(db.connectionName());
    t_kept.remove(db.connectionName());
    if (PGconn* c = connectionOf(db))
        t_prepared.erase(c);
    t_deferrals.remove(db.connectionName());
    t_roundTrips.remove(db.connectionName());
}

qsizetype preparedCount(const QSqlDatabase& db)
{
    PGconn* c = connectionOf(db);
    const auto it = c ? t_prepared.find(c) : t_prepared.end();
    return it == t_prepared.end() || it->second.backend != PQbackendPID(c) ? 0 : it->second.names.size();
}

} // namespace dispatch::sql
