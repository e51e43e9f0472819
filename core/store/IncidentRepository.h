// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assignment.h"
#include "domain/Incident.h"

#include <QDate>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace dispatch {

namespace sql {
class Query;
class ServerAnswer;
}

/// Filters for listing incidents from the store (history is paged; only active ones live in memory).
struct IncidentQuery
{
    bool activeOnly = false;
    std::optional<IncidentOrigin> origin;
    qint64 fromMs = 0; ///< received at or after, 0 = no bound
    qint64 toMs = 0;   ///< received before, 0 = no bound
    int limit = 1000;
    int offset = 0;
};

/// What an incident row holds besides the Incident: the import that brought it and its first unit's times, which
/// history and statistics read (imported history brings them along; live work has them stamped as its units move).
struct IncidentHistory
{
    qint64 importId = 0; ///< 0: not imported
    std::optional<qint64> firstDispatchedMs, firstSignedForMs, firstOnSceneMs;
};

/// Rows of the `incidents` table. Writes happen only inside the facade's transactions.
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::IncidentRepository)

public:
    /// The one way an incident row is written: a call taken at the desk, an imported or a generated history alike
    /// (one prepared statement, values bound as they are: fast enough for a million rows).
    static qint64 insert(const QSqlDatabase& db, const Incident& incident, const IncidentHistory& history = {});
    /// The same insert held prepared for a batch of rows (an import, a generated history): one statement kept for all
    /// of them, where insert() borrows it from the connection's cache and gives it back for each row.
    class Batch
    {
    public:
        explicit Batch(const QSqlDatabase& db);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        qint64 insert(const Incident& incident, const IncidentHistory& history = {});

    private:
        std::unique_ptr<sql::Query> m_query;
    };
    /// Stamps the first unit's steps on the assignment's incident from the assignment's times (dispatched, signed
    /// for, on scene): each step keeps the earliest time any unit reached it, so a later unit changes nothing.
    static void stampFirstUnitSteps(const QSqlDatabase& db, const Assignment& assignment);
    /// Writes the incident's row if it is still at the row version read (the version then goes up by one, in the
    /// store and in `incident`); refused with a DispatchError when another writer changed it in between.
    static void update(const QSqlDatabase& db, Incident& incident);
    /// find()'s statement, which binds the id (a read sent ahead, see Transaction::commitReadingVersion()).
    static const QString& findStatement();
    static std::optional<Incident> find(const QSqlDatabase& db, qint64 id);
    /// Every incident that is not closed, merged or cancelled (live and exercise; never imported history).
    static QList<Incident> active(const QSqlDatabase& db);
    static QList<Incident> list(const QSqlDatabase& db, const IncidentQuery& query);
    static qint64 count(const QSqlDatabase& db);
    /// The incident's number; empty when there is no such incident.
    static QString number(const QSqlDatabase& db, qint64 id);
    /// On a server, the id and the number of an incident about to be added (the next number of the centre-local
    /// date: the store's write lock is held from the write transaction's start), asked with the next statement sent,
    /// so that the incident's INSERT can be held back with the command's other writes; none on SQLite.
    static std::shared_ptr<sql::ServerAnswer> reserveNumbered(const QSqlDatabase& db, const QDate& localDate);
    /// Inserts a new incident under the next number of the given centre-local date, YYYYMMDD-NNNNN (gap-free under
    /// the store's write lock): the id and number `reserved` (then the INSERT is held back, sql::hold()), or without a
    /// reservation found by the INSERT itself (one statement, one round trip on a server). Sets the incident's number
    /// and id.
    static void insertNumbered(const QSqlDatabase& db, Incident& incident, const QDate& localDate,
                               const std::shared_ptr<sql::ServerAnswer>& reserved = {});
};

} // namespace dispatch
