// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sql.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <cmath>

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

/// The grid of a server's index of the incidents' positions (incidents_cell, SchemaPostgres.cpp, whose expressions
/// these must be): a cell is a thousandth of a degree of latitude by one of longitude (about 111 m by 103 m at 22°N),
/// numbered floor(degrees × 1000); the index holds each incident by its two cell numbers, then its received time.
inline constexpr double kCellsPerDegree = 1000.0;
/// A box up to this many cells a side is read cell by cell, each cell's incidents from a time on; a wider one as a
/// band of latitude, its cells and times checked in the index.
inline constexpr int kMostCellsASide = 8;

/// The terms of a WHERE and the values they bind, in order.
struct Terms
{
    QString text;
    QVariantList binds;
};

/// The incidents (as `i`) whose position lies in a box (south, north, west, east, in degrees), found through the
/// position index: on SQLite the incident_geo R*Tree, kept by triggers on incidents; on PostgreSQL the index by cell
/// and received time, so that a term `i.received_at >= ?` after these reads only the box's cells' recent incidents
/// rather than every incident the box ever held. A FROM … WHERE to go on with AND; it may hold incidents just
/// outside the box.
inline Terms incidentsInBox(const QSqlDatabase& db, double south, double north, double west, double east)
{
    // The R*Tree keeps each position as a box of 32-bit floats rounded outwards (up to a metre at 100°E): the box is
    // read as overlapping the one asked for, never as inside it, or a point within a metre of its edge is missed.
    // What lies a little outside is the caller's to leave out by the exact distance.
    if (!isPostgres(db))
        return {QStringLiteral("FROM incident_geo g JOIN incidents i ON i.id = g.id"
                               " WHERE g.max_lat >= ? AND g.min_lat <= ? AND g.max_lon >= ? AND g.min_lon <= ?"),
                {south, north, west, east}};
    const auto cell = [](double degrees) { return qint64(std::floor(degrees * kCellsPerDegree)); };
    const QVariantList box{south, north, west, east};
    // The exact box is written so that no index takes it: incidents_received_place would (its positions after the
    // received time), read a month's calls over the whole district and check each one's place.
    static const QString inBox =
        QStringLiteral(" AND i.lat + 0 >= ? AND i.lat + 0 <= ? AND i.lon + 0 >= ? AND i.lon + 0 <= ?");
    if (cell(north) - cell(south) >= kMostCellsASide || cell(east) - cell(west) >= kMostCellsASide) {
        static const QString band = QStringLiteral(
            "FROM incidents i WHERE floor(i.lat * 1000) >= ? AND floor(i.lat * 1000) <= ?"
            " AND floor(i.lon * 1000) >= ? AND floor(i.lon * 1000) <= ?") + inBox;
        return {band, QVariantList{cell(south), cell(north), cell(west), cell(east)} + box};
    }
    // Each side's cells as an array ('{22779,22780}'): the index is read once for each pair of them.
    const auto cells = [&](double from, double to) -> QString {
        QStringList out;
        for (qint64 c = cell(from); c <= cell(to); ++c)
            out.append(QString::number(c));
        return u'{' + out.join(u',') + u'}';
    };
    static const QString byCell =
        QStringLiteral("FROM incidents i WHERE floor(i.lat * 1000) = ANY(?) AND floor(i.lon * 1000) = ANY(?)") + inBox;
    return {byCell, QVariantList{cells(south, north), cells(west, east)} + box};
}

} // namespace dispatch::sql::dialect
