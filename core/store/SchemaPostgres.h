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
/// Whether rows of the table take their id from an identity column (the INSERT then returns it).
bool hasIdentityId(const QString& table);

} // namespace dispatch::postgres
