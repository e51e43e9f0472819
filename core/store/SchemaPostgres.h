// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A centre's store on a PostgreSQL server: its schema, written at the current version in one go.
namespace dispatch::postgres {

/// Creates every table, index and rule of the current schema (Database::kSchemaVersion); call inside a transaction.
void createSchema(const QSqlDatabase& db);
/// The first schema a server store was written at; older server stores do not exist.
inline constexpr int kFirstServerVersion = 21;
/// Brings a server store from schema `from` (kFirstServerVersion or later) to the current one; call inside a
/// transaction, which also records the new version.
void upgradeSchema(const QSqlDatabase& db, int from);
/// The statements that make the store's guards (the refusing function and the triggers that keep the log
/// append-only and an accepted handover frozen), as createSchema runs them.
QStringList guardStatements();
/// The gazetteer's trigram index (pg_trgm's GIN operator class on the comparable forms), so that a word typed is
/// found inside a million names without reading them all. An accelerator, not part of the schema: where the server
/// refuses the extension (not installed, or the role may not create it) the search stays right, only slower, and
/// the store is not refused. Call inside a transaction; true when the index is there afterwards.
bool addSearchIndex(const QSqlDatabase& db);
/// Whether the gazetteer's trigram index is there.
bool hasSearchIndex(const QSqlDatabase& db);
/// Whether rows of the table take their id from an identity column (the INSERT then returns it).
bool hasIdentityId(const QString& table);

} // namespace dispatch::postgres
