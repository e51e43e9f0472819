// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dispatch::test {

/// The suite runs its [server] cases against a PostgreSQL server: DISPATCH_TEST_SERVER=1, with libpq's
/// environment (PGHOST, PGPORT, PGUSER, PGPASSWORD) naming the server, as pg_virtualenv sets it.
bool onServer();

/// A new, empty database on the test server, as a URI for Database::open; throws when there is no server.
QString createServerDatabase();
/// Runs a statement on the server's maintenance database as the suite's superuser (roles, databases).
void runOnServer(const QString& statement);
/// Drops it (connections still open to it are ended).
void dropServerDatabase(const QString& uri);
/// Ends every connection to the database, as a server restart does; with `refuseNew` nobody can connect until
/// allowConnections() (the server is down, as far as the desks can tell).
void endConnections(const QString& uri, bool refuseNew);
void allowConnections(const QString& uri);

} // namespace dispatch::test
