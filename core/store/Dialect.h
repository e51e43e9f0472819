// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sql.h"

#include <QString>

/// What the repositories' statements cannot say the same way to SQLite and to PostgreSQL, in one place. The rest of
/// what is each backend's own stays in the schema (Schema.cpp and SchemaSteps.cpp for SQLite, SchemaPostgres.cpp),
/// the statement wrapper (Sql.cpp, SqlServer.cpp: an inserted row's id) and Database (transactions, pragmas).
namespace dispatch::sql::dialect {

/// An INSERT that leaves the row out when a unique key already holds one; `into` is "table(columns) VALUES (…)".
inline QString insertOrIgnore(const QString& into)
{
    return QStringLiteral("INSERT INTO ") + into + QStringLiteral(" ON CONFLICT DO NOTHING");
}

/// How many rows of a group meet a condition (0 when none).
inline QString countWhere(const QString& condition)
{
    return QStringLiteral("count(*) FILTER (WHERE ") + condition + u')';
}

/// The distinct values of a group joined by commas.
inline QString distinctList(const QSqlDatabase& db, const QString& expression)
{
    if (isPostgres(db))
        return QStringLiteral("string_agg(DISTINCT ") + expression + QStringLiteral(", ',')");
    return QStringLiteral("group_concat(DISTINCT ") + expression + u')';
}

/// The integers of a JSON array bound as text (`[1,2,3]`), as a subquery to go after IN.
inline QString integersOf(const QSqlDatabase& db)
{
    return isPostgres(db) ? QStringLiteral("(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(? AS json)))")
                          : QStringLiteral("(SELECT value FROM json_each(?))");
}

/// A column whose term only filters the rows of the index the other terms chose (the covering index of the
/// incidents by received time), never choosing one itself: SQLite's planner leaves a unary + term alone.
/// PostgreSQL's planner weighs the indexes by their statistics and needs no hint (nor takes + on text).
inline QString unindexed(const QSqlDatabase& db, const QString& column)
{
    return isPostgres(db) ? column : u'+' + column;
}

/// An integer expression as decimal text padded with zeros to at least `width` digits (never cut).
inline QString zeroPadded(const QSqlDatabase& db, const QString& expression, int width)
{
    if (isPostgres(db))
        return QStringLiteral("lpad(CAST(%1 AS text), greatest(%2, length(CAST(%1 AS text))), '0')")
            .arg(expression)
            .arg(width);
    return QStringLiteral("printf('%0") + QString::number(width) + QStringLiteral("d', ") + expression + u')';
}

/// The incidents (as `i`) whose position lies in a box, found through the position index (on SQLite the incident_geo
/// R*Tree, kept by triggers on incidents; on PostgreSQL the incidents' own index on latitude and longitude): a FROM …
/// WHERE to go on with AND; it binds the south, north, west and east edges in this order.
inline QString incidentsInBox(const QSqlDatabase& db)
{
    if (isPostgres(db))
        return QStringLiteral("FROM incidents i WHERE i.lat >= ? AND i.lat <= ? AND i.lon >= ? AND i.lon <= ?");
    return QStringLiteral("FROM incident_geo g JOIN incidents i ON i.id = g.id"
                          " WHERE g.min_lat >= ? AND g.max_lat <= ? AND g.min_lon >= ? AND g.max_lon <= ?");
}

} // namespace dispatch::sql::dialect
