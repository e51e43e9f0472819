// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

namespace dispatch {

/// A libpq URI (`postgresql://user@host:port/database?sslmode=…`) checked, and a QPSQL connection made from it:
/// what a centre's store and a training database on the server are opened through.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ServerConnection)

public:
    struct Address
    {
        QUrl url;
        QString shown;     ///< the URI without its password, as it may be shown and logged
        QString database;
    };
    /// The URI, or why it is not one naming a database.
    static Result<Address> parse(const QString& uri);
    /// Adds a QPSQL connection named `connectionName` for the address and opens it; what the URI leaves out, libpq
    /// takes from its environment (PGHOST, PGUSER, PGPASSWORD, ~/.pgpass …). On failure the connection is removed.
    static Result<QSqlDatabase> open(const Address& address, const QString& connectionName);
    /// The connection's server role when it administers the centre (a member of dispatch_admin, or a superuser:
    /// the server has authenticated it); empty otherwise.
    static QString administratorRole(const QSqlDatabase& db);
};

} // namespace dispatch
