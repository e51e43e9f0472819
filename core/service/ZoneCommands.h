// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/ZoneImport.h"

#include <QCoreApplication>
#include <QStringList>

namespace dispatch {

class CommandContext;

/// What an import of zones did, by zone code.
struct ZoneImportReport
{
    QString file;         ///< the file name
    QString nameProperty; ///< the property the names came from
    int zones = 0;        ///< zones in the file
    int vertices = 0;     ///< positions in the file (closing positions included)
    QStringList added;     ///< new codes, inserted
    QStringList updated;   ///< codes already in the store: name, tier or area rewritten in place, id kept
    QStringList unchanged; ///< codes already in the store with the same name, tier and area
    QStringList removed;   ///< codes the file lacks, removed (replace only)
};

/// Commands on the zones (辖区/网格) of a store.
class ZoneCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ZoneCommands)

public:
    /// Merges the file's zones into the store: a zone whose code is already stored is updated in place (its
    /// id stays, so the incidents and staging points that refer to it keep doing so; incidents keep the zone
    /// id and tier they were saved with), a new code is inserted. With `replace`, the stored zones the file
    /// lacks are removed, unless an incident or a staging point refers to one: then the whole import is
    /// refused with the list. A zone of the file that takes the name of a stored zone with another code (one
    /// that stays) is refused too. Administrators and tools only; one event, zones.imported.
    static ZoneImportReport importZones(CommandContext& ctx, const ZoneFile& file, const ZoneImportOptions& options);
};

} // namespace dispatch
