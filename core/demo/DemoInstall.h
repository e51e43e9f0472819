// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DistrictData.h"
#include "store/MapRepository.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace dispatch {

class DispatchService;

/// What a demo district brought into a store.
struct DemoInstalled
{
    DistrictData district;
    MapSummary map; ///< its streets and address list (empty for a demo without streets)
};

/// Installs a demo district into an empty store with what it ships beside it: the district (zones, stations,
/// staging points, units, users, agencies), then its streets (an OpenStreetMap file) and its address list, each
/// through the facade's own import (one transaction each), as the acting user or tool of `service`.
class DemoInstall
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DemoInstall)

public:
    /// The demo the workstation's first run and `dispatchctl init --demo` install.
    static constexpr const char* kDefault = "futian";

    /// `passwordIterations` > 0 overrides the district's (tests make cheap hashes).
    static Result<DemoInstalled> install(DispatchService& service, const QString& name, int passwordIterations = 0);
};

} // namespace dispatch
