// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UserRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {
User userFrom(const sql::Query& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Dispatcher);
    u.active = q.value(4).toBool();
    return u;
}
} // namespace

qint64 UserRepository::insert(const QSqlDatabase& db, const User& u, const PasswordHash& pw, qint64 nowMs)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("INSERT INTO users(username, display_name, role, pw_salt, pw_hash, "
                                           "pw_iterations, active, created_at) VALUES (?,?,?,?,?,?,?,?)"),
                            {u.username, u.displayName, Roles::code(u.role), pw.salt, pw.hash, pw.iterations,
                             u.active ? 1 : 0, nowMs});
    return q.lastInsertId().toLongLong();
}

void UserRepository::setPassword(const QSqlDatabase& db, qint64 userId, const PasswordHash& pw)
{
    sql::run(db, QStringLiteral("UPDATE users SET pw_salt = ?, pw_hash = ?, pw_iterations = ? WHERE id = ?"),
             {pw.salt, pw.hash, pw.iterations, userId});
}

void UserRepository::setActive(const QSqlDatabase& db, qint64 userId, bool active)
{
    sql::run(db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId});
}

std::optional<UserRepository::Row> UserRepository::findByUsername(const QSqlDatabase& db, const QString& username)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT id, username, display_name, role, active, pw_salt, pw_hash, "
                                           "pw_iterations FROM users WHERE lower(username) = lower(?)"),
                            {username});
    if (!q.next())
        return std::nullopt;
    Row r{userFrom(q), {}};
    r.password.salt = q.value(5).toByteArray();
    r.password.hash = q.value(6).toByteArray();
    r.password.iterations = q.value(7).toInt();
    return r;
}

QList<User> UserRepository::all(const QSqlDatabase& db)
{
    QList<User> out;
    sql::Query q =
        sql::run(db, QStringLiteral("SELECT id, username, display_name, role, active FROM users ORDER BY id"));
    while (q.next())
        out.append(userFrom(q));
    return out;
}

int UserRepository::mostIterations(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(max(pw_iterations), 0) FROM users")).toInt();
}

} // namespace dispatch
