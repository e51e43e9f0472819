// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/AddressList.h"
#include "map/MapData.h"
#include "store/MapRepository.h"

#include <QCoreApplication>

namespace dispatch {

class CommandContext;

/// The map a centre loads (an administrator's act): the previous map replaced whole, in one transaction, with an
/// event naming the file (its SHA-256) and what it held.
class MapCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::MapCommands)

public:
    static MapSummary importMap(CommandContext& ctx, const MapData& data);
    /// The centre's address list in the gazetteer, in place of the list held (an administrator's act).
    static MapSummary importAddressList(CommandContext& ctx, const AddressList& list);
    /// The vehicles' road profile (nothing: the built-in one), an administrator's act.
    static MapSummary setVehicleProfile(CommandContext& ctx, const std::optional<RoadProfile>& profile);
};

} // namespace dispatch
