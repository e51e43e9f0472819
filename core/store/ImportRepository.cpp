// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ImportRepository.h"

#include "store/Sql.h"

namespace dispatch {

qint64 ImportRepository::insert(const QSqlDatabase& db, const ImportRecord& r)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO imports(source, profile, file, rows, incidents, assignments, rejected, "
                                   "already_imported, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                    {sql::text(r.source), sql::text(r.profile), sql::text(r.file), r.rows, r.incidents, r.assignments,
                     r.rejected, r.alreadyImported, r.importedAtMs, sql::text(r.importedBy)})
        .lastInsertId()
        .toLongLong();
}

void ImportRepository::setCounts(const QSqlDatabase& db, const ImportRecord& r)
{
    sql::run(db,
             QStringLiteral("UPDATE imports SET rows = ?, incidents = ?, assignments = ?, rejected = ?, "
                            "already_imported = ? WHERE id = ?"),
             {r.rows, r.incidents, r.assignments, r.rejected, r.alreadyImported, r.id});
}

QSet<QString> ImportRepository::importedRefs(const QSqlDatabase& db, const QString& source)
{
    // The references of one source are the range [SOURCE:, SOURCE;) of the imported references' index.
    QSet<QString> refs;
    for (sql::Query q = sql::run(db,
                                 QStringLiteral("SELECT source_ref FROM incidents WHERE origin = 'imported' "
                                                "AND source_ref >= ? AND source_ref < ?"),
                                 {QString(source + u':'), QString(source + u';')});
         q.next();)
        refs.insert(q.value(0).toString());
    return refs;
}

void ImportRepository::insertUnitTimes(const QSqlDatabase& db, qint64 incidentId, const ImportedUnitTimes& u)
{
    UnitTimesBatch(db).insert(incidentId, u);
}

ImportRepository::UnitTimesBatch::UnitTimesBatch(const QSqlDatabase& db)
    : m_query(std::make_unique<sql::Query>(
        sql::prepare(db, QStringLiteral("INSERT INTO imported_assignments(incident_id, unit_ref, unit_type, "
                                        "dispatched_at, signed_for_at, on_scene_at, cleared_at) VALUES (?,?,?,?,?,?,?)"))))
{
}

ImportRepository::UnitTimesBatch::~UnitTimesBatch() = default;

void ImportRepository::UnitTimesBatch::insert(qint64 incidentId, const ImportedUnitTimes& u)
{
    sql::Query& q = *m_query;
    q.bindInteger(0, incidentId);
    q.bindText(1, u.unitRef);
    q.bindText(2, u.unitType);
    q.bindInteger(3, u.dispatched);
    q.bindInteger(4, u.signedFor);
    q.bindInteger(5, u.onScene);
    q.bindInteger(6, u.cleared);
    sql::exec(q);
}

} // namespace dispatch
