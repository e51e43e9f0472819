// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// The cumulative schema steps. A new store runs every step from 0; an older one runs the steps above its
/// version. Each step runs in its own transaction (see Database::migrate) and ends by setting user_version.
class Schema
{
public:
    struct Step
    {
        int toVersion;
        QString description;
        void (*apply)(const QSqlDatabase& db);
    };

    static const QList<Step>& steps();
    static int latestVersion();
};

} // namespace dispatch
