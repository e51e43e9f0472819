// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sql.h"

/// The statement wrapper's PostgreSQL side (Sql.cpp holds SQLite's): statements run through libpq on the connection
/// QPSQL opened, kept prepared on the server by name (ServerPipeline.h), values bound and read with SQLite's
/// conversions (ServerAnswer.h) so that the repositories read the same values from either store.
namespace dispatch::sql {

Query prepareServer(const QSqlDatabase& db, const QString& statement);
/// A value as the server is sent it, as the SQLite path binds it: booleans and small integers as integers, times as
/// ISO text.
QVariant serverBind(const QVariant& value);
/// The DispatchError of a failed statement (both backends): the driver's message and the statement.
[[noreturn]] void failStatement(const QString& message, const QString& statement);
/// NULL as the QSQLITE driver sees it: besides an empty variant, a null string, byte array, date or time (both
/// backends bind it so, so that both stores hold the same for the same binds).
bool isNullValue(const QVariant& value);
/// Whether a server connection still answers (a trivial statement, outside the statement cache); `why` not.
bool answers(const QSqlDatabase& db, QString* why = nullptr);

} // namespace dispatch::sql
