// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dispatch {

/// One finished exercise of one trainee, as the record keeps it.
struct TrainingSessionRecord
{
    qint64 id = 0;
    QString trainee;          ///< username
    QString traineeName;
    QString scenario;         ///< title
    quint64 seed = 0;
    qint64 heldAtMs = 0;      ///< wall-clock time the session ended
    qint64 simStartMs = 0, simEndMs = 0;
    double score = 0;
    QJsonObject report;       ///< the after-action report's JSON
    QString store;            ///< the training store's file
};

/// The training record (训练档案): every finished exercise per trainee, kept in a file of its own beside the stores
/// (never in the live store), so that a trainee's progress over time can be read.
class TrainingRecords
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TrainingRecords)
    Q_DISABLE_COPY_MOVE(TrainingRecords)

public:
    static Result<std::unique_ptr<TrainingRecords>> open(const QString& path);
    ~TrainingRecords();

    Result<qint64> add(const TrainingSessionRecord& r);
    /// Oldest first; every trainee when `trainee` is empty.
    QList<TrainingSessionRecord> sessions(const QString& trainee = {}) const;
    /// Usernames with at least one session.
    QStringList trainees() const;

private:
    explicit TrainingRecords(QString connection);
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace dispatch
