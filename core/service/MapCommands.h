// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace dispatch
