// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/PasswordHash.h"
#include "domain/User.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `users` table, with their password hashes.
class UserRepository
{
public:
    struct Row
    {
        User user;
        PasswordHash password;
    };

    static qint64 insert(const QSqlDatabase& db, const User& user, const PasswordHash& password, qint64 nowMs);
    static void setPassword(const QSqlDatabase& db, qint64 userId, const PasswordHash& password);
    static void setActive(const QSqlDatabase& db, qint64 userId, bool active);
    static std::optional<Row> findByUsername(const QSqlDatabase& db, const QString& username);
    static QList<User> all(const QSqlDatabase& db);
    /// The most iterations any stored password takes (what a sign-in with an unknown name is made to cost).
    static int mostIterations(const QSqlDatabase& db);
};

} // namespace dispatch
