// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingRecords.h"

#include "store/Sql.h"
#include "store/TrainingRecordRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
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
        TrainingRecordRepository::prepare(r->m_db);
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
        return TrainingRecordRepository::insert(m_db, s);
    } catch (const DispatchError& e) {
        return e.error();
    }
}

QList<TrainingSessionRecord> TrainingRecords::sessions(const QString& trainee) const
{
    try {
        return TrainingRecordRepository::sessions(m_db, trainee);
    } catch (const DispatchError&) {
        return {};
    }
}

QStringList TrainingRecords::trainees() const
{
    try {
        return TrainingRecordRepository::trainees(m_db);
    } catch (const DispatchError&) {
        return {};
    }
}

} // namespace dispatch
