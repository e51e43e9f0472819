// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"
#include "map/SpeedCalibration.h"

#include <QList>
#include <QSqlDatabase>

namespace dispatch {

/// The history the map's planning tools read: the incidents a siting of staging points is made for, and the
/// journeys of units a fit of road speeds is made on.
class SitingQueries
{
public:
    /// The units' journeys to imported history incidents received in [fromMs, toMs) with a position, an en-route
    /// and an on-scene time; `unitTypes` (as the export names them: "ENGINE") limits them, empty for all.
    static QList<UnitJourney> unitJourneys(const QSqlDatabase& db, qint64 fromMs, qint64 toMs,
                                           const QStringList& unitTypes);
    /// The positions of the incidents received in [fromMs, toMs), live and imported history (not exercises).
    static QList<GeoPoint> incidentPoints(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
};

} // namespace dispatch
