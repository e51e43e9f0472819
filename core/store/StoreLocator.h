// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QCoreApplication>

#include <memory>

namespace dispatch {

/// Finds and opens the store a workstation works on: the one named on the command line, or the embedded
/// default in the user's data folder, created and seeded with the demo district on first run.
class StoreLocator
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StoreLocator)

public:
    /// <data folder>/dispatch.sqlite
    static QString defaultPath();

    struct Opened
    {
        std::unique_ptr<Database> db;
        bool seededDemo = false;
    };
    /// With an explicit path the file must already be a store (never created or overwritten here);
    /// without one the default store is created and seeded on first use.
    static Result<Opened> open(const QString& explicitPath, int passwordIterations = 0);
};

} // namespace dispatch
