// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DistrictData.h"

#include <QCoreApplication>

namespace dispatch {

class CommandContext;

/// Commands that set a store up: the district, users and passwords.
class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SetupCommands)

public:
    struct NewUser
    {
        QString username;
        QString displayName;
        Role role = Role::Dispatcher;
        QString password;
        int iterations = PasswordHash::kDefaultIterations;
    };

    static void installDistrict(CommandContext& ctx, const DistrictData& data);
    static qint64 addUser(CommandContext& ctx, const NewUser& user);
    static void setPassword(CommandContext& ctx, const QString& username, const QString& password, int iterations);
};

} // namespace dispatch
