// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

enum class Role { Dispatcher, ShiftLeader, Trainer, Administrator };

/// Role codes and labels.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Roles)

public:
    static QString code(Role r);
    static std::optional<Role> fromCode(const QString& code);
    static QString label(Role r);
    static QList<Role> all();
};

/// A person who signs in at a desk.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Dispatcher;
    bool active = true;
};

/// Who does something, from which desk: recorded on every event.
struct Actor
{
    qint64 userId = 0; ///< 0 for the system itself (clock, setup)
    QString username;
    QString desk;

    static Actor system(const QString& desk) { return {0, QStringLiteral("system"), desk}; }
};

} // namespace dispatch
