// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingRecords.h"

#include "store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dispatch {

TrainingRecords::TrainingRecords(QString connection) : m_connection(std::move(connection)) {}

TrainingRecords::~TrainingRecords()
{
    sql::forgetStatements(m_db);
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<TrainingRecords>> TrainingRecords::open(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<TrainingRecords> r(new TrainingRecords(QStringLiteral("training-records-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    r->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), r->m_connection);
    r->m_db.setDatabaseName(path);
    if (!r->m_db.open())
        return Error{tr("cannot open the training record: %1").arg(r->m_db.lastError().text()), path};
    try {
        sql::run(r->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::run(r->m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS sessions ("
                                         " id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, trainee_name TEXT NOT NULL DEFAULT '',"
                                         " scenario TEXT NOT NULL, seed TEXT NOT NULL, held_at INTEGER NOT NULL,"
                                         " sim_start INTEGER NOT NULL, sim_end INTEGER NOT NULL, score REAL NOT NULL,"
                                         " report TEXT NOT NULL, store TEXT NOT NULL DEFAULT '')"));
        sql::run(r->m_db, QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_trainee ON sessions(trainee, held_at)"));
    } catch (const DispatchError& e) {
        return Error{e.error().message, path};
    }
    return r;
}

Result<qint64> TrainingRecords::add(const TrainingSessionRecord& s)
{
    if (s.trainee.trimmed().isEmpty())
        return Error{tr("a session belongs to a trainee"), QStringLiteral("trainee")};
    try {
        return sql::run(m_db,
                        QStringLiteral("INSERT INTO sessions(trainee, trainee_name, scenario, seed, held_at, sim_start, sim_end, "
                                       "score, report, store) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                        {s.trainee, sql::text(s.traineeName), s.scenario, QString::number(s.seed), s.heldAtMs, s.simStartMs,
                         s.simEndMs, s.score, QString::fromUtf8(QJsonDocument(s.report).toJson(QJsonDocument::Compact)),
                         sql::text(s.store)})
            .lastInsertId()
            .toLongLong();
    } catch (const DispatchError& e) {
        return e.error();
    }
}

QList<TrainingSessionRecord> TrainingRecords::sessions(const QString& trainee) const
{
    QList<TrainingSessionRecord> out;
    try {
        sql::Query q = sql::run(m_db,
                                QStringLiteral("SELECT id, trainee, trainee_name, scenario, seed, held_at, sim_start, sim_end, score, "
                                               "report, store FROM sessions WHERE ? = '' OR trainee = ? ORDER BY held_at, id"),
                                {trainee, trainee});
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString().toULongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                        q.value(7).toLongLong(), q.value(8).toDouble(),
                        QJsonDocument::fromJson(q.value(9).toByteArray()).object(), q.value(10).toString()});
    } catch (const DispatchError&) {
    }
    return out;
}

QStringList TrainingRecords::trainees() const
{
    QStringList out;
    try {
        for (sql::Query q = sql::run(m_db, QStringLiteral("SELECT DISTINCT trainee FROM sessions ORDER BY trainee")); q.next();)
            out << q.value(0).toString();
    } catch (const DispatchError&) {
    }
    return out;
}

} // namespace dispatch
