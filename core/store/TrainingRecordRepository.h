// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingRecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace dispatch {

/// Rows of the training record's file (`sessions`): one finished exercise of one trainee each.
class TrainingRecordRepository
{
public:
    /// The journal mode and the table (kept when it is there).
    static void prepare(const QSqlDatabase& db);
    static qint64 insert(const QSqlDatabase& db, const TrainingSessionRecord& r);
    /// Oldest first; every trainee when `trainee` is empty.
    static QList<TrainingSessionRecord> sessions(const QSqlDatabase& db, const QString& trainee);
    /// Usernames with at least one session.
    static QStringList trainees(const QSqlDatabase& db);
};

} // namespace dispatch
