// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What the repositories' statements say in SQLite's own words rather than in standard SQL, in one place: another
/// backend gives these its own spelling here. The rest of what is SQLite's own stays in two files of the store: the
/// schema (Schema.cpp, SchemaSteps.cpp: the R*Tree and the triggers that keep it, pragmas) and the statement wrapper
/// (Sql.cpp: an inserted row's id is the connection's last rowid, Query::lastInsertId()).
namespace dispatch::sql::dialect {

/// An INSERT that leaves the row out when a unique key already holds one; `into` is "table(columns) VALUES (…)".
inline QString insertOrIgnore(const QString& into)
{
    return QStringLiteral("INSERT OR IGNORE INTO ") + into;
}

/// How many rows of a group meet a condition (0 when none): SQLite counts a comparison as 0 or 1.
inline QString countWhere(const QString& condition)
{
    return QStringLiteral("coalesce(sum(") + condition + QStringLiteral("), 0)");
}

/// A column whose term only filters the rows of the index the other terms chose (the covering index of the
/// incidents by received time), never choosing one itself: SQLite's planner leaves a unary + term alone.
inline QString unindexed(const QString& column)
{
    return u'+' + column;
}

/// The incidents (as `i`) whose position lies in a box, found through the position index (the incident_geo R*Tree,
/// kept by triggers on incidents): a FROM … WHERE to go on with AND; it binds the south, north, west and east edges
/// in this order.
inline QString incidentsInBox()
{
    return QStringLiteral("FROM incident_geo g JOIN incidents i ON i.id = g.id"
                          " WHERE g.min_lat >= ? AND g.max_lat <= ? AND g.min_lon >= ? AND g.max_lon <= ?");
}

} // namespace dispatch::sql::dialect
