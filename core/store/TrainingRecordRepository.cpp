// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TrainingRecordRepository.h"

#include "store/Sql.h"

#include <QJsonDocument>

namespace dispatch {

void TrainingRecordRepository::prepare(const QSqlDatabase& db)
{
    sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS sessions ("
                                " id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, trainee_name TEXT NOT NULL DEFAULT '',"
                                " scenario TEXT NOT NULL, seed TEXT NOT NULL, held_at INTEGER NOT NULL,"
                                " sim_start INTEGER NOT NULL, sim_end INTEGER NOT NULL, score REAL NOT NULL,"
                                " report TEXT NOT NULL, store TEXT NOT NULL DEFAULT '')"));
    sql::run(db, QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_trainee ON sessions(trainee, held_at)"));
}

qint64 TrainingRecordRepository::insert(const QSqlDatabase& db, const TrainingSessionRecord& s)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO sessions(trainee, trainee_name, scenario, seed, held_at, sim_start, sim_end, "
                                   "score, report, store) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                    {s.trainee, sql::text(s.traineeName), s.scenario, QString::number(s.seed), s.heldAtMs, s.simStartMs,
                     s.simEndMs, s.score, QString::fromUtf8(QJsonDocument(s.report).toJson(QJsonDocument::Compact)),
                     sql::text(s.store)})
        .lastInsertId()
        .toLongLong();
}

QList<TrainingSessionRecord> TrainingRecordRepository::sessions(const QSqlDatabase& db, const QString& trainee)
{
    QList<TrainingSessionRecord> out;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, trainee, trainee_name, scenario, seed, held_at, sim_start, sim_end, score, "
                                           "report, store FROM sessions WHERE ? = '' OR trainee = ? ORDER BY held_at, id"),
                            {trainee, trainee});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString().toULongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                    q.value(7).toLongLong(), q.value(8).toDouble(),
                    QJsonDocument::fromJson(q.value(9).toByteArray()).object(), q.value(10).toString()});
    return out;
}

QStringList TrainingRecordRepository::trainees(const QSqlDatabase& db)
{
    QStringList out;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT DISTINCT trainee FROM sessions ORDER BY trainee")); q.next();)
        out << q.value(0).toString();
    return out;
}

} // namespace dispatch
