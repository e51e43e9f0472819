// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <span>

namespace dispatch {

/// The cumulative schema steps. A new store runs every step from 0; an older one runs the steps above its
/// version. Each step runs in its own transaction (see Database::migrate) and ends by setting user_version.
class Schema
{
public:
    struct Step
    {
        int toVersion;
        const char* description; ///< UTF-8, for the message of a failed step
        void (*apply)(const QSqlDatabase& db);
    };

    /// Versions 1, 2, 3 … in order; the last is Database::kSchemaVersion (checked when Schema.cpp compiles).
    static std::span<const Step> steps();
    static int latestVersion();
};

} // namespace dispatch
