// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QCoreApplication>

#include <memory>

namespace dispatch {

/// Finds and opens the store a workstation works on: the one named on the command line, or the embedded
/// default in the user's data folder, created and seeded on first run with the demo district and a synthetic
/// history (source GEN, marked as such in every report) so that reports, warnings and the dashboard have
/// something to show.
class StoreLocator
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StoreLocator)

public:
    /// The demo store's synthetic history: four months ending at first run.
    static constexpr int kDemoHistoryIncidents = 24000;
    static constexpr int kDemoHistoryDays = 120;

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
