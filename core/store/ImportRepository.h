// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace dispatch {

namespace sql {
class Query;
}

/// One import of history (a CAD export read through a profile, or a generated history) as `imports` records it.
struct ImportRecord
{
    qint64 id = 0;
    QString source;  ///< SF, GEN, …: the prefix of the incidents' references
    QString profile;
    QString file;
    int rows = 0, incidents = 0, assignments = 0, rejected = 0, alreadyImported = 0;
    qint64 importedAtMs = 0;
    QString importedBy;
};

/// One unit's times on an imported incident; its units are not ours, so it is named as the export names it.
struct ImportedUnitTimes
{
    QString unitRef, unitType;
    std::optional<qint64> dispatched, signedFor, onScene, cleared;
};

/// Rows of `imports` and `imported_assignments`. The incidents themselves are written by IncidentRepository::insert.
class ImportRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const ImportRecord& record);
    /// Writes the counts of an import once its rows are written.
    static void setCounts(const QSqlDatabase& db, const ImportRecord& record);
    /// The references ("SOURCE:external id") of the incidents already imported from a source.
    static QSet<QString> importedRefs(const QSqlDatabase& db, const QString& source);
    static void insertUnitTimes(const QSqlDatabase& db, qint64 incidentId, const ImportedUnitTimes& unit);
    /// The same insert held prepared for the rows of one import.
    class UnitTimesBatch
    {
    public:
        explicit UnitTimesBatch(const QSqlDatabase& db);
        ~UnitTimesBatch();
        UnitTimesBatch(const UnitTimesBatch&) = delete;
        UnitTimesBatch& operator=(const UnitTimesBatch&) = delete;
        void insert(qint64 incidentId, const ImportedUnitTimes& unit);

    private:
        std::unique_ptr<sql::Query> m_query;
    };
};

} // namespace dispatch
